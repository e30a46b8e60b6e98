import type { Database } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/grading";
import { getBankQuestion, setQuestionStatus } from "@/db/queries/question-editor";
import { NotFoundError } from "@/lib/errors";
import type { CurrentUser } from "@/server/auth/guards";

/**
 * Retires a question (random slots stop drawing it; fixed slots and attempts keep it) or brings
 * it back. Callers have passed `guards.requireCourseInstructor` for `courseId`. Returns whether
 * anything changed: a second click, or another tab, finds it done already.
 */
export async function changeQuestionStatus({ db, courseId, questionId, status, instructor }: { db: Database; courseId: string; questionId: string; status: "active" | "retired"; instructor: CurrentUser }) {
  const found = await getBankQuestion({ db, courseId, questionId });
  if (!found) throw new NotFoundError("That question");
  return db.transaction(async (tx) => {
    const changed = await setQuestionStatus({ tx, courseId, questionId, status });
    if (changed) {
      await insertAuditEntry({
        tx,
        entry: { actorId: instructor.id, courseId, action: status === "retired" ? "retire_question" : "restore_question", entityType: "question", entityId: questionId, before: { status: found.question.status }, after: { status } },
      });
    }
    return { changed: !!changed };
  });
}
