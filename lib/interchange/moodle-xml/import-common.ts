import type { TextFormat } from "../model";
import { cleanName, formatOf, leafText, nameFromText, numberOf, ownText, phpTrim, textOf, valueOf } from "./fields";
import { childNamed, childrenNamed, type XmlElement } from "./xml-tree";

/** What every question type shares, read as Moodle's `import_headers` reads it. */
export interface Common {
  element: XmlElement;
  name: string;
  /** False when the file gave no name and one was made from the text. */
  named: boolean;
  stem: string;
  explanation: string;
  textFormat: TextFormat;
  idNumber?: string;
  tags: string[];
  defaultMark?: number;
  /** Warnings about a question that still imports; each becomes a problem on the question's line. */
  notes: string[];
}

export function readCommon(element: XmlElement): Common {
  const questionText = childNamed(element, "questiontext");
  const textFormat = formatOf(questionText, "html");
  const stem = (textOf(element, "questiontext") ?? "") + oldImage(element);
  const rawName = textOf(element, "name");
  const name = rawName === undefined ? "" : cleanName(rawName);
  const idNumberElement = childNamed(element, "idnumber");
  // Moodle keeps the ID number as written (entities decoded, spaces kept).
  const idNumber = idNumberElement ? leafText(idNumberElement) : undefined;
  const defaultMark = numberOf(valueOf(element, "defaultgrade") ?? "");
  const tags = childrenNamed(childNamed(element, "tags"), "tag")
    .map(ownText)
    .filter((tag) => tag !== "");
  return {
    element,
    name: name === "" ? nameFromText(stem) : name,
    named: name !== "",
    stem,
    explanation: textOf(element, "generalfeedback") ?? "",
    textFormat,
    ...(idNumber === undefined || phpTrim(idNumber) === "" ? {} : { idNumber }),
    tags,
    ...(defaultMark === null ? {} : { defaultMark }),
    notes: hasEmbeddedFiles(element) ? ["its embedded files (pictures, sounds) were not imported, so links to them in its texts will not work"] : [],
  };
}

/** Moodle files carry pictures as base64 `<file>` elements inside any text, and old ones as `<image_base64>`. */
function hasEmbeddedFiles(question: XmlElement): boolean {
  const pending = [...question.children];
  while (pending.length > 0) {
    const element = pending.pop()!;
    if (element.name === "file" || element.name === "image_base64") return true;
    for (const child of element.children) pending.push(child);
  }
  return false;
}

/**
 * Files from before Moodle 2.0 attach one picture in `<image>` and `<image_base64>`; Moodle stores
 * it and links it at the end of the question text. We keep the link (the picture itself is not
 * imported), so the text reads as it does in Moodle.
 */
function oldImage(element: XmlElement): string {
  const data = childNamed(element, "image_base64");
  const file = childNamed(element, "image");
  if (!data || !file) return "";
  const [dataText, fileName] = [leafText(data), leafText(file)];
  if (!isPhpTruthy(dataText) || !isPhpTruthy(fileName)) return "";
  // Moodle's PARAM_FILE cleaning: slashes become underscores; control and quoting characters go.
  const cleaned = fileName.replaceAll("/", "_").replace(/[\u0000-\u001f\u007f&<>"`|':\\]/g, "");
  return cleaned === "." || cleaned === ".." ? "" : ` <img src="@@PLUGINFILE@@/${cleaned}" />`;
}

function isPhpTruthy(text: string): boolean {
  return text !== "" && text !== "0";
}
