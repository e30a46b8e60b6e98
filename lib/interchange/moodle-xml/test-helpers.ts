import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { InterchangeQuestion } from "../model";

/** Test support: our own sample banks, and a way to write one question's XML in a line or two. */

export const sampleNames = ["alliance-security.xml", "legacy-style.xml"] as const;

export function readSample(name: (typeof sampleNames)[number]): string {
  return readFileSync(fileURLToPath(new URL(`./samples/${name}`, import.meta.url)), "utf8");
}

/** A `<quiz>` around the given question elements. */
export function quiz(...questions: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join("\n")}\n</quiz>\n`;
}

/** A question with a name and text, and whatever type-specific elements follow. */
export function question(type: string, name: string, text: string, body = ""): string {
  return `<question type="${type}"><name><text>${name}</text></name><questiontext format="html"><text>${text}</text></questiontext>${body}</question>`;
}

export function answer(fraction: string, text: string, feedback = "", extra = ""): string {
  return `<answer fraction="${fraction}"><text>${text}</text><feedback><text>${feedback}</text></feedback>${extra}</answer>`;
}

/** What survives a round trip: everything but the line (the file is new) and the ids the importer derives. */
export function comparable(questions: readonly InterchangeQuestion[]) {
  return questions.map((full) => {
    const rest: Omit<InterchangeQuestion, "line"> & { line?: number } = { ...full };
    delete rest.line;
    const question = rest.question;
    const withoutIds =
      question.type === "single_choice" || question.type === "multiple_response"
        ? { ...question, options: question.options.map((option) => ({ text: option.text, fraction: option.fraction, feedback: option.feedback })) }
        : question.type === "ordering"
          ? { ...question, items: question.items.map((item) => item.text) }
          : question.type === "matching"
            ? { ...question, pairs: question.pairs.map(({ prompt, answer }) => ({ prompt, answer })) }
            : question;
    return { ...rest, question: withoutIds };
  });
}

