/**
 * Who has a response open in the grading view, kept in this server's memory: a courtesy that
 * tells a second grader someone is on it. It is not what keeps grades safe (the grade version is:
 * a stale save is refused), so losing it on a restart, or not sharing it between servers, costs
 * only the notice.
 */

const claimTtlMs = 15 * 60_000;
const claims = new Map<string, { userId: string; name: string; at: Date }>();

export function claimResponse(responseId: string, grader: { id: string; name: string }, now = new Date()) {
  claims.set(responseId, { userId: grader.id, name: grader.name, at: now });
  if (claims.size > 10_000) claims.delete(claims.keys().next().value!);
}

export function releaseResponse(responseId: string, userId: string) {
  if (claims.get(responseId)?.userId === userId) claims.delete(responseId);
}

/** Someone else who opened this response in the last quarter hour, if anyone. */
export function otherClaim(responseId: string, userId: string, now = new Date()) {
  const claim = claims.get(responseId);
  if (!claim || claim.userId === userId || now.getTime() - claim.at.getTime() > claimTtlMs) return null;
  return { name: claim.name, minutesAgo: Math.max(0, Math.floor((now.getTime() - claim.at.getTime()) / 60_000)) };
}
