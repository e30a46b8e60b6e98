import type { AttemptInput, ResponsePart, SlotInput } from "./types";

/**
 * Response (distractor) analysis: how often each answer was given, per slot, per question drawn by
 * a random slot and per variant, as Moodle's response analysis counts them, and how often learners
 * in the top and bottom third of the attempts (ranked by total) gave it. A distractor that attracts
 * the top third more than the bottom third usually means a flawed key or an ambiguous option.
 */

export interface ResponseClass {
  subpart: string | number;
  responseClass: string;
  fraction?: number | null;
}

export interface ResponseCount {
  subpart: string;
  responseClass: string;
  /** What was given; "" on the row that stands for an expected answer nobody gave. */
  response: string;
  fraction: number | null;
  count: number;
  /** Counts by try: index 0 is the first try. */
  tries: number[];
  /** Counts among the attempts in the top and the bottom third. */
  top: number;
  bottom: number;
}

export interface QuestionResponses {
  slot: number;
  /** The question drawn, for random slots; null otherwise. */
  questionId: string | null;
  variant: number | null;
  /** How many of the analysed attempts showed this question (variant), and how many of them were in each third. */
  attempts: number;
  topAttempts: number;
  bottomAttempts: number;
  rows: ResponseCount[];
}

export interface ResponseAnalysisOptions {
  /** Later tries are counted with this one, as Moodle keeps five columns of tries. Defaults to 5. */
  maxTryCounted?: number;
  /**
   * The answers each question expects, so that options nobody chose still get a row with a count
   * of 0 (and rows come in the question's order). `questionId` is null for fixed slots.
   */
  classesFor?: (slot: SlotInput, questionId: string | null, variant: number | null) => readonly ResponseClass[] | undefined;
}

/** Which thirds each attempt is in: 1 top, −1 bottom, 0 neither. Ties are broken by input order. */
export function thirds(totals: ArrayLike<number>): Int8Array {
  const n = totals.length;
  const size = Math.floor(n / 3);
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => totals[b]! - totals[a]! || a - b);
  const third = new Int8Array(n);
  for (let k = 0; k < size; k++) {
    third[order[k]!] = 1;
    third[order[n - 1 - k]!] = -1;
  }
  return third;
}

/** One answer of one subpart: the responses given for it, or a row of 0 when nobody gave it. */
interface ClassEntry {
  placeholder: ResponseCount;
  responses: Map<string, ResponseCount>;
}

interface Group {
  result: QuestionResponses;
  /** By subpart, then answer, in the order expected and then first met (Maps keep insertion order). */
  subparts: Map<string, Map<string, ClassEntry>>;
  /**
   * The rows each list of parts counts in, by the list itself: callers that share one list among
   * the attempts giving the same answer (the loader does) have it looked up once, not per attempt.
   */
  tallies: Map<readonly ResponsePart[], Tally[]>;
}

interface Tally {
  row: ResponseCount;
  tryIndex: number;
}

const emptyRow = (subpart: string, responseClass: string, response: string, fraction: number | null): ResponseCount => ({
  subpart,
  responseClass,
  response,
  fraction,
  count: 0,
  tries: [],
  top: 0,
  bottom: 0,
});

function classEntry(group: Group, subpart: string, responseClass: string, fraction: number | null): ClassEntry {
  let classes = group.subparts.get(subpart);
  if (!classes) {
    classes = new Map();
    group.subparts.set(subpart, classes);
  }
  let entry = classes.get(responseClass);
  if (!entry) {
    entry = { placeholder: emptyRow(subpart, responseClass, "", fraction), responses: new Map() };
    classes.set(responseClass, entry);
  }
  return entry;
}

/** `attempts` are the attempts analysed (already selected); their totals rank them into thirds. */
export function analyseResponses(
  slots: readonly SlotInput[],
  attempts: readonly AttemptInput[],
  options: ResponseAnalysisOptions = {},
): QuestionResponses[] {
  const third = thirds(attempts.map((attempt) => attempt.sumMarks ?? 0));
  const maxTry = options.maxTryCounted ?? 5;
  // Per slot, by drawn question and then by variant: nested maps, so no key strings per response.
  const bySlot = slots.map(() => new Map<string | null, Map<number | null, Group>>());

  // The group met last in each slot: fixed slots without variants only ever meet one.
  const lastGroup: (Group | undefined)[] = slots.map(() => undefined);

  for (let i = 0; i < attempts.length; i++) {
    const attempt = attempts[i]!;
    const place = third[i]!;
    for (let j = 0; j < slots.length; j++) {
      const slot = slots[j]!;
      const questionId = slot.random ? (attempt.questionIds?.[j] ?? null) : null;
      const variant = attempt.variants?.[j] ?? null;
      let group = lastGroup[j];
      if (!group || group.result.questionId !== questionId || group.result.variant !== variant) {
        let byVariant = bySlot[j]!.get(questionId);
        if (!byVariant) {
          byVariant = new Map();
          bySlot[j]!.set(questionId, byVariant);
        }
        group = byVariant.get(variant);
        if (!group) {
          group = newGroup(slot, questionId, variant, options);
          byVariant.set(variant, group);
        }
        lastGroup[j] = group;
      }
      group.result.attempts++;
      if (place === 1) group.result.topAttempts++;
      else if (place === -1) group.result.bottomAttempts++;
      const parts = attempt.responses?.[j];
      if (!parts) continue;
      let tallies = group.tallies.get(parts);
      if (!tallies) {
        tallies = parts.map((part) => tallyFor(group, part, maxTry));
        group.tallies.set(parts, tallies);
      }
      for (const { row, tryIndex } of tallies) {
        row.count++;
        while (row.tries.length <= tryIndex) row.tries.push(0);
        row.tries[tryIndex]!++;
        if (place === 1) row.top++;
        else if (place === -1) row.bottom++;
      }
    }
  }
  return bySlot.flatMap((byQuestion) =>
    [...byQuestion.values()].flatMap((byVariant) =>
      [...byVariant.values()]
        .sort((a, b) => (a.result.variant ?? 0) - (b.result.variant ?? 0))
        .map((group) => ({ ...group.result, rows: orderedRows(group) })),
    ),
  );
}

/** The row a part is counted in (made on first meeting, so rows come in the order met) and its try column. */
function tallyFor(group: Group, part: ResponsePart, maxTry: number): Tally {
  const subpart = String(part.subpart);
  const entry = classEntry(group, subpart, part.responseClass, part.fraction ?? null);
  let row = entry.responses.get(part.response);
  if (!row) {
    row = emptyRow(subpart, part.responseClass, part.response, part.fraction ?? null);
    entry.responses.set(part.response, row);
  }
  return { row, tryIndex: Math.min(part.try ?? 1, maxTry) - 1 };
}

function newGroup(slot: SlotInput, questionId: string | null, variant: number | null, options: ResponseAnalysisOptions): Group {
  const group: Group = {
    result: { slot: slot.slot, questionId, variant, attempts: 0, topAttempts: 0, bottomAttempts: 0, rows: [] },
    subparts: new Map(),
    tallies: new Map(),
  };
  for (const expected of options.classesFor?.(slot, questionId, variant) ?? []) {
    classEntry(group, String(expected.subpart), expected.responseClass, expected.fraction ?? null);
  }
  return group;
}

function orderedRows(group: Group): ResponseCount[] {
  const rows: ResponseCount[] = [];
  for (const classes of group.subparts.values()) {
    for (const entry of classes.values()) {
      if (entry.responses.size === 0) rows.push(entry.placeholder);
      else rows.push(...entry.responses.values());
    }
  }
  return rows;
}
