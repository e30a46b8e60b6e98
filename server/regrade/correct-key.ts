import { createHash } from "node:crypto";
import type { Database } from "@/db/client";
import { PublicError } from "@/lib/errors";
import { insertAuditEntry } from "@/db/queries/grading";
import { getStoredQuestionVersion } from "@/db/queries/questions";
import { insertCorrectedVersion } from "@/db/queries/regrade";
import { applyKeyChange, readKeyCorrection } from "@/lib/regrade/key-correction";
import { missingReason } from "@/lib/regrade/forms";
import { keyFormOf } from "@/lib/regrade/key-form";
import type { CurrentUser } from "@/server/auth/guards";
import { ownedQuestionInQuiz } from "./access";
import { KeyCorrectionError } from "./errors";

/**
 * Saves a corrected key as the question's next version. Attempts keep the version they answered
 * until an instructor regrades them; new attempts and practice get the corrected one at once.
 * The old and new key and the reason go to the audit log.
 */
export async function correctQuestionKey({
  db,
  courseId,
  quizId,
  questionId,
  instructor,
  fields,
  reason,
  now = new Date(),
}: {
  db: Database;
  courseId: string;
  quizId: string;
  questionId: string;
  instructor: CurrentUser;
  fields: Record<string, string>;
  reason: string;
  now?: Date;
}) {
  const { currentVersionId, question } = await ownedQuestionInQuiz({ db, courseId, quizId, questionId });
  const stored = (await getStoredQuestionVersion({ db, versionId: currentVersionId }))!;
  const correction = readKeyCorrection(stored, fields);
  const reasonErrors: Record<string, string[]> = reason.trim() === "" ? { reason: [missingReason] } : {};
  if (correction.status === "invalid") throw new KeyCorrectionError(correction.message, { ...correction.fieldErrors, ...reasonErrors });
  if (reason.trim() === "") throw new KeyCorrectionError("Please correct the highlighted fields.", reasonErrors);
  const next = applyKeyChange(stored, correction.change);
  const contentHash = createHash("sha256").update(JSON.stringify({ stem: next.stem, data: next.data, options: next.options ?? [] })).digest("hex");
  return db.transaction(async (tx) => {
    const created = await insertCorrectedVersion({ tx, questionId, fromVersionId: currentVersionId, data: correction.change.data, fractions: correction.change.fractions, contentHash, createdBy: instructor.id });
    if (!created) throw new PublicError("Someone else corrected this question a moment ago. Look at its key as it is now, then correct it again if it still needs it.");
    await insertAuditEntry({
      tx,
      entry: {
        actorId: instructor.id,
        courseId,
        action: "correct_key",
        entityType: "question",
        entityId: question.id,
        before: { version: created.version - 1, key: keyFormOf(stored) },
        after: { version: created.version, versionId: created.id, key: keyFormOf(next), quizId },
        reason,
        createdAt: now,
      },
    });
    return created;
  });
}
