import { emptyResult, type ParseResult } from "../model";
import { FieldError, ownText, phpTrim } from "./fields";
import { importQuestion } from "./import-question";
import { childNamed, childrenNamed, readXmlTree, type XmlElement } from "./xml-tree";

/**
 * Moodle XML import, reading each field as Moodle's own importer (question/format/xml) reads it.
 * A `<quiz>` holds `<question>` elements; a `<question type="category">` sets the category of the
 * questions after it. A file that is not well-formed XML, or that declares entities, yields no
 * questions and one problem, as Moodle refuses it too. Never throws.
 */
export function parseMoodleXml(text: string): ParseResult {
  const result = emptyResult("moodle_xml");
  try {
    const tree = readXmlTree(text);
    if (!tree.ok) return { ...result, problems: [tree.problem] };
    const questions = questionElements(tree.root);
    if (!questions) {
      const message = `This is not a Moodle XML question file: it starts with <${tree.root.name}> where <quiz> was expected.`;
      return { ...result, problems: [{ line: tree.root.line, message }] };
    }
    let category: string | undefined;
    for (const element of questions) {
      if ((element.attributes.type ?? "").trim() === "category") {
        const path = categoryPath(element);
        if (path === undefined) {
          result.problems.push({ line: element.line, message: "A category entry gives no category path, so it was ignored; the questions after it keep the previous category." });
        } else {
          category = path;
          result.categories.push(path);
        }
        continue;
      }
      const outcome = importQuestion(element);
      if (outcome.kind === "question") {
        result.questions.push({ ...outcome.question, ...(category === undefined ? {} : { category }) });
        result.problems.push(...outcome.problems);
      } else if (outcome.kind === "skipped") result.skipped.push(outcome.skipped);
      else result.problems.push(outcome.problem);
    }
    if (questions.length === 0) result.problems.push({ line: tree.root.line, message: "The file holds no <question> elements." });
    return result;
  } catch (error) {
    // A bug of ours must not take the import page down with it; the instructor sees a plain problem.
    const detail = error instanceof Error ? error.message : String(error);
    return { ...emptyResult("moodle_xml"), problems: [{ line: 1, message: `The file could not be read (${detail}).` }] };
  }
}

/**
 * The `<question>` elements to import. Moodle reads only `<quiz>`'s; a file holding one bare
 * `<question>` (as Moodle's own test snippets do) is read as if wrapped in `<quiz>`.
 */
function questionElements(root: XmlElement): XmlElement[] | undefined {
  if (root.name === "quiz") return childrenNamed(root, "question");
  if (root.name === "question") return [root];
  return undefined;
}

/** `<category><text>path</text></category>`, or the older `<category>path</category>`; trimmed. */
function categoryPath(element: XmlElement): string | undefined {
  const category = childNamed(element, "category");
  if (!category) return undefined;
  try {
    const path = childNamed(category, "text") ? ownText(category) : category.children.length === 0 ? phpTrim(category.text) : "";
    return path === "" ? undefined : path;
  } catch (error) {
    if (error instanceof FieldError) return undefined;
    throw error;
  }
}
