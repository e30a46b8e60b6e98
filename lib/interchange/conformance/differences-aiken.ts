import type { DocumentedDifference } from "./types";

/** Where our Aiken importer deliberately parts from Moodle's on Moodle's own Aiken fixtures. */
export const aikenDifferences: DocumentedDifference[] = [];
