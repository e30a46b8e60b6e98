import type { Database } from "@/db/client";
import { attemptItems } from "@/db/queries/attempts";
import { reviewItem } from "@/lib/attempts/review-item";
import { reviewMoment, visibleParts, type ReviewVisibility } from "@/lib/attempts/review-visibility";
import type { CurrentUser } from "@/server/auth/guards";
import { readableAttempt } from "./access";
import { finalizeIfOverdue } from "./finalize";
import { questionsForVersions } from "./question-cache";
import { rulesFor } from "./rules";
import { attemptUrl, previewReturnUrl, quizUrl } from "./urls";

const everything: ReviewVisibility = { marks: true, correctness: true, feedback: true, rightAnswer: true };

/**
 * A finished attempt as its owner may see it at this moment under the quiz's review settings, or
 * in full for the course's staff. An attempt still in progress has nothing to review.
 */
export async function loadAttemptReview({ db, user, attemptId, now = new Date() }: { db: Database; user: CurrentUser; attemptId: string; now?: Date }) {
  const access = await readableAttempt(db, user, attemptId);
  const { quiz, course, asStaff } = access;
  let { attempt } = access;
  if (attempt.state === "in_progress") {
    if (!(await finalizeIfOverdue({ db, attempt, now }))) return { inProgress: true as const, attemptUrl: attemptUrl(attemptId) };
    // Re-read for the marks the submission just wrote.
    attempt = (await readableAttempt(db, user, attemptId)).attempt;
  }
  const rules = await rulesFor(db, quiz, attempt.userId);
  const moment = reviewMoment({ state: attempt.state, submittedAt: attempt.submittedAt, now, closesAt: rules.closesAt });
  // A preview is the instructor checking their quiz: marks and right answers, whatever learners are shown.
  const visible = asStaff || attempt.preview ? everything : visibleParts(quiz.reviewOptions, moment);

  const items = await attemptItems({ db, attemptId });
  const versions = await questionsForVersions(db, items.map((item) => item.questionVersionId));
  const shown = items.filter((item) => item.dropped !== "removed");
  return {
    inProgress: false as const,
    quiz: { id: quiz.id, title: quiz.title, url: attempt.preview ? previewReturnUrl(course.slug, quiz.id) : quizUrl(course.slug, quiz.id) },
    course: { slug: course.slug, title: course.title },
    attempt: {
      number: attempt.number,
      preview: attempt.preview,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      submittedBy: attempt.submittedBy,
      needsGrading: attempt.needsGrading,
      ...(visible.marks ? { sumMarks: attempt.sumMarks, maxMarks: attempt.maxMarks } : {}),
    },
    asStaff,
    moment,
    visible,
    /** When a learner will see more: after the close, if the settings keep something back until then. */
    moreAfterClose: !asStaff && !attempt.preview && moment !== "closed" && rules.closesAt !== null ? rules.closesAt : null,
    items: shown.map((item, index) =>
      reviewItem(
        {
          number: index + 1,
          question: versions.get(item.questionVersionId)!,
          displayOrder: item.displayOrder,
          answer: item.response.answer,
          maxMark: item.maxMark,
          fraction: item.dropped === "full_marks" ? 1 : item.response.fraction,
          mark: item.dropped === "full_marks" ? item.maxMark : item.response.mark,
          state: item.response.state,
          comment: item.response.comment,
        },
        visible,
      ),
    ),
  };
}
