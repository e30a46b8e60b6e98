import { createHash } from "node:crypto";
import { and, desc, eq, inArray, isNull, notInArray } from "drizzle-orm";
import type { LoadedDocument, LoadedLesson } from "../lib/content/load";
import { optionFractions } from "../lib/content/fractions";
import { countWords } from "../lib/content/paragraphs";
import type { ContentQuestion } from "../lib/content/schema";
import type { Database } from "./client";
import { getCourseBySlug } from "./queries/courses";
import {
  auditLog,
  lessons,
  questionOptions,
  questionTags,
  questionVersions,
  questions,
  rubricCriteria,
  rubricLevels,
  sections,
  sourceDocuments,
  tags,
  units,
} from "./schema";

export interface SyncReport {
  documents: number;
  lessons: { created: number; updated: number; unchanged: number };
  questions: { created: number; newVersions: number; unchanged: number; retired: number; restored: number };
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Loads content/ into the course idempotently, in one transaction. A question whose content
 * changed gets a new version (attempts keep theirs); one that left content/ is retired, not deleted.
 */
export async function syncContent({ db, documents, courseSlug }: { db: Database; documents: LoadedDocument[]; courseSlug: string }) {
  const course = await getCourseBySlug({ db, slug: courseSlug });
  if (!course) throw new Error(`No course "${courseSlug}": run npm run db:seed first.`);
  const report: SyncReport = {
    documents: documents.length,
    lessons: { created: 0, updated: 0, unchanged: 0 },
    questions: { created: 0, newVersions: 0, unchanged: 0, retired: 0, restored: 0 },
  };
  await db.transaction(async (tx) => {
    const seenQuestionIds: string[] = [];
    for (const document of documents) {
      const documentId = await upsertDocument(tx, document);
      const sectionIds = await upsertSections(tx, documentId, document);
      const unitId = await upsertUnit(tx, course.id, documentId, document);
      for (const [index, lesson] of document.lessons.entries()) {
        const sectionPosition = document.sections.findIndex((section) => section.id === lesson.section);
        const lessonId = await upsertLesson(tx, unitId, sectionIds.get(lesson.section) ?? null, sectionPosition >= 0 ? sectionPosition + 1 : index + 1, lesson, report);
        for (const question of lesson.questions) {
          seenQuestionIds.push(await upsertQuestion(tx, course.id, lessonId, question, report));
        }
      }
    }
    // Only questions that came from content/ are retired; authored and imported ones are not ours to touch.
    const fromContent = and(eq(questions.courseId, course.id), eq(questions.status, "active"), eq(questions.origin, "content"));
    const retired = await tx
      .update(questions)
      .set({ status: "retired" })
      .where(seenQuestionIds.length ? and(fromContent, notInArray(questions.id, seenQuestionIds)) : fromContent)
      .returning({ id: questions.id });
    report.questions.retired = retired.length;
  });
  return report;
}

async function upsertDocument(tx: Tx, document: LoadedDocument): Promise<string> {
  const values = {
    slug: document.id,
    title: document.title,
    author: document.author ?? null,
    publisher: document.publisher ?? null,
    kind: document.kind,
    sourceFile: document.sourceFile,
    paragraphCount: document.paragraphCount,
  };
  const [row] = await tx
    .insert(sourceDocuments)
    .values(values)
    .onConflictDoUpdate({ target: sourceDocuments.slug, set: values })
    .returning({ id: sourceDocuments.id });
  return row!.id;
}

async function upsertSections(tx: Tx, documentId: string, document: LoadedDocument) {
  const ids = new Map<string, string>();
  for (const [index, section] of document.sections.entries()) {
    const values = {
      documentId,
      slug: section.id,
      title: section.title,
      position: index + 1,
      paragraphFrom: section.paragraphs[0],
      paragraphTo: section.paragraphs[1],
      words: section.words,
    };
    const [row] = await tx
      .insert(sections)
      .values(values)
      .onConflictDoUpdate({ target: [sections.documentId, sections.slug], set: values })
      .returning({ id: sections.id });
    ids.set(section.id, row!.id);
  }
  return ids;
}

async function upsertUnit(tx: Tx, courseId: string, documentId: string, document: LoadedDocument) {
  const values = { courseId, documentId, slug: document.id, title: document.title, position: document.order };
  const [row] = await tx
    .insert(units)
    .values(values)
    .onConflictDoUpdate({ target: [units.courseId, units.slug], set: values })
    .returning({ id: units.id });
  return row!.id;
}

async function upsertLesson(tx: Tx, unitId: string, sectionId: string | null, position: number, lesson: LoadedLesson, report: SyncReport) {
  const values = {
    unitId,
    sectionId,
    slug: lesson.id,
    title: lesson.title,
    position,
    objectives: lesson.objectives,
    keyTerms: lesson.keyTerms,
    discussion: lesson.discussion,
    body: lesson.body,
    wordCount: countWords(lesson.body),
  };
  const contentHash = hashOf(values);
  const [existing] = await tx
    .select({ id: lessons.id, contentHash: lessons.contentHash })
    .from(lessons)
    .where(and(eq(lessons.unitId, unitId), eq(lessons.slug, lesson.id)));
  if (existing && existing.contentHash === contentHash) {
    report.lessons.unchanged++;
    return existing.id;
  }
  if (existing) {
    await tx.update(lessons).set({ ...values, contentHash }).where(eq(lessons.id, existing.id));
    report.lessons.updated++;
    return existing.id;
  }
  const [row] = await tx.insert(lessons).values({ ...values, contentHash }).returning({ id: lessons.id });
  report.lessons.created++;
  return row!.id;
}

async function upsertQuestion(tx: Tx, courseId: string, lessonId: string, question: ContentQuestion, report: SyncReport) {
  const { id: externalId, tags: tagNames, ...content } = question;
  const contentHash = hashOf(content);
  const [existing] = await tx
    .select()
    .from(questions)
    .where(and(eq(questions.courseId, courseId), eq(questions.externalId, externalId)));
  let questionId: string;
  if (!existing) {
    const [row] = await tx
      .insert(questions)
      .values({ courseId, lessonId, externalId, origin: "content", type: question.type, currentVersion: 1 })
      .returning({ id: questions.id });
    questionId = row!.id;
    await insertVersion(tx, questionId, 1, question, contentHash);
    report.questions.created++;
  } else {
    questionId = existing.id;
    // Compared with the last version content/ made, not the current one: a key an instructor
    // corrected in the browser stays until content/ itself changes the question.
    const [current] = await tx
      .select({ contentHash: questionVersions.contentHash })
      .from(questionVersions)
      .where(and(eq(questionVersions.questionId, questionId), isNull(questionVersions.createdBy)))
      .orderBy(desc(questionVersions.version))
      .limit(1);
    // A question the sync retired (it had left content/) comes back with it; one an instructor
    // retired in the question bank stays retired.
    const status = existing.status === "retired" && (await retiredByInstructor(tx, questionId)) ? "retired" : "active";
    if (existing.status === "retired" && status === "active") report.questions.restored++;
    if (current?.contentHash === contentHash && existing.type === question.type) {
      if (existing.status !== status || existing.lessonId !== lessonId) {
        await tx.update(questions).set({ status, lessonId }).where(eq(questions.id, questionId));
      }
      report.questions.unchanged++;
    } else {
      const version = existing.currentVersion + 1;
      await insertVersion(tx, questionId, version, question, contentHash);
      await tx.update(questions).set({ currentVersion: version, type: question.type, status, lessonId }).where(eq(questions.id, questionId));
      report.questions.newVersions++;
    }
  }
  await syncTags(tx, courseId, questionId, tagNames);
  return questionId;
}

/** Whether the last retire or restore of the question in the bank (audit log) was a retire. */
async function retiredByInstructor(tx: Tx, questionId: string): Promise<boolean> {
  const [last] = await tx
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "question"), eq(auditLog.entityId, questionId), inArray(auditLog.action, ["retire_question", "restore_question"])))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return last?.action === "retire_question";
}

async function insertVersion(tx: Tx, questionId: string, version: number, question: ContentQuestion, contentHash: string) {
  const [row] = await tx
    .insert(questionVersions)
    .values({
      questionId,
      version,
      stem: question.stem,
      explanation: question.explanation,
      difficulty: question.difficulty,
      level: question.level,
      data: versionData(question),
      sourceParagraphs: question.paragraphs,
      contentHash,
    })
    .returning({ id: questionVersions.id });
  const versionId = row!.id;
  if (question.type === "single_choice" || question.type === "multiple_response") {
    const fractions = optionFractions(question);
    await tx.insert(questionOptions).values(
      question.options.map((option, index) => ({
        versionId,
        key: option.id,
        position: index + 1,
        text: option.text,
        fraction: fractions[index] ?? 0,
        feedback: option.feedback,
      })),
    );
  }
  if (question.type === "essay") {
    for (const [index, criterion] of question.rubric.criteria.entries()) {
      const [criterionRow] = await tx
        .insert(rubricCriteria)
        .values({ versionId, key: criterion.id, title: criterion.title, position: index + 1 })
        .returning({ id: rubricCriteria.id });
      await tx.insert(rubricLevels).values(
        criterion.levels.map((level, levelIndex) => ({ criterionId: criterionRow!.id, ...level, position: levelIndex + 1 })),
      );
    }
  }
}

/** Type-specific data that has no table of its own. */
function versionData(question: ContentQuestion): Record<string, unknown> {
  switch (question.type) {
    case "true_false":
      return { answer: question.answer, feedbackTrue: question.feedbackTrue, feedbackFalse: question.feedbackFalse };
    case "short_answer":
      return { accepted: question.accepted };
    case "numerical":
      return { answer: question.answer, tolerance: question.tolerance, unit: question.unit ?? null };
    case "matching":
      return { pairs: question.pairs, distractors: question.distractors };
    case "ordering":
      return { items: question.items };
    case "essay":
      return { modelAnswer: question.modelAnswer };
    case "single_choice":
    case "multiple_response":
      return {};
  }
}

async function syncTags(tx: Tx, courseId: string, questionId: string, names: string[]) {
  const wanted = new Set<string>();
  for (const name of names) {
    const [row] = await tx
      .insert(tags)
      .values({ courseId, name })
      .onConflictDoUpdate({ target: [tags.courseId, tags.name], set: { name } })
      .returning({ id: tags.id });
    wanted.add(row!.id);
  }
  const current = await tx.select({ tagId: questionTags.tagId }).from(questionTags).where(eq(questionTags.questionId, questionId));
  const currentIds = new Set(current.map((row) => row.tagId));
  const missing = [...wanted].filter((id) => !currentIds.has(id));
  const extra = [...currentIds].filter((id) => !wanted.has(id));
  if (missing.length) await tx.insert(questionTags).values(missing.map((tagId) => ({ questionId, tagId })));
  if (extra.length) await tx.delete(questionTags).where(and(eq(questionTags.questionId, questionId), inArray(questionTags.tagId, extra)));
}

function hashOf(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
