import { masteryByLesson } from "../reading/course-map";
import type { ProgressStatus } from "../reading/progress";
import type { StoredCard } from "../review/stored-card";

/** The class's progress through a course: learners × lessons, with totals both ways. */

export interface ProgressLearner {
  userId: string;
  name: string;
  email: string;
}

export interface ProgressLesson {
  id: string;
  title: string;
  unitTitle: string;
}

export interface ReadingRow {
  userId: string;
  lessonId: string;
  status: ProgressStatus;
  visibleSeconds: number;
}

export interface ProgressCell {
  status: ProgressStatus;
  /** Whole percent of the learner's cards for the lesson above 90 % predicted recall; null if never practised. */
  mastery: number | null;
}

export interface LearnerProgress extends ProgressLearner {
  cells: Record<string, ProgressCell>;
  completed: number;
  visibleSeconds: number;
}

export interface LessonSummary extends ProgressLesson {
  completed: number;
  /** Learners with at least one review card for the lesson. */
  practised: number;
  /** Mean mastery of the learners who practised it, whole percent; null if nobody did. */
  averageMastery: number | null;
}

export function classProgress({
  learners,
  lessons,
  reading,
  cards,
  now,
}: {
  learners: readonly ProgressLearner[];
  lessons: readonly ProgressLesson[];
  reading: readonly ReadingRow[];
  cards: readonly (StoredCard & { userId: string; lessonId: string })[];
  now: Date;
}): { learners: LearnerProgress[]; lessons: LessonSummary[] } {
  const readingByUser = groupBy(reading, (row) => row.userId);
  const cardsByUser = groupBy(cards, (card) => card.userId);
  const rows = learners.map((learner) => {
    const progress = new Map((readingByUser.get(learner.userId) ?? []).map((row) => [row.lessonId, row]));
    const mastery = masteryByLesson(cardsByUser.get(learner.userId) ?? [], now);
    const cells: Record<string, ProgressCell> = {};
    let completed = 0;
    let visibleSeconds = 0;
    for (const lesson of lessons) {
      const read = progress.get(lesson.id);
      const status = read?.status ?? "not_started";
      if (status === "completed") completed++;
      visibleSeconds += read?.visibleSeconds ?? 0;
      cells[lesson.id] = { status, mastery: mastery.get(lesson.id)?.percent ?? null };
    }
    return { ...learner, cells, completed, visibleSeconds };
  });
  const summaries = lessons.map((lesson) => {
    const cells = rows.map((row) => row.cells[lesson.id]!);
    const masteries = cells.map((cell) => cell.mastery).filter((value): value is number => value !== null);
    return {
      ...lesson,
      completed: cells.filter((cell) => cell.status === "completed").length,
      practised: masteries.length,
      averageMastery: masteries.length ? Math.round(masteries.reduce((sum, value) => sum + value, 0) / masteries.length) : null,
    };
  });
  return { learners: rows, lessons: summaries };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export const progressStatusLabels: Record<ProgressStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  completed: "Completed",
};

/** Time spent as hours and minutes ("1 h 05 min", "12 min", "0 min"). */
export function formatTimeSpent(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
