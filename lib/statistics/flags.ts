import type { ItemStatistics } from "./types";

/**
 * Questions worth a second look, with a hint an instructor can act on. The thresholds are the
 * usual item-analysis rules of thumb: a facility outside 10–90% tells strong and weak learners
 * apart poorly, and so does a discrimination index below 0.2 (20 in Moodle's percent units).
 */

export const flagKinds = ["too_easy", "too_hard", "negative_discrimination", "weak_discrimination"] as const;
export type FlagKind = (typeof flagKinds)[number];

export interface QuestionFlag {
  kind: FlagKind;
  hint: string;
}

export const flagThresholds = {
  /** Facility, as a fraction. */
  minFacility: 0.1,
  maxFacility: 0.9,
  /** Discrimination index, in percent (Moodle's units): 20 is a correlation of 0.2. */
  minDiscrimination: 20,
} as const;

export const flagHints: Record<FlagKind, string> = {
  too_easy: "Almost everyone gets this right, so it does not tell strong and weak learners apart. Make the wrong options more plausible, or keep it only as a warm-up.",
  too_hard:
    "Almost everyone gets this wrong. Check that the key is right and the wording is clear; if both are, the topic may need more teaching before it is tested.",
  negative_discrimination:
    "Learners who did well on the rest of the quiz did worse on this question than those who did poorly. Check the key first, then look for wording that misleads careful readers.",
  weak_discrimination:
    "Learners who did well overall did hardly better on this question than those who did poorly. Check the key and the wording, and whether it tests what the rest of the quiz tests.",
};

/**
 * The flags for one item. A discrimination index that cannot be computed (every mark the same)
 * raises no discrimination flag; the facility flag already says why.
 */
export function flagQuestion(stats: Pick<ItemStatistics, "facility" | "discriminationIndex">): QuestionFlag[] {
  const kinds: FlagKind[] = [];
  const { facility, discriminationIndex } = stats;
  if (facility !== null && facility > flagThresholds.maxFacility) kinds.push("too_easy");
  if (facility !== null && facility < flagThresholds.minFacility) kinds.push("too_hard");
  if (discriminationIndex !== null && discriminationIndex < 0) kinds.push("negative_discrimination");
  else if (discriminationIndex !== null && discriminationIndex < flagThresholds.minDiscrimination) kinds.push("weak_discrimination");
  return kinds.map((kind) => ({ kind, hint: flagHints[kind] }));
}
