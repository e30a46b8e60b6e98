/**
 * One timer for many keys: each key waits for its own pause (a debounce per question), nobody waits
 * longer than `maxWaitMs` from their first change, and when the timer fires it fires for everyone,
 * so changes that are close together go out in one batch.
 */
export class KeyedDebounce {
  private readonly due = new Map<string, { at: number; first: number }>();
  private timer: number | undefined;

  constructor(
    private readonly fire: () => void,
    private readonly maxWaitMs: number,
  ) {}

  schedule(key: string, delayMs: number) {
    const now = Date.now();
    this.due.set(key, { at: now + delayMs, first: this.due.get(key)?.first ?? now });
    let earliest = Infinity;
    for (const { at, first } of this.due.values()) earliest = Math.min(earliest, at, first + this.maxWaitMs);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.due.clear();
      this.fire();
    }, Math.max(0, earliest - now));
  }

  cancel() {
    this.due.clear();
    window.clearTimeout(this.timer);
  }
}
