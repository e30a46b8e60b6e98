import type { ComparableQuestion } from "./compare";

/**
 * Moodle's importer output as the fixtures store it (expected_parse/*.json): PHP question objects,
 * loosely typed because PHP mixes strings, numbers and booleans freely ("1", 1, true). Read
 * defensively: a field may be a string, a `{text, format}` object, an array or a keyed object.
 */
export interface MoodleExpectedParse {
  count?: number;
  errors?: string;
  questions?: unknown;
}

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);

/** The file's questions, without the category pseudo-questions (they declare a category, not a question). */
export function moodleItems(parse: MoodleExpectedParse): Loose[] {
  const items = Array.isArray(parse.questions) ? parse.questions : isRecord(parse.questions) ? Object.values(parse.questions) : [];
  return items.filter(isRecord).filter((item) => item.qtype !== "category");
}

/** A PHP array serialised as a JSON array, or as an object when its keys have gaps. */
function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isRecord(value)) {
    return Object.entries(value)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, item]) => item);
  }
  return [];
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isRecord(value)) return text(value.text);
  return "";
}

/** PHP's numeric strings and floats as numbers; "" (Moodle's tolerance for `*`) counts as 0. */
function number(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const raw = text(value).trim();
  return raw === "" ? 0 : Number(raw);
}

const truthy = (value: unknown) => value === true || value === 1 || value === "1" || value === "true";

/** Numerical answers as numbers in their shortest form, so "3", "3.0" and 3 compare equal. */
function numericalAnswer(value: unknown): string {
  const raw = text(value).trim();
  return raw === "*" || raw === "" || Number.isNaN(Number(raw)) ? raw : String(Number(raw));
}

function moodleType(item: Loose): string {
  const qtype = typeof item.qtype === "string" ? item.qtype : "unknown";
  const known: Record<string, string> = {
    truefalse: "true_false",
    shortanswer: "short_answer",
    numerical: "numerical",
    match: "matching",
    essay: "essay",
    ordering: "ordering",
  };
  if (qtype === "multichoice") return truthy(item.single) ? "single_choice" : "multiple_response";
  return known[qtype] ?? qtype;
}

/** One Moodle question reduced to the compared fields, shaped as `compare.ts` shapes ours. */
export function normaliseMoodle(item: Loose): ComparableQuestion {
  const type = moodleType(item);
  const base = { name: text(item.name), type, text: text(item.questiontext), answers: [], fractions: [], feedback: [], tolerance: [] };
  const general = `general: ${text(item.generalfeedback)}`;
  const answers = list(item.answer);
  const fractions = list(item.fraction).map(number);
  const feedback = [general, ...list(item.feedback).map(text)];
  switch (type) {
    case "single_choice":
    case "multiple_response":
    case "short_answer":
      return { ...base, answers: answers.map(text), fractions, feedback };
    case "numerical":
      return { ...base, answers: answers.map(numericalAnswer), fractions, feedback, tolerance: list(item.tolerance).map(number) };
    case "true_false":
      return {
        ...base,
        answers: [String(truthy(item.correctanswer))],
        feedback: [general, text(item.feedbacktrue), text(item.feedbackfalse)],
      };
    case "matching": {
      const subanswers = list(item.subanswers).map(text);
      const prompts = list(item.subquestions).map(text);
      const pairs = prompts.flatMap((prompt, i) => (prompt.trim() ? [`${prompt} -> ${subanswers[i] ?? ""}`] : []));
      const distractors = prompts.flatMap((prompt, i) => (prompt.trim() ? [] : [` -> ${subanswers[i] ?? ""}`]));
      return { ...base, answers: [...pairs, ...distractors], feedback: [general] };
    }
    case "ordering":
      return { ...base, answers: answers.map(text), feedback: [general] };
    case "essay":
      return { ...base, feedback: [general] };
    default:
      return base;
  }
}
