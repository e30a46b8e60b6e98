import type { InterchangeQuestion, SkippedQuestion } from "../model";
import { cleanQuestionName, defaultQuestionName, phpTrim } from "../php";
import { buildQuestion, detectKind } from "./answers";
import { buildOrdering } from "./ordering";
import { separateComments, type GiftBlock } from "./blocks";
import { readIdAndTags } from "./comments";
import { hideEscapes, readFormatted, restoreEscapes } from "./text";

/**
 * One GIFT question (a block of lines between blank lines), read as Moodle's `readquestion` reads
 * it: comments out, escapes hidden, `$CATEGORY:` or `::name::`, then the first `{` to the first `}`
 * is the answer block, and the text around it the question (with `_____` where the block stood
 * when text follows it). Our departures: a category line followed by a question in the same block
 * yields both (Moodle would swallow the question into the category's name); a description (no
 * block) is skipped with the reason; and what Moodle would store
 * broken is a problem here (see `answers.ts`).
 */

export type BlockOutcome =
  | { kind: "empty" }
  | { kind: "category"; path: string; rest: GiftBlock }
  | { kind: "problem"; line: number; message: string }
  | { kind: "skipped"; skipped: SkippedQuestion }
  | { kind: "question"; question: Omit<InterchangeQuestion, "category"> };

export function readBlock(block: GiftBlock): BlockOutcome {
  const { comments, body, firstLine: line } = separateComments(block);
  let text = hideEscapes(phpTrim(body.map((bodyLine) => bodyLine.text).join("\n")));
  if (text === "") return { kind: "empty" };

  if (text.startsWith("$CATEGORY:")) {
    const path = restoreEscapes(phpTrim(text.slice(10).split("\n")[0]!));
    return { kind: "category", path, rest: block.filter((blockLine) => blockLine.number > line) };
  }

  let name: string | undefined;
  if (text.startsWith("::")) {
    text = text.slice(2);
    const end = text.indexOf("::");
    if (end !== -1) {
      name = cleanQuestionName(restoreEscapes(text.slice(0, end)));
      text = phpTrim(text.slice(end + 2));
    }
  }

  const open = text.indexOf("{");
  const close = text.indexOf("}");
  const at = `Line ${line}: `;
  if (open === -1 && close === -1) {
    const stem = readFormatted(text, "moodle");
    return {
      kind: "skipped",
      skipped: {
        line,
        name: name ?? defaultQuestionName(stem.text),
        sourceType: "description",
        reason: "It has no answer block { … }, so Moodle reads it as a description (text shown between questions), which Rampart does not support.",
      },
    };
  }
  if (close === -1) return { kind: "problem", line, message: `${at}the answer block is not closed with }.` };
  if (open === -1) return { kind: "problem", line, message: `${at}the answer block has a } but no opening {.` };
  if (close < open) return { kind: "problem", line, message: `${at}a } comes before the { that opens the answer block; escape it as \\} if it is part of the text.` };

  let answerText = phpTrim(text.slice(open + 1, close));
  const blank = text.endsWith("}") ? "" : "_____";
  const questionText = text.slice(0, open) + blank + text.slice(close + 1);

  let generalText = "";
  const general = answerText.lastIndexOf("####");
  if (general !== -1) {
    generalText = answerText.slice(general + 4);
    answerText = phpTrim(answerText.slice(0, general));
  }

  const stem = readFormatted(questionText, "moodle");
  const explanation = readFormatted(generalText, stem.format).text;
  const finalName = name ?? defaultQuestionName(stem.text);
  const kind = detectKind(answerText);
  const context = { stem: stem.text, explanation, format: stem.format };
  const built = kind === "ordering" ? buildOrdering(answerText, context) : buildQuestion(kind, answerText, context);
  if ("problem" in built) return { kind: "problem", line, message: at + built.problem };

  const { idNumber, tags } = readIdAndTags(comments);
  // Moodle reads `[tag:]` as an empty tag, which names nothing; it is left out.
  const named = tags.filter((tag) => tag !== "");
  const question: Omit<InterchangeQuestion, "category"> = { name: finalName, tags: named, textFormat: stem.format, line, question: built.question };
  if (idNumber) question.idNumber = idNumber;
  return { kind: "question", question };
}
