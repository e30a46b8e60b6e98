import type { Question } from "@/lib/questions";
import { answerPool } from "@/lib/questions/matching";

/** A full-marks response built from the stored key. */
export function rightResponse(question: Question): unknown {
  switch (question.type) {
    case "single_choice":
      return { choice: question.options.find((option) => option.fraction === 1)!.key };
    case "multiple_response":
      return { choices: question.options.filter((option) => option.fraction > 0).map((option) => option.key) };
    case "true_false":
      return { value: question.answer };
    case "short_answer":
      return { text: question.answers[0]!.text.replace(/\\\*/g, "*") };
    case "numerical":
      return { text: String(question.answers[0]!.value) };
    case "matching": {
      const pool = answerPool(question);
      return { pairs: Object.fromEntries(question.pairs.map((pair) => [pair.id, pool.find((answer) => answer.text === pair.answer)!.id])) };
    }
    case "ordering":
      return { order: question.items.map((item) => item.id) };
    case "essay":
      return { text: "My essay." };
  }
}
