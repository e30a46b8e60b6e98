/** Kept apart from the zod schemas so the note forms can use it without shipping zod to browsers. */
export const noteLimits = { body: 5_000, quote: 1_000 } as const;
