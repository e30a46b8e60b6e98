import type { CsvValue } from "./csv";
import { gradePercent } from "./gradebook";

/** One question of a submitted attempt, placed by the quiz slot it came from (shuffling aside). */
export interface AttemptQuestionMark {
  slot: number;
  mark: number | null;
  maxMark: number;
  /** "full_marks" or "removed" when the instructor dropped the question. */
  dropped: string | null;
}

export interface ExportAttempt {
  name: string;
  email: string;
  number: number;
  submittedAt: Date | null;
  submittedBy: string | null;
  sumMarks: number | null;
  maxMarks: number;
  needsGrading: boolean;
  questions: readonly AttemptQuestionMark[];
}

/**
 * The per-question export of one quiz: one row per submitted attempt (every attempt, not only the
 * one the grading method counts, so an instructor can see how a learner's answers changed), with
 * the mark per question by slot. A question still waiting for a person is left empty and the
 * row's status says so; a question dropped from the quiz reads "removed".
 */
export function questionExportRows(slotCount: number, attempts: readonly ExportAttempt[]): CsvValue[][] {
  const slots = Array.from({ length: slotCount }, (_, index) => index + 1);
  const slotMax = new Map<number, number>();
  for (const attempt of attempts) for (const question of attempt.questions) if (!slotMax.has(question.slot)) slotMax.set(question.slot, question.maxMark);
  const header: CsvValue[] = [
    "Name",
    "Email",
    "Attempt",
    "Submitted at (UTC)",
    "Submitted by",
    "Status",
    ...slots.map((slot) => (slotMax.has(slot) ? `Q${slot} (/${slotMax.get(slot)})` : `Q${slot}`)),
    "Total",
    "Out of",
    "Attempt grade (%)",
  ];
  const body = attempts.map((attempt) => {
    const bySlot = new Map(attempt.questions.map((question) => [question.slot, question]));
    const pending = attempt.needsGrading || attempt.sumMarks === null;
    return [
      attempt.name,
      attempt.email,
      attempt.number,
      attempt.submittedAt ? attempt.submittedAt.toISOString().replace(".000Z", "Z") : null,
      attempt.submittedBy,
      pending ? "Awaiting grading" : "Graded",
      ...slots.map((slot) => {
        const question = bySlot.get(slot);
        if (!question) return null;
        if (question.dropped === "removed") return "removed";
        return question.mark;
      }),
      pending ? null : attempt.sumMarks,
      attempt.maxMarks,
      pending || attempt.maxMarks <= 0 || attempt.sumMarks === null ? null : gradePercent(attempt.sumMarks / attempt.maxMarks),
    ];
  });
  return [header, ...body];
}
