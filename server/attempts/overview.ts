import type { Database } from "@/db/client";
import { getQuizGrade, listPublishedQuizzes, listSlots, listUserAttempts, countAttemptsByQuiz } from "@/db/queries/attempts";
import { canStartAttempt } from "@/lib/attempts/eligibility";
import { reviewMoment, visibleParts } from "@/lib/attempts/review-visibility";
import type { CurrentUser } from "@/server/auth/guards";
import { learnerQuiz } from "./access";
import { finalizeIfOverdue } from "./finalize";
import { rulesFor } from "./rules";
import { attemptUrl, quizUrl, reviewUrl } from "./urls";

/** The quiz page: the rules that apply to this learner, their attempts, and whether they can start one. */
export async function loadQuizOverview({ db, user, quizId, now = new Date() }: { db: Database; user: CurrentUser; quizId: string; now?: Date }) {
  const { quiz, course } = await learnerQuiz(db, user, quizId);
  // Handing in an attempt abandoned past its deadline here is one of the ways the deadline is kept.
  let attempts = await listUserAttempts({ db, quizId, userId: user.id });
  let finalized = false;
  for (const attempt of attempts) if (attempt.state === "in_progress" && (await finalizeIfOverdue({ db, attempt, now }))) finalized = true;
  if (finalized) attempts = await listUserAttempts({ db, quizId, userId: user.id });

  const rules = await rulesFor(db, quiz, user.id);
  const open = attempts.find((attempt) => attempt.state === "in_progress");
  const finished = attempts.filter((attempt) => attempt.state === "submitted");
  const decision = canStartAttempt({ now, opensAt: rules.opensAt, closesAt: rules.closesAt, attemptsAllowed: rules.attemptsAllowed, finishedAttempts: finished.length, hasOpenAttempt: Boolean(open) });
  const marksVisibleFor = (attempt: (typeof attempts)[number]) =>
    visibleParts(quiz.reviewOptions, reviewMoment({ state: attempt.state, submittedAt: attempt.submittedAt, now, closesAt: rules.closesAt })).marks;
  // Like Moodle, the overall grade shows only once every finished attempt's marks may be seen.
  const gradeVisible = finished.length > 0 && finished.every(marksVisibleFor);
  const grade = gradeVisible ? ((await getQuizGrade({ db, quizId, userId: user.id }))?.grade ?? null) : null;

  return {
    quiz: { id: quiz.id, title: quiz.title, instructions: quiz.instructions, gradingMethod: quiz.gradingMethod, questionCount: (await listSlots({ db, quizId })).length },
    course: { slug: course.slug, title: course.title },
    rules,
    open: open ? { number: open.number, url: attemptUrl(open.id), deadlineAt: open.deadlineAt } : null,
    canStart: decision.ok ? { ok: true as const } : { ok: false as const, message: decision.message, reason: decision.reason },
    grade: gradeVisible ? grade : undefined,
    attempts: finished.map((attempt) => ({
      id: attempt.id,
      number: attempt.number,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      submittedBy: attempt.submittedBy,
      needsGrading: attempt.needsGrading,
      reviewUrl: reviewUrl(attempt.id),
      ...(marksVisibleFor(attempt) ? { sumMarks: attempt.sumMarks, maxMarks: attempt.maxMarks } : {}),
    })),
    url: quizUrl(course.slug, quiz.id),
  };
}

/** The course's published quizzes with this learner's standing in each, for the quiz list. */
export async function listCourseQuizzes({ db, user, courseId }: { db: Database; user: CurrentUser; courseId: string }) {
  const quizzes = await listPublishedQuizzes({ db, courseId });
  const counts = await countAttemptsByQuiz({ db, quizIds: quizzes.map((quiz) => quiz.id), userId: user.id });
  return quizzes.map((quiz) => ({
    id: quiz.id,
    title: quiz.title,
    opensAt: quiz.opensAt,
    closesAt: quiz.closesAt,
    timeLimitSeconds: quiz.timeLimitSeconds,
    attemptsAllowed: quiz.attemptsAllowed,
    finishedAttempts: counts.find((row) => row.quizId === quiz.id && row.state === "submitted")?.count ?? 0,
    inProgress: counts.some((row) => row.quizId === quiz.id && row.state === "in_progress"),
  }));
}
