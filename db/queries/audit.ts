import { and, asc, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { auditLog, courses, users } from "../schema";

/**
 * Reading the audit log (its writers call insertAuditEntry in ./grading). Authorization lives in
 * server/admin/audit: only admins read it, so nothing here scopes by owner.
 */
export interface AuditConditions {
  action?: string;
  courseId?: string;
  /** Entries this account made, or entries about this account. */
  userId?: string;
  /** A LIKE pattern (already escaped) over the reason and the entity id. */
  pattern?: string;
  since?: Date;
  before?: Date;
}

function whereOf(conditions: AuditConditions): SQL | undefined {
  const parts: SQL[] = [];
  if (conditions.action) parts.push(eq(auditLog.action, conditions.action));
  if (conditions.courseId) parts.push(eq(auditLog.courseId, conditions.courseId));
  if (conditions.userId) {
    parts.push(or(eq(auditLog.actorId, conditions.userId), and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, conditions.userId)))!);
  }
  if (conditions.pattern) parts.push(or(ilike(auditLog.reason, conditions.pattern), ilike(auditLog.entityId, conditions.pattern))!);
  if (conditions.since) parts.push(gte(auditLog.createdAt, conditions.since));
  if (conditions.before) parts.push(lt(auditLog.createdAt, conditions.before));
  return parts.length ? and(...parts) : undefined;
}

const actor = alias(users, "actor");
const subject = alias(users, "subject");

/** Newest first; the id breaks ties between entries written in the same transaction. */
export async function listAuditEntries({ db, conditions, limit, offset }: { db: Database; conditions: AuditConditions; limit: number; offset: number }) {
  return db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      reason: auditLog.reason,
      actorId: auditLog.actorId,
      actorName: actor.name,
      actorEmail: actor.email,
      courseId: auditLog.courseId,
      courseTitle: courses.title,
      subjectName: subject.name,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(courses, eq(courses.id, auditLog.courseId))
    // entity_id is text (it also holds question and response ids), so the user's id is cast to meet it.
    .leftJoin(subject, and(eq(auditLog.entityType, "user"), eq(sql`${subject.id}::text`, auditLog.entityId)))
    .where(whereOf(conditions))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
}

export async function countAuditEntries({ db, conditions }: { db: Database; conditions: AuditConditions }) {
  const [row] = await db.select({ total: count() }).from(auditLog).where(whereOf(conditions));
  return row?.total ?? 0;
}

/** The action codes that occur, for the filter's choices. */
export async function listAuditActions({ db }: { db: Database }) {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((row) => row.action);
}
