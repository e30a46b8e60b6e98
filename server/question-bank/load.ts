import type { Database } from "@/db/client";
import { getBankQuestion } from "@/db/queries/question-editor";
import { getStoredQuestionVersion } from "@/db/queries/questions";
import { NotFoundError } from "@/lib/errors";
import type { QuestionMeta } from "@/lib/question-bank/parse-form";
import { fromStoredVersion } from "@/lib/questions";

/**
 * One question of the course's bank at its current version, as the engine reads it. Callers have
 * passed `guards.requireCourseInstructor` for `courseId`; another course's question is "not found".
 */
export async function loadBankQuestion({ db, courseId, questionId }: { db: Database; courseId: string; questionId: string }) {
  const found = await getBankQuestion({ db, courseId, questionId });
  if (!found) throw new NotFoundError("That question");
  const stored = await getStoredQuestionVersion({ db, versionId: found.version.id });
  if (!stored) throw new NotFoundError("That question");
  const meta: QuestionMeta = { lessonId: found.question.lessonId, tags: found.tags, difficulty: clampDifficulty(found.version.difficulty), level: found.version.level };
  return { row: found.question, version: found.version, question: fromStoredVersion(stored), meta };
}

/** Content files say 1–3; an imported bank may have said otherwise. */
function clampDifficulty(value: number): 1 | 2 | 3 {
  return value <= 1 ? 1 : value >= 3 ? 3 : 2;
}
