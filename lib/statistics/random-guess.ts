import type { Question } from "../questions/types";

/**
 * The score (a fraction 0–1) a learner would expect by guessing, as each of Moodle's question types
 * defines it (`get_random_guess_score`), or null where Moodle gives up. Types Moodle does not
 * define it for (ordering, essay) score 0, its default.
 */
export function randomGuessScore(question: Question): number | null {
  switch (question.type) {
    case "true_false":
      return 0.5;
    case "single_choice":
      return question.options.reduce((sum, option) => sum + option.fraction, 0) / question.options.length;
    // Moodle: "pretty much impossible to compute" for multiple response.
    case "multiple_response":
      return null;
    case "short_answer":
      return question.answers.find((answer) => answer.text.trim() === "*")?.fraction ?? 0;
    // Our numerical questions have no unit penalty to subtract from the catch-all's fraction.
    case "numerical":
      return question.answers.find((answer) => answer.value === "*")?.fraction ?? 0;
    case "matching": {
      const choices = new Set([...question.pairs.map((pair) => pair.answer), ...question.distractors]);
      return 1 / choices.size;
    }
    case "ordering":
    case "essay":
      return 0;
  }
}
