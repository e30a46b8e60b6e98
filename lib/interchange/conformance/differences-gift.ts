import type { DocumentedDifference } from "./types";

/** Where our GIFT importer deliberately parts from Moodle's on Moodle's own GIFT fixtures. */
export const giftDifferences: DocumentedDifference[] = [];
