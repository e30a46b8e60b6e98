import type { Database } from "@/db/client";
import { countAttemptsByVersion, getBankQuestion, listQuestionVersions } from "@/db/queries/question-editor";
import { getStoredQuestionVersions } from "@/db/queries/questions";
import { NotFoundError } from "@/lib/errors";
import { fromStoredVersion, type Question } from "@/lib/questions";

export interface VersionEntry {
  id: string;
  version: number;
  createdAt: Date;
  /** Null for versions the content sync or an import made. */
  createdByName: string | null;
  difficulty: number;
  level: string;
  question: Question;
  /** The quizzes whose attempts hold this version, with how many attempts each. */
  usage: { quizId: string; quizTitle: string; attempts: number }[];
}

/** Every version of a course's question, newest first. Callers have passed `guards.requireCourseInstructor` for `courseId`. */
export async function loadQuestionHistory({ db, courseId, questionId }: { db: Database; courseId: string; questionId: string }) {
  const found = await getBankQuestion({ db, courseId, questionId });
  if (!found) throw new NotFoundError("That question");
  const [versions, usage] = await Promise.all([listQuestionVersions({ db, questionId }), countAttemptsByVersion({ db, questionId })]);
  const stored = await getStoredQuestionVersions({ db, versionIds: versions.map((version) => version.id) });
  const entries: VersionEntry[] = versions.map((version) => ({
    ...version,
    question: fromStoredVersion(stored.get(version.id)!),
    usage: usage.filter((row) => row.versionId === version.id).map(({ quizId, quizTitle, attempts }) => ({ quizId, quizTitle, attempts })),
  }));
  return { question: found.question, tags: found.tags, versions: entries };
}
