import { cognitiveLevels, type CognitiveLevel, type QuestionType } from "../content/schema";

/**
 * The question editor's vocabulary: type and level labels, and the names of its repeating rows.
 * Free of the database so the browser (the live preview) can import it.
 *
 * Repeating rows are named `<group>.<row id>.<field>`, with `<group>.order` listing the row ids in
 * the order shown: the ids stay put when rows move, so an error stays beside the field it is about.
 */

export type Fields = Record<string, string | undefined>;
export type FieldErrors = Record<string, string[]>;

export const typeChoices: { value: QuestionType; label: string }[] = [
  { value: "single_choice", label: "Single choice" },
  { value: "multiple_response", label: "Multiple response" },
  { value: "true_false", label: "True or false" },
  { value: "short_answer", label: "Short answer" },
  { value: "numerical", label: "Numerical" },
  { value: "matching", label: "Matching" },
  { value: "ordering", label: "Ordering" },
  { value: "essay", label: "Essay" },
];

export const typeLabel = (type: QuestionType) => typeChoices.find((choice) => choice.value === type)?.label ?? type;

export const levelChoices: { value: CognitiveLevel; label: string }[] = cognitiveLevels.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }));

export const difficultyChoices = [
  { value: "1", label: "1 (easy)" },
  { value: "2", label: "2 (medium)" },
  { value: "3", label: "3 (hard)" },
] as const;

/** The repeating groups and the fields of one row. */
export const rowGroups = {
  option: ["text", "credit", "feedback"],
  accepted: ["text", "credit", "feedback"],
  number: ["value", "tolerance", "credit", "feedback"],
  pair: ["prompt", "answer"],
  item: ["text"],
  criterion: ["key", "title"],
} as const;
export type RowGroup = keyof typeof rowGroups;

/** Levels are rows inside a criterion row: `criterion.<id>.level.<level id>.<field>`. */
export const levelFields = ["label", "points", "description"] as const;
export const levelGroup = (criterionId: string) => `criterion.${criterionId}.level`;

export const orderField = (group: string) => `${group}.order`;
export const rowField = (group: string, id: string, field: string) => `${group}.${id}.${field}`;

/** Upper bounds that keep one form post small; far above what a question needs. */
export const maxRows = 30;
export const maxTextLength = 5000;

/** The row ids of a group, in the order the form listed them. */
export function rowIds(fields: Fields, group: string): string[] {
  const listed = fields[orderField(group)];
  const ids = listed !== undefined ? listed.split(",").map((id) => id.trim()) : [];
  return [...new Set(ids.filter((id) => /^\d{1,4}$/.test(id)))];
}
