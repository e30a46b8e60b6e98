import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/grading";
import { insertQuestions } from "@/db/queries/question-bank";
import { insertEditedVersion, isCourseLesson, replaceQuestionTags, setQuestionLesson } from "@/db/queries/question-editor";
import { PublicError } from "@/lib/errors";
import { storedFormOf } from "@/lib/interchange/stored-form";
import { canonicalJson, sameContent, sameTags, versionContentOf, type VersionContent } from "@/lib/question-bank/changes";
import type { Fields } from "@/lib/question-bank/form-fields";
import { formValuesOf } from "@/lib/question-bank/form-values";
import { parseQuestionForm, type ParsedQuestionForm } from "@/lib/question-bank/parse-form";
import type { CurrentUser } from "@/server/auth/guards";
import { QuestionFormError } from "./errors";
import { loadBankQuestion } from "./load";

/**
 * Writing the bank from the editor. Callers have passed `guards.requireCourseInstructor` for
 * `courseId`. A saved edit is a new version: attempts keep the version they were given, new
 * attempts and practice get the new one. Each write is in the course's audit log.
 */

type Parsed = Extract<ParsedQuestionForm, { ok: true }>;

async function readForm(db: Database, courseId: string, fields: Fields): Promise<Parsed> {
  const parsed = parseQuestionForm(fields);
  if (!parsed.ok) throw new QuestionFormError(parsed.fieldErrors);
  if (parsed.meta.lessonId && !(await isCourseLesson({ db, courseId, lessonId: parsed.meta.lessonId }))) {
    throw new QuestionFormError({ lesson: ["Choose a lesson from the list."] });
  }
  return parsed;
}

const hashOf = (content: VersionContent) => createHash("sha256").update(canonicalJson(content)).digest("hex");

export async function createBankQuestion({ db, courseId, instructor, fields }: { db: Database; courseId: string; instructor: CurrentUser; fields: Fields }) {
  const { question, meta } = await readForm(db, courseId, fields);
  const content = versionContentOf(question, meta);
  return db.transaction(async (tx) => {
    const [questionId] = await insertQuestions({
      tx,
      courseId,
      lessonId: meta.lessonId,
      createdBy: instructor.id,
      entries: [{ form: storedFormOf(question), origin: "authored", difficulty: meta.difficulty, level: meta.level, contentHash: hashOf(content), tagNames: meta.tags }],
    });
    await insertAuditEntry({ tx, entry: { actorId: instructor.id, courseId, action: "create_question", entityType: "question", entityId: questionId!, after: { version: 1, ...content, lessonId: meta.lessonId, tags: meta.tags } } });
    return { questionId: questionId! };
  });
}

export type SaveOutcome = { outcome: "unchanged" | "details" | "new_version"; version: number };

/**
 * Saves the editor's form over the version it was opened on (`fromVersion`). Nothing changed:
 * nothing written. Only the lesson or tags changed: those are the question's, not a version's, so
 * they change in place. Anything else: a new version.
 */
export async function saveBankQuestion({ db, courseId, questionId, fromVersion, instructor, fields }: { db: Database; courseId: string; questionId: string; fromVersion: number; instructor: CurrentUser; fields: Fields }): Promise<SaveOutcome> {
  const current = await loadBankQuestion({ db, courseId, questionId });
  const stale = () => new PublicError(`Someone saved version ${current.row.currentVersion} of this question since you opened it. Open it again to see their changes, then make yours.`);
  if (current.row.currentVersion !== fromVersion) throw stale();
  const { question, meta } = await readForm(db, courseId, { ...fields, type: current.row.type });
  // The stored version read back through the form, so trimming and defaults are not taken for edits.
  const baseline = parseQuestionForm(formValuesOf(current.question, current.meta));
  const before = versionContentOf(baseline.ok ? baseline.question : current.question, current.meta);
  const after = versionContentOf(question, meta);
  const contentChanged = !sameContent(before, after);
  const lessonChanged = meta.lessonId !== current.meta.lessonId;
  const tagsChanged = !sameTags(meta.tags, current.meta.tags);
  if (!contentChanged && !lessonChanged && !tagsChanged) return { outcome: "unchanged", version: fromVersion };
  return db.transaction(async (tx) => {
    let version = fromVersion;
    if (contentChanged) {
      const created = await insertEditedVersion({ tx, courseId, questionId, fromVersion, form: after.form, difficulty: meta.difficulty, level: meta.level, contentHash: hashOf(after), createdBy: instructor.id });
      if (!created) throw stale();
      version = created.version;
    }
    if (lessonChanged) await setQuestionLesson({ tx, courseId, questionId, lessonId: meta.lessonId });
    if (tagsChanged) await replaceQuestionTags({ tx, courseId, questionId, names: meta.tags });
    await insertAuditEntry({
      tx,
      entry: {
        actorId: instructor.id,
        courseId,
        action: "edit_question",
        entityType: "question",
        entityId: questionId,
        before: { version: fromVersion, ...(contentChanged ? before : {}), lessonId: current.meta.lessonId, tags: current.meta.tags },
        after: { version, ...(contentChanged ? after : {}), lessonId: meta.lessonId, tags: meta.tags },
      },
    });
    return { outcome: contentChanged ? "new_version" : "details", version };
  });
}
