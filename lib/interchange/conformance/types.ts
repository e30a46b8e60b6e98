/**
 * A place where our importer deliberately parses a Moodle fixture differently from Moodle. The
 * issue allows only three reasons; each entry says what Moodle does, what we do, and why.
 */
export const differenceReasons = ["moodle_crashes", "moodle_changes_answer", "unsupported_type"] as const;
export type DifferenceReason = (typeof differenceReasons)[number];

/** The fields both models have, and so the ones the conformance suite compares. */
export const comparedFields = ["count", "name", "type", "text", "answers", "fractions", "feedback", "tolerance"] as const;
export type ComparedField = (typeof comparedFields)[number];

export interface DocumentedDifference {
  /** The fixture's path relative to the fixtures directory, e.g. "gift/questions.gift.txt". */
  fixture: string;
  /** The question's name (or its 1-based index as "#3") where the difference applies; absent for the whole file. */
  question?: string;
  field: ComparedField;
  moodle: string;
  ours: string;
  reason: DifferenceReason;
  why: string;
}
