import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { deleteImportDraft, getImportDraft, insertImportDraft } from "@/db/queries/import-drafts";
import { insertQuestions, listLessonChoices } from "@/db/queries/question-bank";
import { insertAuditEntry } from "@/db/queries/grading";
import { NotFoundError, PublicError } from "@/lib/errors";
import { toBankQuestion } from "@/lib/interchange/bank-form";
import { decodeQuestionFile } from "@/lib/interchange/decode";
import type { InterchangeFormat, ParseResult } from "@/lib/interchange/model";
import { detectFormat, formatLabels, maxQuestionFileBytes, readQuestionFile } from "@/lib/interchange/read-file";
import { storedFormOf } from "@/lib/interchange/stored-form";
import type { Question } from "@/lib/questions";
import type { CurrentUser } from "@/server/auth/guards";

/**
 * Importing a question file: the upload is parsed into a draft the instructor previews, and only
 * the confirmation writes questions, all in one transaction. Callers have passed
 * `guards.requireCourseInstructor` for `courseId`; a draft is its uploader's alone.
 */

export interface ImportPreview {
  format: InterchangeFormat;
  fileName: string;
  questions: { line: number; name: string; tags: string[]; question: Question }[];
  skipped: ParseResult["skipped"];
  problems: ParseResult["problems"];
}

export async function previewQuestionImport({
  db,
  courseId,
  user,
  fileName,
  bytes,
  format,
}: {
  db: Database;
  courseId: string;
  user: CurrentUser;
  fileName: string;
  bytes: Uint8Array;
  format: InterchangeFormat | "detect";
}) {
  if (bytes.byteLength === 0) throw new PublicError("The file is empty: choose a GIFT, Moodle XML or Aiken file, or paste its text.");
  if (bytes.byteLength > maxQuestionFileBytes) {
    throw new PublicError(`The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${maxQuestionFileBytes / 1024 / 1024} MB. Split it into smaller files.`);
  }
  const text = decodeQuestionFile(bytes);
  const chosen = format === "detect" ? detectFormat(fileName, text) : format;
  const parsed = readQuestionFile(chosen, text);
  const preview: ImportPreview = { format: chosen, fileName, questions: [], skipped: parsed.skipped, problems: [...parsed.problems] };
  for (const imported of parsed.questions) {
    const converted = toBankQuestion(imported);
    if (converted.status === "ok") preview.questions.push({ line: imported.line, name: imported.name, tags: imported.tags, question: converted.question });
    else preview.problems.push(converted.problem);
  }
  // The line is shown beside each message, so a parser's own "Line N:" prefix would say it twice.
  preview.problems = preview.problems.map((problem) => ({ ...problem, message: problem.message.replace(/^Line \d+:\s*/i, "") })).sort((a, b) => a.line - b.line);
  return insertImportDraft({ db, draft: { createdBy: user.id, courseId, kind: "questions", format: chosen, fileName, parsed: preview } });
}

export async function loadImportPreview({ db, courseId, user, draftId }: { db: Database; courseId: string; user: CurrentUser; draftId: string }) {
  const draft = await getImportDraft({ db, draftId, courseId, userId: user.id });
  if (!draft || draft.kind !== "questions") throw new NotFoundError("That import");
  const preview = draft.parsed as ImportPreview;
  return { draftId: draft.id, createdAt: draft.createdAt, formatLabel: formatLabels[preview.format], preview, lessons: await listLessonChoices({ db, courseId }) };
}

/** Adds the previewed questions to a lesson and/or under a tag, all or none, and discards the draft. */
export async function confirmQuestionImport({
  db,
  courseId,
  user,
  draftId,
  lessonId,
  tagName,
  now = new Date(),
}: {
  db: Database;
  courseId: string;
  user: CurrentUser;
  draftId: string;
  lessonId: string | null;
  tagName: string | null;
  now?: Date;
}) {
  const { preview, lessons } = await loadImportPreview({ db, courseId, user, draftId });
  if (lessonId && !lessons.some((lesson) => lesson.id === lessonId)) throw new NotFoundError("That lesson");
  if (preview.questions.length === 0) throw new PublicError("There is no question in this file that can be imported.");
  const entries = preview.questions.map(({ question, tags }) => {
    const form = storedFormOf(question);
    return {
      form,
      origin: "imported" as const,
      difficulty: 2 as const,
      level: "understand" as const,
      contentHash: createHash("sha256").update(JSON.stringify(form)).digest("hex"),
      tagNames: [...new Set([...tags, ...(tagName ? [tagName] : [])])],
    };
  });
  return db.transaction(async (tx) => {
    // Deleting the draft first makes a second confirmation (another tab, a double click) find nothing to add.
    if (!(await deleteImportDraft({ tx, draftId }))) throw new PublicError("This import was already confirmed or discarded.");
    const ids = await insertQuestions({ tx, courseId, lessonId, createdBy: user.id, entries });
    await insertAuditEntry({
      tx,
      entry: { actorId: user.id, courseId, action: "import_questions", entityType: "course", entityId: courseId, before: null, after: { fileName: preview.fileName, format: preview.format, questions: ids.length, lessonId, tagName }, createdAt: now },
    });
    return { count: ids.length, questionIds: ids };
  });
}

export async function discardQuestionImport({ db, courseId, user, draftId }: { db: Database; courseId: string; user: CurrentUser; draftId: string }) {
  await loadImportPreview({ db, courseId, user, draftId });
  await db.transaction(async (tx) => {
    await deleteImportDraft({ tx, draftId });
  });
}
