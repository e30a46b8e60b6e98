import { answerSeparator, type AttemptMarksRow } from "@/db/queries/statistics";
import type { Question } from "@/lib/questions";
import { randomGuessScore, type AttemptInput, type ResponsePart, type SlotInput } from "@/lib/statistics";
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

export function buildAnalysisInput(
  slots: readonly StatisticsSlot[],
  rows: readonly AttemptMarksRow[],
  questions: ReadonlyMap<string, Question>,
  questionIdOf: ReadonlyMap<string, string>,
): AnalysisInput {
  const indexOf = new Map(slots.map((slot, index) => [slot.position, index]));
  const prepared = new Map<string, PreparedQuestion>();
  const questionsById = new Map<string, Question>();
  const slotQuestions: SlotQuestion[] = slots.map((slot) => ({ slot: slot.position, random: slot.kind === "random", question: null, versionId: null }));
  const preparedFor = (versionId: string) => {
    let entry = prepared.get(versionId);
    if (!entry) {
      const question = questions.get(versionId);
      if (!question) throw new Error(`question version ${versionId} was not loaded`);
      entry = prepareQuestion(question);
      prepared.set(versionId, entry);
    }
    return entry;
  };

  const attempts: AttemptInput[] = rows.map((row) => {
    const marks = new Float64Array(slots.length);
    const questionIds: (string | null)[] = new Array<string | null>(slots.length).fill(null);
    const responses: (ResponsePart[] | null)[] = new Array<ResponsePart[] | null>(slots.length).fill(null);
    const positions = row.positions.split(",");
    const storedMarks = row.marks.split(",");
    const versionIds = row.version_ids.split(",");
    const answers = row.answers === null ? null : row.answers.split(answerSeparator);
    const dropped = row.dropped?.split(",") ?? null;
    const maxMarks = row.max_marks?.split(",") ?? null;
    let total = 0;
    let graded = !row.needs_grading;
    for (let k = 0; k < positions.length; k++) {
      const j = indexOf.get(Number(positions[k]));
      const droppedAs = dropped?.[k] || null;
      const stored = storedMarks[k];
      const mark = droppedAs === "full_marks" ? Number(maxMarks![k]) : droppedAs === "removed" ? 0 : stored ? Number(stored) : null;
      if (mark === null) graded = false;
      else total += mark;
      if (j === undefined) continue;
      marks[j] = mark ?? 0;
      const versionId = versionIds[k]!;
      const place = slotQuestions[j]!;
      const entry = preparedFor(versionId);
      if (place.versionId === null) Object.assign(place, { versionId, question: entry.question });
      if (place.random) {
        const questionId = questionIdOf.get(versionId) ?? null;
        questionIds[j] = questionId;
        if (questionId) questionsById.set(questionId, entry.question);
      }
      if (answers && droppedAs !== "removed") responses[j] = responseParts(entry, decodeAnswer(entry.question.type, answers[k] ?? ""), null);
    }
    return {
      userId: row.user_id,
      attemptNumber: row.number,
      sumMarks: graded ? total : null,
      preview: row.preview,
      marks,
      questionIds,
      responses: answers ? responses : undefined,
    };
  });

  const drawnQuestionGuessScores: Record<string, number | null> = {};
  for (const [questionId, question] of questionsById) drawnQuestionGuessScores[questionId] = randomGuessScore(question);
  const inputSlots: SlotInput[] = slots.map((slot, j) => {
    const question = slotQuestions[j]!.question;
    return { slot: slot.position, maxMark: slot.marks, random: slot.kind === "random", randomGuessScore: question ? randomGuessScore(question) : null };
  });
  return { slots: inputSlots, attempts, drawnQuestionGuessScores, slotQuestions, prepared, questionsById };
}

/** The answer as `listSubmittedAttemptMarks` packs it: a bare key for single choice, true/false as words, JSON otherwise. */
function decodeAnswer(type: Question["type"], text: string): unknown {
  if (text === "") return null;
  if (text.startsWith("{")) return JSON.parse(text);
  if (type === "single_choice") return { choice: text };
  if (type === "true_false") return { value: text === "true" };
  return JSON.parse(text);
}
