import { answerLines } from "@/lib/attempts/review-item";
import { learnerViewOf, type LearnerView, type Question } from "@/lib/questions";
import type { ResponseClass, ResponsePart } from "@/lib/statistics";

/**
 * How a stored answer is counted in the response analysis, as Moodle's question types classify
 * responses: a choice counts as the option chosen (each chosen option on its own for multiple
 * response), a matching answer per prompt, anything typed as the text given. Essays are not
 * classified, as in Moodle.
 */

export const noResponse = "[No response]";

/** A question with what the analysis needs of it, prepared once per question version. */
export interface PreparedQuestion {
  question: Question;
  view: LearnerView;
  /** Text of each option or matching answer, by key. */
  texts: Map<string, string>;
}

export function prepareQuestion(question: Question): PreparedQuestion {
  const view = learnerViewOf(question);
  const texts = new Map<string, string>();
  if (view.type === "single_choice" || view.type === "multiple_response") for (const option of view.options) texts.set(option.key, option.text);
  if (view.type === "matching") for (const answer of view.answers) texts.set(answer.id, answer.text);
  return { question, view, texts };
}

export function responseParts(prepared: PreparedQuestion, answer: unknown, fraction: number | null = null): ResponsePart[] | null {
  const { question, view, texts } = prepared;
  if (question.type === "essay") return null;
  const value = answer !== null && typeof answer === "object" ? (answer as Record<string, unknown>) : null;
  const none: ResponsePart[] = [{ subpart: 1, responseClass: noResponse, response: noResponse, fraction: null }];
  if (!value) return none;
  switch (question.type) {
    case "single_choice": {
      const key = typeof value.choice === "string" ? value.choice : null;
      const option = key === null ? undefined : question.options.find((entry) => entry.key === key);
      return option ? [{ subpart: 1, responseClass: option.key, response: option.text, fraction: option.fraction }] : none;
    }
    case "multiple_response": {
      const chosen = new Set(Array.isArray(value.choices) ? value.choices : []);
      const parts = question.options.filter((option) => chosen.has(option.key)).map((option) => ({ subpart: option.key, responseClass: option.key, response: option.text, fraction: option.fraction }));
      return parts.length > 0 ? parts : none;
    }
    case "true_false":
      return typeof value.value === "boolean" ? [{ subpart: 1, responseClass: value.value ? "True" : "False", response: value.value ? "True" : "False", fraction: value.value === question.answer ? 1 : 0 }] : none;
    case "matching": {
      if (view.type !== "matching") return none;
      const pairs = (value.pairs ?? {}) as Record<string, string>;
      return view.prompts.map((prompt) => {
        const text = texts.get(pairs[prompt.id] ?? "");
        return { subpart: prompt.text, responseClass: text ?? noResponse, response: text ?? noResponse, fraction: null };
      });
    }
    default: {
      const lines = answerLines(view, answer, null);
      if (lines.length === 0) return none;
      const text = lines.map((line) => line.text).join(question.type === "ordering" ? " → " : " ");
      return [{ subpart: 1, responseClass: text, response: text, fraction }];
    }
  }
}

/** The answers a question expects, so that options nobody chose still get a row (in the question's order). */
export function expectedClasses(question: Question): ResponseClass[] | undefined {
  switch (question.type) {
    case "single_choice":
      return question.options.map((option) => ({ subpart: 1, responseClass: option.key, fraction: option.fraction }));
    case "multiple_response":
      return question.options.map((option) => ({ subpart: option.key, responseClass: option.key, fraction: option.fraction }));
    case "true_false":
      return [
        { subpart: 1, responseClass: "True", fraction: question.answer ? 1 : 0 },
        { subpart: 1, responseClass: "False", fraction: question.answer ? 0 : 1 },
      ];
    default:
      return undefined;
  }
}
