/** Sign-in throttling policy: pure, so the numbers are visible and testable in one place. */
export const throttlePolicy = { maxFailures: 10, windowMinutes: 15 } as const;

export function throttleKeys(email: string, clientAddress: string | undefined): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (clientAddress) keys.push(`ip:${clientAddress}`);
  return keys;
}

export function throttleWindowStart(now: Date): Date {
  return new Date(now.getTime() - throttlePolicy.windowMinutes * 60_000);
}

export function isThrottled(recentFailures: number): boolean {
  return recentFailures >= throttlePolicy.maxFailures;
}
