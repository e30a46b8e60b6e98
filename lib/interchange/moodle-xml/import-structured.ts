import { opaqueIds } from "../../questions/shuffle";
import type { EssayQuestion, MatchingQuestion, OrderingQuestion } from "../../questions/types";
import { quote } from "./answers";
import { FieldError, ownText, textOf, valueOf } from "./fields";
import { isYes } from "./import-choice";
import type { Common } from "./import-common";
import { childrenNamed } from "./xml-tree";

/**
 * matching: each `<subquestion>` is a prompt with its answer; one with an empty prompt is a
 * distractor (an answer that belongs to no prompt). Entries empty on both sides are dropped, as
 * Moodle drops them when it saves. `<shuffleanswers>` defaults to true here.
 */
export function importMatching(common: Common): MatchingQuestion {
  const pairs: MatchingQuestion["pairs"] = [];
  const distractors: string[] = [];
  for (const subquestion of childrenNamed(common.element, "subquestion")) {
    const prompt = ownText(subquestion);
    const answer = textOf(subquestion, "answer") ?? "";
    if (prompt === "" && answer === "") continue;
    if (answer === "") throw new FieldError(`the prompt "${quote(prompt)}" on line ${subquestion.line} has no answer to match`);
    if (prompt === "") distractors.push(answer);
    else pairs.push({ id: `p${pairs.length + 1}`, prompt, answer });
  }
  if (pairs.length === 0) throw new FieldError("it has no prompts to match (each <subquestion> needs a text and an answer)");
  return {
    type: "matching",
    stem: common.stem,
    explanation: common.explanation,
    pairs,
    distractors,
    shuffle: isYes(valueOf(common.element, "shuffleanswers") ?? "1"),
  };
}

/** ordering (the qtype_ordering plugin): the answers, in file order, are the items in their right order. */
export function importOrdering(common: Common): OrderingQuestion {
  const texts = childrenNamed(common.element, "answer")
    .map(ownText)
    .filter((text) => text !== "");
  if (texts.length < 2) throw new FieldError("it has fewer than two items to put in order");
  const ids = opaqueIds("i", texts);
  return { type: "ordering", stem: common.stem, explanation: common.explanation, items: texts.map((text, index) => ({ id: ids[index]!, text })) };
}

/**
 * essay: Moodle's "information for graders" is what our model answer is for (guidance shown to
 * whoever grades). The response template, which pre-fills the learner's box, has no place here.
 */
export function importEssay(common: Common): EssayQuestion {
  const graderInfo = textOf(common.element, "graderinfo") ?? "";
  if ((textOf(common.element, "responsetemplate") ?? "") !== "") {
    common.notes.push("its response template (the text the answer box starts with) was not imported");
  }
  return {
    type: "essay",
    stem: common.stem,
    explanation: common.explanation,
    ...(graderInfo === "" ? {} : { modelAnswer: graderInfo }),
  };
}
