import { z } from "zod";

/** Where a learner stands on one quiz, as the gradebook shows it. */
export const gradebookStatuses = ["not_attempted", "in_progress", "awaiting_grading", "graded"] as const;
export type GradebookStatus = (typeof gradebookStatuses)[number];

export const statusLabels: Record<GradebookStatus, string> = {
  not_attempted: "Not attempted",
  in_progress: "In progress",
  awaiting_grading: "Awaiting grading",
  graded: "Graded",
};

export interface AttemptCounts {
  /** Every real attempt (instructor previews excepted), in progress or submitted. */
  total: number;
  inProgress: number;
  /** Submitted attempts with an answer still to be marked by hand. */
  awaitingGrading: number;
}

/**
 * An answer waiting for the instructor comes first (it is what they can act on), then an attempt
 * still open; a learner with submitted attempts and nothing pending is graded.
 */
export function gradebookStatus(counts: AttemptCounts): GradebookStatus {
  if (counts.total === 0) return "not_attempted";
  if (counts.awaitingGrading > 0) return "awaiting_grading";
  if (counts.inProgress > 0) return "in_progress";
  return "graded";
}

/** A grade fraction as a whole-or-one-decimal percentage (0.875 → 87.5), null stays null. */
export function gradePercent(grade: number | null): number | null {
  if (grade === null) return null;
  return Math.round(grade * 1000) / 10;
}

export function formatPercent(grade: number | null): string {
  const percent = gradePercent(grade);
  return percent === null ? "—" : `${percent} %`;
}

export interface GradebookQuiz {
  id: string;
  title: string;
  gradingMethod: "highest" | "average" | "first" | "last";
  attemptsAllowed: number | null;
  published: boolean;
}

export interface GradebookCell {
  /** quiz_grades.grade: a fraction 0..1, null while awaiting grading or never attempted. */
  grade: number | null;
  attempts: number;
  status: GradebookStatus;
}

export interface GradebookRow {
  userId: string;
  name: string;
  email: string;
  /** By quiz id. */
  cells: Record<string, GradebookCell>;
}

export const gradingMethodLabels: Record<GradebookQuiz["gradingMethod"], string> = {
  highest: "highest attempt",
  average: "average of attempts",
  first: "first attempt",
  last: "last attempt",
};

/** The page's query string: filter text, status, sort key and direction; anything unreadable falls back. */
export const gradebookQuerySchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  status: z.enum(gradebookStatuses).optional().catch(undefined),
  /** "name", "email", or a quiz id (sort by that quiz's grade). */
  sort: z.string().max(64).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
});
export type GradebookQuery = z.infer<typeof gradebookQuerySchema>;

export function parseGradebookQuery(params: Record<string, string | string[] | undefined>): GradebookQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return gradebookQuerySchema.parse({ q: first(params.q), status: first(params.status) || undefined, sort: first(params.sort), dir: first(params.dir) });
}

/** Learners whose name or email contains the text (any case), and who have the status on at least one quiz. */
export function filterRows(rows: readonly GradebookRow[], query: Pick<GradebookQuery, "q" | "status">): GradebookRow[] {
  const needle = query.q.toLocaleLowerCase();
  return rows.filter((row) => {
    if (needle && !row.name.toLocaleLowerCase().includes(needle) && !row.email.toLocaleLowerCase().includes(needle)) return false;
    if (query.status && !Object.values(row.cells).some((cell) => cell.status === query.status)) return false;
    return true;
  });
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * Sorted by name, email or one quiz's grade. Learners without a grade for that quiz go last in
 * either direction; ties fall back to name, then email, so the order is stable.
 */
export function sortRows(rows: readonly GradebookRow[], query: Pick<GradebookQuery, "sort" | "dir">): GradebookRow[] {
  const sign = query.dir === "desc" ? -1 : 1;
  const byName = (a: GradebookRow, b: GradebookRow) => collator.compare(a.name, b.name) || collator.compare(a.email, b.email);
  return [...rows].sort((a, b) => {
    if (query.sort === "email") return sign * (collator.compare(a.email, b.email) || collator.compare(a.name, b.name));
    if (query.sort !== "name") {
      const ga = a.cells[query.sort]?.grade ?? null;
      const gb = b.cells[query.sort]?.grade ?? null;
      if (ga === null && gb !== null) return 1;
      if (gb === null && ga !== null) return -1;
      if (ga !== null && gb !== null && ga !== gb) return sign * (ga - gb);
      return byName(a, b);
    }
    return sign * byName(a, b);
  });
}

/** The gradebook as CSV rows: one per learner, a grade column and an attempts column per quiz. */
export function gradebookCsvRows(quizzes: readonly GradebookQuiz[], rows: readonly GradebookRow[]): (string | number | null)[][] {
  const header = ["Name", "Email", ...quizzes.flatMap((quiz) => [`${quiz.title} (%)`, `${quiz.title} (attempts)`, `${quiz.title} (status)`])];
  return [
    header,
    ...rows.map((row) => [
      row.name,
      row.email,
      ...quizzes.flatMap((quiz) => {
        const cell = row.cells[quiz.id];
        return [gradePercent(cell?.grade ?? null), cell?.attempts ?? 0, statusLabels[cell?.status ?? "not_attempted"]];
      }),
    ]),
  ];
}
