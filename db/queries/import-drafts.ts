import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { importDrafts } from "../schema";
import type { Tx } from "./attempts";

/** What an upload (a question file or a document) was read into, kept for its uploader to preview before anything is created. */

export async function insertImportDraft({ db, draft }: { db: Database; draft: typeof importDrafts.$inferInsert }) {
  const [row] = await db.insert(importDrafts).values(draft).returning({ id: importDrafts.id });
  return row!.id;
}

/** A draft, only for the instructor who uploaded it, in the course it was uploaded to. */
export async function getImportDraft({ db, draftId, courseId, userId }: { db: Database | Tx; draftId: string; courseId: string; userId: string }) {
  const [row] = await db
    .select()
    .from(importDrafts)
    .where(and(eq(importDrafts.id, draftId), eq(importDrafts.courseId, courseId), eq(importDrafts.createdBy, userId)))
    .limit(1);
  return row;
}

/** Removes the draft; undefined when it is already gone (confirmed twice, or by another tab). */
export async function deleteImportDraft({ tx, draftId }: { tx: Tx; draftId: string }) {
  const [row] = await tx.delete(importDrafts).where(eq(importDrafts.id, draftId)).returning({ id: importDrafts.id });
  return row;
}

export async function updateImportDraft({ db, draftId, parsed }: { db: Database; draftId: string; parsed: unknown }) {
  await db.update(importDrafts).set({ parsed }).where(eq(importDrafts.id, draftId));
}
