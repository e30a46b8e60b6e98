import type { Database } from "@/db/client";
import { listQuestionsForExport, type ExportFilter } from "@/db/queries/question-bank";
import { PublicError } from "@/lib/errors";
import { exportedTextFormat } from "@/lib/interchange/bank-form";
import { exportGift } from "@/lib/interchange/gift/write";
import type { InterchangeFormat, InterchangeQuestion } from "@/lib/interchange/model";
import { writeMoodleXml } from "@/lib/interchange/moodle-xml/write";
import { excerpt } from "@/lib/quizzes/format";
import { questionsForVersions } from "@/server/attempts/question-cache";

/** Most questions one export holds: a whole course bank fits many times over. */
export const maxExportQuestions = 5_000;

/**
 * A course's questions (a lesson, a tag, a search, or a selection) as a GIFT or Moodle XML file
 * that Moodle and our importer read back as the same questions. Callers have passed
 * `guards.requireCourseInstructor` for `courseId`.
 */
export async function exportQuestions({ db, courseId, courseTitle, format, filter }: { db: Database; courseId: string; courseTitle: string; format: Exclude<InterchangeFormat, "aiken">; filter: ExportFilter }) {
  const rows = await listQuestionsForExport({ db, courseId, filter });
  if (rows.length === 0) throw new PublicError("No question matches: there is nothing to export.");
  if (rows.length > maxExportQuestions) throw new PublicError(`That is ${rows.length} questions; an export holds at most ${maxExportQuestions}. Export a lesson or a tag at a time.`);
  const engine = await questionsForVersions(db, rows.map((row) => row.versionId));
  const questions: InterchangeQuestion[] = rows.map((row, index) => {
    const question = engine.get(row.versionId)!;
    return {
      name: row.externalId ?? `${index + 1}. ${excerpt(question.stem, 60)}`,
      category: `$course$/${courseTitle}/${row.lessonTitle ?? "No lesson"}`,
      tags: row.tags,
      textFormat: exportedTextFormat,
      line: 0,
      question,
    };
  });
  if (format === "moodle_xml") return { body: writeMoodleXml(questions), count: questions.length, skipped: 0 };
  // What GIFT cannot hold is said at the top of the file, where the instructor opening it will see it.
  const gift = exportGift(questions);
  const notes = [
    ...(gift.skipped.length ? [`// ${gift.skipped.length} of ${questions.length} questions could not be written in GIFT (export Moodle XML to keep them); see the comments where they would be.`] : []),
    ...gift.lost.map((note) => `// "${note.name.replace(/\s+/g, " ")}": ${note.message}`),
  ];
  return { body: notes.length ? `${notes.join("\n")}\n\n${gift.text}` : gift.text, count: questions.length - gift.skipped.length, skipped: gift.skipped.length };
}
