/**
 * A practice round is every auto-graded question of a lesson's bank, answered once each. Passing
 * it (80 % or more on average, using each question's latest answer) completes the lesson; essays
 * are for self-assessment and do not count.
 */
export const passMark = 0.8;

export interface RoundAnswer {
  questionVersionId: string;
  fraction: number | null;
  answeredAt: Date;
}

export function roundStatus(gradedVersionIds: readonly string[], answers: readonly RoundAnswer[]) {
  const latest = new Map<string, RoundAnswer>();
  for (const answer of [...answers].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime())) {
    latest.set(answer.questionVersionId, answer);
  }
  const scored = gradedVersionIds.map((id) => latest.get(id)?.fraction).filter((fraction): fraction is number => typeof fraction === "number");
  const score = scored.length ? scored.reduce((sum, fraction) => sum + fraction, 0) / gradedVersionIds.length : 0;
  const complete = scored.length === gradedVersionIds.length && gradedVersionIds.length > 0;
  return { answered: scored.length, total: gradedVersionIds.length, score, complete, passed: complete && score >= passMark };
}
