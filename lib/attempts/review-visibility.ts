import type { AttemptState } from "./attempt-state";

/**
 * What a learner may see when reviewing an attempt, by moment, following Moodle's review options.
 * The types are structurally identical to `ReviewOptions` in db/schema/quizzes.ts; the schema can
 * import them from here, since the domain must not import the database layer.
 */

export interface ReviewVisibility {
  marks: boolean;
  correctness: boolean;
  feedback: boolean;
  rightAnswer: boolean;
}

export interface ReviewOptions {
  during: ReviewVisibility;
  immediately: ReviewVisibility;
  open: ReviewVisibility;
  closed: ReviewVisibility;
}

export type ReviewMoment = keyof ReviewOptions;

/** Moodle's IMMEDIATELY_AFTER_PERIOD. */
export const immediatelyAfterMs = 2 * 60 * 1000;

const nothing: ReviewVisibility = { marks: false, correctness: false, feedback: false, rightAnswer: false };
const everything: ReviewVisibility = { marks: true, correctness: true, feedback: true, rightAnswer: true };

/**
 * Moodle turns every option on at every moment. We depart from that in two places:
 * - during: nothing, because our attempts defer feedback until submission (Moodle greys this column
 *   out for deferred feedback anyway);
 * - later while the quiz is open: marks only, so the answers do not sit on screen for weeks while
 *   classmates have yet to sit the quiz.
 * Immediately after submission and after the close, everything is shown, as in Moodle: feedback
 * teaches most right after the attempt. The two-minute window still lets a learner copy the right
 * answers; a quiz that must stay secret until it closes should turn off `immediately.rightAnswer`.
 */
export const defaultReviewOptions: ReviewOptions = {
  during: nothing,
  immediately: everything,
  open: { ...nothing, marks: true },
  closed: everything,
};

/**
 * Which moment applies, in Moodle's order (`quiz_attempt_state`): the close outranks the two
 * minutes after submission, so a learner who submits at the last second sees the "closed" review.
 * Pass the close time that applies to this learner (after accommodations).
 */
export function reviewMoment({
  state,
  submittedAt,
  now,
  closesAt,
}: {
  state: AttemptState;
  submittedAt: Date | null;
  now: Date;
  closesAt: Date | null;
}): ReviewMoment {
  if (state === "in_progress") return "during";
  if (closesAt !== null && now >= closesAt) return "closed";
  if (submittedAt !== null && now.getTime() < submittedAt.getTime() + immediatelyAfterMs) return "immediately";
  return "open";
}

export function visibleParts(options: ReviewOptions, moment: ReviewMoment): ReviewVisibility {
  return { ...options[moment] };
}
