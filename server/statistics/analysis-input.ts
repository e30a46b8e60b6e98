import type { AttemptCellsRow } from "@/db/queries/statistics";
import type { Question } from "@/lib/questions";
import { randomGuessScore, type AttemptInput, type ResponsePart, type SlotInput } from "@/lib/statistics";
import { forEachCell } from "./attempt-cells";
import { prepareQuestion, responseParts, type PreparedQuestion } from "./response-parts";

/**
 * Turns the rows of the statistics query into the item analysis's input. Kept apart from the
 * loading so it can be timed and tested on its own. An attempt's total is the exact sum of its
 * response marks (the stored `sum_marks` is rounded to 4 places), and it has no total while any
 * response awaits grading, as in Moodle.
 */

export interface StatisticsSlot {
  position: number;
  kind: "fixed" | "random";
  questionId: string | null;
  marks: number;
}

export interface SlotQuestion {
  slot: number;
  random: boolean;
  /** The question first met in this slot (for a random slot, one of several). */
  question: Question | null;
  versionId: string | null;
}

export interface AnalysisInput {
  slots: SlotInput[];
  attempts: AttemptInput[];
  drawnQuestionGuessScores: Record<string, number | null>;
  slotQuestions: SlotQuestion[];
  /** Every question version met, prepared, by version id; the questions drawn by random slots, by question id. */
  prepared: Map<string, PreparedQuestion>;
  questionsById: Map<string, Question>;
}

/**
 * A question version, prepared, with the response parts of each answer text met so far: 10,000
 * attempts give a question a handful of distinct answers, so each is classified once and its
 * parts shared (which also lets the response analysis count them without looking them up).
 */
interface VersionEntry {
  versionId: string;
  prepared: PreparedQuestion;
  parts: Map<string, ResponsePart[] | null>;
}

export function buildAnalysisInput(
  slots: readonly StatisticsSlot[],
  reference: readonly { position: number; versionId: string }[],
  rows: readonly AttemptCellsRow[],
  questions: ReadonlyMap<string, Question>,
  questionIdOf: ReadonlyMap<string, string>,
): AnalysisInput {
  const indexOf = new Map(slots.map((slot, index) => [slot.position, index]));
  const referenceOf = new Map(reference.map((entry) => [entry.position, entry.versionId]));
  const entries = new Map<string, VersionEntry>();
  const questionsById = new Map<string, Question>();
  const slotQuestions: SlotQuestion[] = slots.map((slot) => ({ slot: slot.position, random: slot.kind === "random", question: null, versionId: null }));
  const entryFor = (versionId: string | undefined, position: number) => {
    if (versionId === undefined) throw new Error(`no question version for position ${position}`);
    let entry = entries.get(versionId);
    if (!entry) {
      const question = questions.get(versionId);
      if (!question) throw new Error(`question version ${versionId} was not loaded`);
      entry = { versionId, prepared: prepareQuestion(question), parts: new Map() };
      entries.set(versionId, entry);
    }
    return entry;
  };
  // Most questions are in their slot's reference version: its entry, looked up once per slot.
  const referenceEntries: (VersionEntry | undefined)[] = slots.map(() => undefined);
  // The version of each slot in the attempt being read (cleared after each).
  const attemptEntries: (VersionEntry | undefined)[] = slots.map(() => undefined);

  // One buffer for every attempt's marks, each attempt a view of it: 10,000 typed arrays of their
  // own are 10,000 buffers allocated outside the heap, which the garbage collector tracks one by one.
  const p = slots.length;
  const allMarks = new Float64Array(rows.length * p);
  // Only random slots need to know which question each attempt drew.
  const anyRandom = slots.some((slot) => slot.kind === "random");

  const attempts: AttemptInput[] = rows.map((row, i) => {
    const marks = allMarks.subarray(i * p, (i + 1) * p);
    const questionIds: (string | null)[] | undefined = anyRandom ? new Array<string | null>(p).fill(null) : undefined;
    const responses: (ResponsePart[] | null)[] = new Array<ResponsePart[] | null>(p).fill(null);
    let graded = !row.needs_grading;
    let outsideSlots: { position: number; mark: number }[] | null = null;
    forEachCell(row.cells, (position, storedMark, answer, extras) => {
      const dropped = extras?.dropped ?? null;
      const removed = dropped?.how === "removed";
      const mark = dropped?.how === "full_marks" ? dropped.maxMark : removed ? 0 : storedMark;
      if (mark === null) graded = false;
      const j = indexOf.get(position);
      if (j === undefined) {
        if (mark !== null) (outsideSlots ??= []).push({ position, mark });
        return;
      }
      marks[j] = mark ?? 0;
      const versionId = extras?.versionId;
      const entry = versionId ? entryFor(versionId, position) : (referenceEntries[j] ??= entryFor(referenceOf.get(position), position));
      attemptEntries[j] = entry;
      if (removed) return;
      let parts = entry.parts.get(answer);
      if (parts === undefined) {
        parts = responseParts(entry.prepared, decodeAnswer(entry.prepared.question.type, answer), null);
        entry.parts.set(answer, parts);
      }
      responses[j] = parts;
    });
    // The cells come in no particular order; the total is summed, and questions first met, in
    // position order, since a sum of fractional marks depends on its order.
    let total = 0;
    for (let j = 0; j < p; j++) {
      const entry = attemptEntries[j];
      if (!entry) continue;
      attemptEntries[j] = undefined;
      total += marks[j]!;
      const place = slotQuestions[j]!;
      if (place.versionId === null) Object.assign(place, { versionId: entry.versionId, question: entry.prepared.question });
      if (place.random && questionIds) {
        const questionId = questionIdOf.get(entry.versionId) ?? null;
        questionIds[j] = questionId;
        if (questionId) questionsById.set(questionId, entry.prepared.question);
      }
    }
    if (outsideSlots) total = sumInPositionOrder([...slots.map((slot, j) => ({ position: slot.position, mark: marks[j]! })), ...outsideSlots]);
    const attempt: AttemptInput = { userId: row.user_id, attemptNumber: row.number, sumMarks: graded ? total : null, preview: row.preview, marks, responses };
    if (questionIds) attempt.questionIds = questionIds;
    return attempt;
  });

  const drawnQuestionGuessScores: Record<string, number | null> = {};
  for (const [questionId, question] of questionsById) drawnQuestionGuessScores[questionId] = randomGuessScore(question);
  const inputSlots: SlotInput[] = slots.map((slot, j) => {
    const question = slotQuestions[j]!.question;
    return { slot: slot.position, maxMark: slot.marks, random: slot.kind === "random", randomGuessScore: question ? randomGuessScore(question) : null };
  });
  const prepared = new Map([...entries].map(([versionId, entry]) => [versionId, entry.prepared]));
  return { slots: inputSlots, attempts, drawnQuestionGuessScores, slotQuestions, prepared, questionsById };
}

// A slot the attempt did not have adds a 0, which changes no sum.
function sumInPositionOrder(marks: { position: number; mark: number }[]): number {
  return marks.sort((a, b) => a.position - b.position).reduce((sum, entry) => sum + entry.mark, 0);
}

/** The version ids a set of rows names beyond the reference. */
export function exceptionVersionIds(rows: readonly AttemptCellsRow[]): Set<string> {
  const ids = new Set<string>();
  for (const row of rows) {
    // Most attempts name no version: skip reading them (an "@" may also be in an answer).
    if (!row.cells.includes("@")) continue;
    forEachCell(row.cells, (_position, _mark, _answer, extras) => {
      if (extras?.versionId) ids.add(extras.versionId);
    });
  }
  return ids;
}

/**
 * The answer as `listSubmittedAttemptCells` packs it: the "choice" of a single choice, the "value"
 * of a true/false as a word, the JSON of any other answer, "" for none. An answer saved with a
 * stray "choice" or "value" beside its own fields arrives as that field alone, which may not be
 * JSON: it is read as no answer rather than failing the whole page.
 */
function decodeAnswer(type: Question["type"], text: string): unknown {
  if (text === "") return null;
  if (type === "single_choice") return { choice: text };
  if (type === "true_false" && (text === "true" || text === "false")) return { value: text === "true" };
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
