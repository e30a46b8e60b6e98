/**
 * An attempt is either being answered or handed in. Kept here, in the domain, so the database enum
 * can be built from the same array (as `db/schema/enums.ts` already does for reading progress).
 */
export const attemptStates = ["in_progress", "submitted"] as const;
export type AttemptState = (typeof attemptStates)[number];
