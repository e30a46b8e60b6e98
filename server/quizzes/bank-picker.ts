import type { Database } from "@/db/client";
import { listBankQuestions } from "@/db/queries/question-editor";
import { typeLabel } from "@/lib/question-bank/form-fields";
import { excerpt, type BankFilters } from "@/lib/question-bank/list-filters";
import type { QuizBankSearch } from "@/lib/quizzes/bank-search";
import { bankPickerPageSize } from "@/lib/quizzes/bank-search";
import type { CourseInstructorGuard } from "./scope";

export interface BankPickerRow {
  id: string;
  type: string;
  lesson: string;
  excerpt: string;
  tags: string[];
}

/**
 * One page of the course's active questions for the quiz builder's picker, found with the bank's
 * own search and filters. Only what identifies a question leaves the server: its type, lesson,
 * tags and the start of its stem; never its options or key.
 */
export async function searchQuizBank({ db, guards, courseSlug, search }: { db: Database; guards: CourseInstructorGuard; courseSlug: string; search: QuizBankSearch }) {
  const { course } = await guards.requireCourseInstructor(courseSlug);
  const filters: BankFilters = { ...search, status: "active", flagged: false };
  const { rows, total } = await listBankQuestions({ db, courseId: course.id, filters, limit: bankPickerPageSize, offset: (search.page - 1) * bankPickerPageSize });
  return {
    rows: rows.map((row): BankPickerRow => ({ id: row.id, type: typeLabel(row.type), lesson: row.lessonTitle ?? "Not in a lesson", excerpt: excerpt(row.stem, 160), tags: row.tags })),
    total,
    page: search.page,
    pages: Math.max(1, Math.ceil(total / bankPickerPageSize)),
  };
}

export type BankPickerPage = Awaited<ReturnType<typeof searchQuizBank>>;
