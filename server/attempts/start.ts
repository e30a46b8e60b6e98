import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import { currentVersions, insertAttempt, listSlots, nextAttemptNumber, listUserAttempts, lockLearnerQuiz, poolQuestionIds, questionsSeenBy, type Tx } from "@/db/queries/attempts";
import { attemptDeadline } from "@/lib/attempts/deadline";
import { canStartAttempt } from "@/lib/attempts/eligibility";
import { drawQuestions } from "@/lib/attempts/random-draw";
import { PublicError } from "@/lib/errors";
import { defaultOrder, displayOrder, shuffleWith } from "@/lib/questions";
import type { CurrentUser } from "@/server/auth/guards";
import { learnerQuiz } from "./access";
import { finalizeIfOverdue } from "./finalize";
import { questionsForVersions } from "./question-cache";
import { rulesFor } from "./rules";

/**
 * Starts an attempt, or returns the one already in progress (a second tab, a double click, a new
 * device): a learner never has two open attempts at one quiz, and an open one is never replaced.
 */
export async function startAttempt({ db, user, quizId, now = new Date() }: { db: Database; user: CurrentUser; quizId: string; now?: Date }) {
  const { quiz } = await learnerQuiz(db, user, quizId);
  // An abandoned attempt past its deadline is handed in first, so it counts and frees the learner.
  for (const attempt of await listUserAttempts({ db, quizId, userId: user.id })) await finalizeIfOverdue({ db, attempt, now });

  const slots = await listSlots({ db, quizId });
  if (slots.length === 0) throw new PublicError("This quiz has no questions yet. Please tell your instructor.");

  return db.transaction(async (tx) => {
    await lockLearnerQuiz({ tx, quizId, userId: user.id });
    const history = await listUserAttempts({ db: tx, quizId, userId: user.id });
    const open = history.find((attempt) => attempt.state === "in_progress");
    if (open) return { attempt: open, created: false };
    // Read under the lock, just before the deadline is set: an accommodation saved a moment ago applies.
    const rules = await rulesFor(tx, quiz, user.id);

    const decision = canStartAttempt({
      now,
      opensAt: rules.opensAt,
      closesAt: rules.closesAt,
      attemptsAllowed: rules.attemptsAllowed,
      finishedAttempts: history.length,
      hasOpenAttempt: false,
    });
    if (!decision.ok) throw new PublicError(decision.message);

    const attemptId = randomUUID();
    const items = await placeQuestions({ tx, quiz, slots, attemptId, alreadySeen: await questionsSeenBy({ db: tx, quizId, userId: user.id }) });

    const attempt = await insertAttempt({
      tx,
      attempt: {
        id: attemptId,
        quizId,
        userId: user.id,
        // Counted over previews too (an instructor enrolled in their own course may have some), so numbers never clash.
        number: await nextAttemptNumber({ db: tx, quizId, userId: user.id }),
        startedAt: now,
        deadlineAt: attemptDeadline({ startedAt: now, timeLimitSeconds: rules.timeLimitSeconds, closesAt: rules.closesAt }),
        maxMarks: items.reduce((sum, item) => sum + item.maxMark, 0),
      },
      items,
    });
    return { attempt, created: true };
  });
}

type Quiz = Awaited<ReturnType<typeof learnerQuiz>>["quiz"];
type Slot = Awaited<ReturnType<typeof listSlots>>[number];

/**
 * Draws and places the questions of a new attempt: each slot's question (random slots drawn from
 * their pool, avoiding what the learner has seen), pinned to its current version, in the quiz's
 * order or shuffled, with each slot's marks. Shared by learner attempts and instructor previews.
 */
export async function placeQuestions({ tx, quiz, slots, attemptId, alreadySeen }: { tx: Tx; quiz: Quiz; slots: Slot[]; attemptId: string; alreadySeen: Set<string> }) {
  const drawSlots = await Promise.all(
    slots.map(async (slot) => ({
      id: slot.id,
      kind: slot.kind,
      questionId: slot.questionId,
      pool: slot.kind === "random" ? await poolQuestionIds({ db: tx, courseId: quiz.courseId, lessonId: slot.randomLessonId, tagId: slot.randomTagId }) : undefined,
    })),
  );
  const drawn = drawQuestions({ slots: drawSlots, alreadySeen, seed: attemptId });
  if (!drawn.ok) throw new PublicError(drawn.message);

  const versionIds = await currentVersions({ db: tx, questionIds: drawn.questions.map((entry) => entry.questionId) });
  const questionsByVersion = await questionsForVersions(tx, [...versionIds.values()]);
  const marksBySlot = new Map(slots.map((slot) => [slot.id, slot.marks]));
  const placed = quiz.shuffleQuestions ? shuffleWith(attemptId, drawn.questions) : drawn.questions;
  return placed.map((entry, index) => {
    const versionId = versionIds.get(entry.questionId);
    const question = versionId ? questionsByVersion.get(versionId) : undefined;
    if (!versionId || !question) throw new PublicError(`Question ${index + 1} of this quiz is no longer available. Please tell your instructor.`);
    // Ordering questions are always shuffled: shown in their answer order they would answer themselves.
    const order = quiz.shuffleOptions || question.type === "ordering" ? displayOrder(question, `${attemptId}:${entry.questionId}`) : defaultOrder(question);
    return { slotId: entry.slotId, position: index + 1, questionId: entry.questionId, questionVersionId: versionId, maxMark: marksBySlot.get(entry.slotId) ?? 1, displayOrder: order };
  });
}
