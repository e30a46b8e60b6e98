/** Minutes to read a text at a study pace (200 words a minute, never under one minute). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
