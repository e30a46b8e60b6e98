import { and, asc, eq } from "drizzle-orm";
import { defaultReviewOptions } from "@/lib/attempts/review-visibility";
import type { Database } from "./client";
import { insertQuizWithSlots } from "./queries/quiz-admin";
import { courses, lessons, questions, quizzes, units } from "./schema";

/**
 * Graded quizzes for the demo course, added after its content is synced (they draw on its
 * questions). Idempotent: a quiz already present by title is left as the instructor left it.
 */

export const demoQuizTitles = { everyType: "Armed attack: check your understanding", unitReview: "NATO since 2024: unit review" } as const;

export async function seedDemoQuizzes({ db, courseSlug }: { db: Database; courseSlug: string }): Promise<string[]> {
  const [course] = await db.select().from(courses).where(eq(courses.slug, courseSlug)).limit(1);
  if (!course) return [];
  const existing = new Set((await db.select({ title: quizzes.title }).from(quizzes).where(eq(quizzes.courseId, course.id))).map((row) => row.title));
  const created: string[] = [];
  const lessonRows = await db
    .select({ id: lessons.id, slug: lessons.slug })
    .from(lessons)
    .innerJoin(units, eq(units.id, lessons.unitId))
    .where(eq(units.courseId, course.id))
    .orderBy(asc(units.position), asc(lessons.position));
  const lessonId = (slug: string) => lessonRows.find((lesson) => lesson.slug === slug)?.id;

  const armedAttack = lessonId("armed-attack");
  if (!existing.has(demoQuizTitles.everyType) && armedAttack) {
    // One question of each type, in the bank's order, so the quiz shows every kind of answer.
    const bank = await db
      .select({ id: questions.id, type: questions.type })
      .from(questions)
      .where(and(eq(questions.lessonId, armedAttack), eq(questions.status, "active")))
      .orderBy(asc(questions.externalId));
    const firstOfEachType = [...new Map(bank.toReversed().map((question) => [question.type, question])).values()].toReversed();
    await insertQuizWithSlots({
      db,
      quiz: {
        courseId: course.id,
        title: demoQuizTitles.everyType,
        instructions: "Eight questions, one of each kind, on what counts as an armed attack under Article 5. Your answers are saved as you go; essays are marked by your instructor.",
        status: "published",
        timeLimitSeconds: 30 * 60,
        attemptsAllowed: 3,
        gradingMethod: "highest",
        shuffleQuestions: false,
        shuffleOptions: true,
        reviewOptions: defaultReviewOptions,
      },
      slots: firstOfEachType.map((question) => ({ kind: "fixed", questionId: question.id, marks: question.type === "essay" ? 4 : 1 })),
    });
    created.push(demoQuizTitles.everyType);
  }

  const reviewLessons = ["strategic-context", "eastern-flank", "military-aid", "cyber-hybrid", "future-prospects"].map(lessonId).filter((id): id is string => Boolean(id));
  if (!existing.has(demoQuizTitles.unitReview) && reviewLessons.length > 0) {
    await insertQuizWithSlots({
      db,
      quiz: {
        courseId: course.id,
        title: demoQuizTitles.unitReview,
        instructions: "One question drawn at random from each of five lessons; each new attempt draws questions you have not met yet.",
        status: "published",
        gradingMethod: "average",
        shuffleQuestions: true,
        shuffleOptions: true,
        reviewOptions: defaultReviewOptions,
      },
      slots: reviewLessons.map((id) => ({ kind: "random", randomLessonId: id })),
    });
    created.push(demoQuizTitles.unitReview);
  }
  return created;
}

