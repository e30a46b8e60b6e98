import { z } from "zod";

/**
 * The HTTP contract between the attempt page (and anything else that takes a quiz, such as the
 * exam-rush benchmark) and the server. Route handlers rather than server actions, because saves
 * must also go out with `fetch(…, { keepalive: true })` as the page closes and be replayed from
 * the browser's queue after an outage.
 *
 *   POST /api/quizzes/:quizId/attempts           start (or continue) → 200 StartResponse
 *   POST /api/attempts/:attemptId/responses      SaveRequest         → 200 SaveResponse
 *   POST /api/attempts/:attemptId/submit         (empty body)        → 200 SubmitResponse
 *   GET  /api/attempts/:attemptId/clock                               → 200 ClockResponse
 *
 * Refusals answer 4xx with `ApiError`; a save or submit refused because the attempt is over
 * answers 409 with `code` "past_deadline" or "finished" and where to review it.
 */

/** The largest sequence number Postgres' integer column holds. */
export const maxSeq = 2 ** 31 - 1;

export const saveSchema = z.object({
  attemptQuestionId: z.uuid(),
  /** Per question, increasing: the server keeps the save with the highest number it has seen. */
  seq: z.number().int().positive().max(maxSeq),
  /** The type's response (see `responseSchemas`), or null to clear the answer. */
  answer: z.unknown().nullable(),
  flagged: z.boolean(),
});

export const saveRequestSchema = z.object({
  saves: z.array(saveSchema).min(1, "A save needs at least one answer.").max(200, "Send at most 200 answers at a time."),
});

export type SaveItem = z.infer<typeof saveSchema>;
export type SaveRequest = z.infer<typeof saveRequestSchema>;

/**
 * "saved": stored. "stale": a save with this or a higher number was already stored, so this one is
 * acknowledged without effect (a retry, or a late duplicate). "invalid": the answer cannot be read
 * for this question type; `message` says why, and resending it will not help.
 */
export type SaveStatus = "saved" | "stale" | "invalid";

export interface SaveOutcome {
  attemptQuestionId: string;
  seq: number;
  status: SaveStatus;
  message?: string;
}

export interface SaveResponse {
  results: SaveOutcome[];
  /** ISO time on the server, so the countdown can correct for a wrong clock on the device. */
  serverNow: string;
  deadlineAt: string | null;
}

/** The deadline as it stands (an instructor may have extended it), polled by the countdown. */
export interface ClockResponse {
  serverNow: string;
  deadlineAt: string | null;
  state: "in_progress" | "submitted";
  reviewUrl: string;
}

export interface SubmitResponse {
  state: "submitted";
  submittedBy: "learner" | "deadline";
  reviewUrl: string;
}

export interface StartResponse {
  attemptId: string;
  attemptUrl: string;
  /** False when an attempt already in progress was returned instead of a new one. */
  created: boolean;
}

export type AttemptOverCode = "past_deadline" | "finished";

export interface ApiError {
  error: string;
  code?: AttemptOverCode;
  reviewUrl?: string;
}
