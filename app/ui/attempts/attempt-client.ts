import type { ApiError, ClockResponse, SaveItem, SaveResponse, SubmitResponse } from "@/lib/attempts/api";

/**
 * The attempt's HTTP calls, with every way they can end folded into four cases the player acts on.
 * Nothing here throws: a learner mid-quiz needs a state to show, not an exception.
 */
export type CallResult<T> =
  | { kind: "ok"; body: T; sentAt: number; receivedAt: number }
  /** No answer, or one that says "try again later" (5xx, 408, 429, a page that is not ours). */
  | { kind: "unreachable" }
  /** 409: the attempt was submitted or its time ran out; the server says where to review it. */
  | { kind: "over"; message: string; reviewUrl: string | null }
  /** Any other refusal (signed out, no access …): retrying as it stands will not help. */
  | { kind: "refused"; status: number; message: string };

const retryable = new Set([408, 425, 429]);

export function postSaves(attemptId: string, saves: SaveItem[], { keepalive = false } = {}): Promise<CallResult<SaveResponse>> {
  return call(`/api/attempts/${encodeURIComponent(attemptId)}/responses`, { saves }, keepalive, (body): body is SaveResponse => Array.isArray((body as SaveResponse | null)?.results));
}

export function postSubmit(attemptId: string): Promise<CallResult<SubmitResponse>> {
  return call(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, {}, false, (body): body is SubmitResponse => typeof (body as SubmitResponse | null)?.reviewUrl === "string");
}

/** The deadline as the server has it now: how an extension reaches the countdown. */
export function getClock(attemptId: string): Promise<CallResult<ClockResponse>> {
  return call(`/api/attempts/${encodeURIComponent(attemptId)}/clock`, undefined, false, (body): body is ClockResponse => typeof (body as ClockResponse | null)?.serverNow === "string");
}

/** The server's clock minus the device's, taking the server to have answered halfway through the round trip; null if unreadable. */
export function serverOffset(serverNow: string, { sentAt, receivedAt }: { sentAt: number; receivedAt: number }): number | null {
  const serverMs = Date.parse(serverNow);
  return Number.isFinite(serverMs) ? serverMs - (sentAt + receivedAt) / 2 : null;
}

/** A POST with `payload` as JSON, or a GET when there is none. */
async function call<T>(url: string, payload: unknown, keepalive: boolean, isBody: (body: unknown) => body is T): Promise<CallResult<T>> {
  const sentAt = Date.now();
  let response: Response;
  try {
    const send = payload === undefined ? { method: "GET" } : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) };
    response = await fetch(url, { ...send, keepalive, cache: "no-store" });
  } catch {
    return { kind: "unreachable" };
  }
  const receivedAt = Date.now();
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return isBody(body) ? { kind: "ok", body, sentAt, receivedAt } : { kind: "unreachable" };
  if (response.status >= 500 || retryable.has(response.status)) return { kind: "unreachable" };
  const error = body as Partial<ApiError>;
  const message = typeof error.error === "string" && error.error ? error.error : `The server refused the request (error ${response.status}).`;
  if (response.status === 409) return { kind: "over", message, reviewUrl: typeof error.reviewUrl === "string" ? error.reviewUrl : null };
  return { kind: "refused", status: response.status, message };
}
