/**
 * The grading queue: every response awaiting a person, grouped by question (all answers to
 * question 3, one after another) or by learner, with learners anonymous unless names are asked for.
 */

export const groupings = ["question", "learner"] as const;
export type Grouping = (typeof groupings)[number];

export interface QueueEntry {
  responseId: string;
  attemptId: string;
  userId: string;
  attemptNumber: number;
  /** The question's position in the attempt (1-based), as the learner saw it. */
  position: number;
  questionId: string;
  /** A short label for the question: its stem's beginning. */
  questionLabel: string;
  /** The learner's first attempt at this quiz: the basis of stable anonymous numbers. */
  learnerSince: Date;
  graded: boolean;
}

/**
 * "Learner 1, 2 …" in the order learners first started the quiz, so the numbers do not change as
 * grading goes on, and a learner who starts later gets the next number without renumbering others.
 */
export function anonymousLabels(entries: readonly Pick<QueueEntry, "userId" | "learnerSince">[]): Map<string, string> {
  const first = new Map<string, Date>();
  for (const entry of entries) {
    const known = first.get(entry.userId);
    if (!known || entry.learnerSince < known) first.set(entry.userId, entry.learnerSince);
  }
  const ordered = [...first].toSorted(([a, at], [b, bt]) => at.getTime() - bt.getTime() || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(ordered.map(([userId], index) => [userId, `Learner ${index + 1}`]));
}

export interface QueueGroup {
  key: string;
  entries: QueueEntry[];
}

/** Questions in the order of their first appearance in attempts; learners by their anonymous number. */
export function groupQueue(entries: readonly QueueEntry[], by: Grouping): QueueGroup[] {
  const labels = anonymousLabels(entries);
  const learnerRank = (userId: string) => Number(labels.get(userId)?.slice("Learner ".length) ?? 0);
  const questionRank = new Map<string, number>();
  for (const entry of entries.toSorted((a, b) => a.position - b.position)) if (!questionRank.has(entry.questionId)) questionRank.set(entry.questionId, questionRank.size);
  const byLearner = (a: QueueEntry, b: QueueEntry) => learnerRank(a.userId) - learnerRank(b.userId) || a.attemptNumber - b.attemptNumber;
  const byQuestion = (a: QueueEntry, b: QueueEntry) => questionRank.get(a.questionId)! - questionRank.get(b.questionId)! || a.position - b.position;
  const sorted = entries.toSorted(by === "question" ? (a, b) => byQuestion(a, b) || byLearner(a, b) : (a, b) => byLearner(a, b) || byQuestion(a, b));
  const groups = new Map<string, QueueEntry[]>();
  for (const entry of sorted) {
    const key = by === "question" ? entry.questionId : entry.userId;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups].map(([key, grouped]) => ({ key, entries: grouped }));
}

/** The queue in grading order, flattened. */
export function queueOrder(entries: readonly QueueEntry[], by: Grouping): QueueEntry[] {
  return groupQueue(entries, by).flatMap((group) => group.entries);
}

/** The next answer still to grade after this one, wrapping round to the start; null when all are graded. */
export function nextToGrade(entries: readonly QueueEntry[], by: Grouping, afterResponseId: string | null): QueueEntry | null {
  const ordered = queueOrder(entries, by);
  const start = afterResponseId === null ? -1 : ordered.findIndex((entry) => entry.responseId === afterResponseId);
  for (let step = 1; step <= ordered.length; step++) {
    const candidate = ordered[(start + step + ordered.length) % ordered.length]!;
    if (!candidate.graded && candidate.responseId !== afterResponseId) return candidate;
  }
  return null;
}

export function queueProgress(entries: readonly Pick<QueueEntry, "graded">[]): { graded: number; total: number; percent: number } {
  const graded = entries.filter((entry) => entry.graded).length;
  const total = entries.length;
  return { graded, total, percent: total === 0 ? 100 : Math.round((graded / total) * 100) };
}

/** How the attempt ended, in words a grader can weigh. */
export function deadlineStatus(attempt: { submittedBy: string | null; submittedAt: Date | null; deadlineAt: Date | null }): string {
  if (!attempt.submittedAt) return "Still in progress";
  if (attempt.submittedBy === "deadline") return "Handed in by the server at the deadline: the learner did not submit";
  if (attempt.deadlineAt) {
    const spare = Math.round((attempt.deadlineAt.getTime() - attempt.submittedAt.getTime()) / 60_000);
    return spare >= 1 ? `Submitted by the learner, ${spare} min before the deadline` : "Submitted by the learner just before the deadline";
  }
  return "Submitted by the learner (no deadline)";
}
