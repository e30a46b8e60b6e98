import { lessonMastery } from "../review/mastery";
import type { StoredCard } from "../review/stored-card";
import type { ProgressStatus } from "./progress";

/** Summaries for the course map: completion per unit and course, and where to continue. */
export interface MapLesson {
  id: string;
  slug: string;
  status: ProgressStatus;
  lastParagraph: number;
  updatedAt: Date | null;
}

export function completion(lessons: readonly { status: ProgressStatus }[]) {
  const completed = lessons.filter((lesson) => lesson.status === "completed").length;
  return { completed, total: lessons.length, percent: lessons.length ? Math.round((completed / lessons.length) * 100) : 0 };
}

/**
 * Continue with the lesson read most recently if it is unfinished; otherwise the first lesson
 * not yet completed after it (or from the start).
 */
export function continueTarget(lessons: readonly MapLesson[]): MapLesson | undefined {
  const touched = lessons.filter((lesson) => lesson.updatedAt).sort((a, b) => b.updatedAt!.getTime() - a.updatedAt!.getTime());
  const latest = touched[0];
  if (!latest) return undefined;
  if (latest.status !== "completed") return latest;
  const after = lessons.slice(lessons.indexOf(latest) + 1).find((lesson) => lesson.status !== "completed");
  return after ?? lessons.find((lesson) => lesson.status !== "completed");
}

export interface LessonMastery {
  /** The lesson's review cards: its questions the learner has answered (essays excepted). */
  practised: number;
  /** The share of them predicted above 90 % recall, in whole percent, rounded down so that 100 means every one. */
  percent: number;
}

/** Mastery per lesson from the learner's review cards (see `lessonMastery`); lessons never practised are absent. */
export function masteryByLesson(cards: readonly (StoredCard & { lessonId: string })[], now: Date): Map<string, LessonMastery> {
  const byLesson = new Map<string, StoredCard[]>();
  for (const card of cards) {
    const own = byLesson.get(card.lessonId);
    if (own) own.push(card);
    else byLesson.set(card.lessonId, [card]);
  }
  return new Map([...byLesson].map(([lessonId, own]) => [lessonId, { practised: own.length, percent: Math.floor(lessonMastery(own, now) * 100 + 1e-9) }]));
}
