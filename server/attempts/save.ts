import type { Database } from "@/db/client";
import { attemptForSave, getAttempt, storeAnswers } from "@/db/queries/attempts";
import type { SaveOutcome, SaveRequest, SaveResponse } from "@/lib/attempts/api";
import { isPastDeadline } from "@/lib/attempts/deadline";
import { saveMessages } from "@/lib/attempts/save-order";
import { NotFoundError } from "@/lib/errors";
import { responseSchemas, type QuestionType } from "@/lib/questions";
import type { CurrentUser } from "@/server/auth/guards";
import { AttemptOverError } from "./errors";
import { deadlineGraceMs, finalizeAttempt } from "./finalize";
import { reviewUrl } from "./urls";

/**
 * Stores a batch of answers from the attempt page: the hot path of an exam, so two round trips in
 * all. Each answer is checked against its question type first; the valid ones are written by one
 * statement that keeps only newer answers and only while the attempt is open (see `storeAnswers`).
 */
export async function saveAnswers({ db, user, attemptId, request, now = new Date() }: { db: Database; user: CurrentUser; attemptId: string; request: SaveRequest; now?: Date }): Promise<SaveResponse> {
  const attempt = await attemptForSave({ db, attemptId });
  // Someone else's attempt is "not found", so ids cannot be probed.
  if (!attempt || attempt.userId !== user.id) throw new NotFoundError("That attempt");
  await refuseIfOver(db, attempt, now);

  const outcomes: SaveOutcome[] = [];
  const valid: SaveRequest["saves"] = [];
  for (const save of latestPerQuestion(request.saves)) {
    const message = invalidAnswer(attempt.types.get(save.attemptQuestionId), save.answer);
    if (message) outcomes.push({ attemptQuestionId: save.attemptQuestionId, seq: save.seq, status: "invalid", message });
    else valid.push(save);
  }

  const stored = await storeAnswers({ db, attemptId, saves: valid, now, openUntil: new Date(now.getTime() - deadlineGraceMs) });
  // Not stored is either stale or refused because the attempt closed in the meantime; only the latter needs a look.
  if (stored.size < valid.length) {
    const current = await getAttempt({ db, attemptId });
    if (current) await refuseIfOver(db, current, now);
  }
  for (const save of valid) outcomes.push({ attemptQuestionId: save.attemptQuestionId, seq: save.seq, status: stored.has(save.attemptQuestionId) ? "saved" : "stale" });
  return { results: outcomes, serverNow: new Date().toISOString(), deadlineAt: attempt.deadlineAt?.toISOString() ?? null };
}

async function refuseIfOver(db: Database, attempt: { id: string; state: string; deadlineAt: Date | null }, now: Date) {
  const late = isPastDeadline(attempt.deadlineAt, now, deadlineGraceMs);
  // Late is the clearer reason even when the sweep has already handed the attempt in.
  if (attempt.state !== "in_progress") throw new AttemptOverError(late ? "past_deadline" : "finished", saveMessages[late ? "past_deadline" : "finished"], reviewUrl(attempt.id));
  if (late) {
    await finalizeAttempt({ db, attemptId: attempt.id, by: "deadline", now });
    throw new AttemptOverError("past_deadline", saveMessages.past_deadline, reviewUrl(attempt.id));
  }
}

/** A queue replayed after an outage may hold several saves of one question: only the newest matters. */
function latestPerQuestion(saves: SaveRequest["saves"]): SaveRequest["saves"] {
  const latest = new Map<string, SaveRequest["saves"][number]>();
  for (const save of saves) {
    const current = latest.get(save.attemptQuestionId);
    if (!current || save.seq > current.seq) latest.set(save.attemptQuestionId, save);
  }
  return [...latest.values()];
}

function invalidAnswer(type: QuestionType | undefined, answer: unknown): string | null {
  if (!type) return "That question is not part of this attempt.";
  if (answer === null) return null;
  const parsed = responseSchemas[type].safeParse(answer);
  return parsed.success ? null : "This answer cannot be read for this type of question, so it was not saved.";
}
