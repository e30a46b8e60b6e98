import type { Question } from "../questions";
import type { StoredVersion } from "../questions/from-content";

/**
 * How an engine question is kept in the database: the version's `data`, its option rows and its
 * rubric. The inverse of `fromStoredVersion`, which the tests check for every type. Option keys are
 * the options' positions ("1", "2", …): an imported file's own labels mean nothing to us, and the
 * browser sees ids ranked by text anyway.
 */
export type StoredForm = Required<Pick<StoredVersion, "type" | "stem" | "explanation" | "data">> & {
  options: { key: string; position: number; text: string; fraction: number; feedback: string }[];
  rubric: { criteria: { key: string; title: string; position: number; levels: { label: string; points: number; description: string; position: number }[] }[] } | null;
  data: Record<string, unknown>;
};

export function storedFormOf(question: Question): StoredForm {
  const base = { type: question.type, stem: question.stem, explanation: question.explanation, options: [], rubric: null };
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return {
        ...base,
        data: { ...(question.shuffle === undefined ? {} : { shuffle: question.shuffle }), ...(question.type === "multiple_response" && question.allOrNothing !== undefined ? { allOrNothing: question.allOrNothing } : {}) },
        options: question.options.map((option, index) => ({ key: String(index + 1), position: index + 1, text: option.text, fraction: option.fraction, feedback: option.feedback })),
      };
    case "true_false":
      return { ...base, data: { answer: question.answer, feedbackTrue: question.feedbackTrue, feedbackFalse: question.feedbackFalse } };
    case "short_answer":
      return { ...base, data: { answers: question.answers, ...(question.caseSensitive === undefined ? {} : { caseSensitive: question.caseSensitive }) } };
    case "numerical":
      return { ...base, data: { answers: question.answers, ...(question.unit === undefined ? {} : { unit: question.unit }) } };
    case "matching":
      return { ...base, data: { pairs: question.pairs.map(({ prompt, answer }) => ({ prompt, answer })), distractors: question.distractors } };
    case "ordering":
      return { ...base, data: { items: question.items.map((item) => item.text) } };
    case "essay":
      return {
        ...base,
        data: { modelAnswer: question.modelAnswer ?? null },
        rubric: question.rubric
          ? {
              criteria: question.rubric.criteria.map((criterion, index) => ({
                key: criterion.key,
                title: criterion.title,
                position: index + 1,
                levels: criterion.levels.map((level, levelIndex) => ({ ...level, position: levelIndex + 1 })),
              })),
            }
          : null,
      };
  }
}
