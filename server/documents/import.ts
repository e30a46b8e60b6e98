import type { Database } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/grading";
import { deleteImportDraft, getImportDraft, insertImportDraft, updateImportDraft } from "@/db/queries/import-drafts";
import { insertDraftUnit, setUnitStatus } from "@/db/queries/document-units";
import { outlineOf, readBoundaries, sectionsOf, type DraftSection } from "@/lib/document-import/boundaries";
import { formatFromFileName, importDocument, MAX_DOCUMENT_CHARACTERS, type Byline, type DocumentFormat } from "@/lib/documents/import-document";
import { NotFoundError, PublicError } from "@/lib/errors";
import type { CurrentUser } from "@/server/auth/guards";

/**
 * New documents become lessons: an upload is cleaned and split into sections (lib/documents), kept
 * as a draft the instructor adjusts, then made into a draft unit with a lesson per section, which
 * learners see once it is published. Callers have passed `guards.requireCourseInstructor`.
 */

export interface DocumentDraft {
  fileName: string;
  title: string;
  byline?: Byline;
  sections: DraftSection[];
  removed: string[];
  warnings: string[];
}

export class BoundaryError extends PublicError {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("Please correct the highlighted fields.");
    this.name = "BoundaryError";
  }
}

export async function previewDocumentImport({ db, courseId, user, fileName, text, format }: { db: Database; courseId: string; user: CurrentUser; fileName: string; text: string; format: DocumentFormat | "detect" }) {
  const chosen = format === "detect" ? (formatFromFileName(fileName) ?? (/^\s*</.test(text) ? "html" : /^#{1,3} /m.test(text) ? "markdown" : "text")) : format;
  const result = importDocument({ text, format: chosen, fileName });
  if (!result.ok) throw new PublicError(result.message);
  const draft: DocumentDraft = { fileName, title: result.title, byline: result.byline, sections: result.sections.map(({ title, paragraphs }) => ({ title, paragraphs })), removed: result.removed, warnings: result.warnings };
  return insertImportDraft({ db, draft: { createdBy: user.id, courseId, kind: "document", format: chosen, fileName, parsed: draft } });
}

export async function loadDocumentDraft({ db, courseId, user, draftId }: { db: Database; courseId: string; user: CurrentUser; draftId: string }) {
  const row = await getImportDraft({ db, draftId, courseId, userId: user.id });
  if (!row || row.kind !== "document") throw new NotFoundError("That document");
  return { draftId: row.id, format: row.format as DocumentFormat, draft: row.parsed as DocumentDraft };
}

/** Applies the instructor's title and section boundaries to the draft and keeps them. */
export async function adjustDocumentDraft({ db, courseId, user, draftId, fields }: { db: Database; courseId: string; user: CurrentUser; draftId: string; fields: Record<string, string> }) {
  const { draft } = await loadDocumentDraft({ db, courseId, user, draftId });
  const adjusted = applyAdjustments(draft, fields);
  await updateImportDraft({ db, draftId, parsed: adjusted });
  return adjusted;
}

/** Creates the draft unit from the draft as adjusted in the same form, and discards the draft. */
export async function createUnitFromDraft({ db, courseId, user, draftId, fields, now = new Date() }: { db: Database; courseId: string; user: CurrentUser; draftId: string; fields: Record<string, string>; now?: Date }) {
  const { draft } = await loadDocumentDraft({ db, courseId, user, draftId });
  const adjusted = applyAdjustments(draft, fields);
  return db.transaction(async (tx) => {
    if (!(await deleteImportDraft({ tx, draftId }))) throw new PublicError("This document was already made into a unit or discarded.");
    const unit = await insertDraftUnit({ tx, courseId, title: adjusted.title, author: adjusted.byline?.author ?? null, fileName: draft.fileName, draftSections: adjusted.sections });
    await insertAuditEntry({ tx, entry: { actorId: user.id, courseId, action: "create_unit", entityType: "unit", entityId: unit.id, before: null, after: { title: adjusted.title, lessons: adjusted.sections.length, fileName: draft.fileName }, createdAt: now } });
    return unit;
  });
}

export async function discardDocumentDraft({ db, courseId, user, draftId }: { db: Database; courseId: string; user: CurrentUser; draftId: string }) {
  await loadDocumentDraft({ db, courseId, user, draftId });
  await db.transaction(async (tx) => {
    await deleteImportDraft({ tx, draftId });
  });
}

export async function setUnitPublished({ db, courseId, user, unitId, published, now = new Date() }: { db: Database; courseId: string; user: CurrentUser; unitId: string; published: boolean; now?: Date }) {
  return db.transaction(async (tx) => {
    const unit = await setUnitStatus({ db: tx, courseId, unitId, status: published ? "published" : "draft" });
    if (!unit) throw new NotFoundError("That unit");
    await insertAuditEntry({ tx, entry: { actorId: user.id, courseId, action: published ? "publish_unit" : "unpublish_unit", entityType: "unit", entityId: unitId, before: null, after: { title: unit.title }, createdAt: now } });
    return unit;
  });
}

function applyAdjustments(draft: DocumentDraft, fields: Record<string, string>): DocumentDraft {
  const result = readBoundaries(outlineOf(draft.sections).paragraphs, fields);
  if (result.status === "invalid") throw new BoundaryError(result.fieldErrors);
  return { ...draft, title: result.title, sections: sectionsOf(result.outline) };
}

export { MAX_DOCUMENT_CHARACTERS };
