import type { Database } from "@/db/client";
import { attemptQuestionTypes, lockAttempt, storeAnswer } from "@/db/queries/attempts";
import type { SaveOutcome, SaveRequest, SaveResponse } from "@/lib/attempts/api";
import { isPastDeadline } from "@/lib/attempts/deadline";
import { saveMessages } from "@/lib/attempts/save-order";
import { responseSchemas, type QuestionType } from "@/lib/questions";
import type { CurrentUser } from "@/server/auth/guards";
import { ownAttempt } from "./access";
import { AttemptOverError } from "./errors";
import { deadlineGraceMs, finalizeAttempt } from "./finalize";
import { reviewUrl } from "./urls";

/**
 * Stores a batch of answers from the attempt page. Each answer is checked against its question
 * type before anything is written; each is stored only if it is newer than the stored one (see
 * `storeAnswer`), under a shared lock on the attempt so submission cannot slip in between.
 */
export async function saveAnswers({ db, user, attemptId, request, now = new Date() }: { db: Database; user: CurrentUser; attemptId: string; request: SaveRequest; now?: Date }): Promise<SaveResponse> {
  const { attempt } = await ownAttempt(db, user, attemptId);
  await refuseIfOver(db, attempt, now);

  const types = await attemptQuestionTypes({ db, attemptId });
  const outcomes: SaveOutcome[] = [];
  const valid: SaveRequest["saves"] = [];
  for (const save of latestPerQuestion(request.saves)) {
    const message = invalidAnswer(types.get(save.attemptQuestionId), save.answer);
    if (message) outcomes.push({ attemptQuestionId: save.attemptQuestionId, seq: save.seq, status: "invalid", message });
    else valid.push(save);
  }

  const stored = await db.transaction(async (tx) => {
    const locked = await lockAttempt({ tx, attemptId, mode: "share" });
    if (!locked || locked.state !== "in_progress") return "finished" as const;
    if (isPastDeadline(locked.deadlineAt, now, deadlineGraceMs)) return "past_deadline" as const;
    const results: SaveOutcome[] = [];
    for (const save of valid) {
      const accepted = await storeAnswer({ tx, attemptId, save, now });
      results.push({ attemptQuestionId: save.attemptQuestionId, seq: save.seq, status: accepted ? "saved" : "stale" });
    }
    return results;
  });
  if (stored === "finished") throw new AttemptOverError("finished", saveMessages.finished, reviewUrl(attemptId));
  if (stored === "past_deadline") {
    await finalizeAttempt({ db, attemptId, by: "deadline", now });
    throw new AttemptOverError("past_deadline", saveMessages.past_deadline, reviewUrl(attemptId));
  }
  return { results: [...outcomes, ...stored], serverNow: new Date().toISOString(), deadlineAt: attempt.deadlineAt?.toISOString() ?? null };
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
