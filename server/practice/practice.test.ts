import path from "node:path";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCourse, seedDemo } from "@/db/seed";
import { syncContent } from "@/db/sync-content";
import { getUserByEmail } from "@/db/queries/users";
import { getProgress } from "@/db/queries/progress";
import { listLessonQuestions, type StoredQuestion } from "@/db/queries/questions";
import { lessons, reviewCards } from "@/db/schema";
import { loadContent } from "@/lib/content/load";
import { NotFoundError, PublicError } from "@/lib/errors";
import { fromStoredVersion, type Question } from "@/lib/questions";
import { openFreshDatabase } from "@/tests/integration/fresh-database";
import { rightResponse } from "@/tests/integration/right-response";
import type { CurrentUser } from "@/server/auth/guards";
import { answerPractice, loadPracticeRound } from "./practice";

let database: Awaited<ReturnType<typeof openFreshDatabase>>;
const users: Record<string, CurrentUser> = {};
let lessonId: string;
let otherLessonId: string;

beforeAll(async () => {
  database = await openFreshDatabase();
  await seedDemo({ db: database.db, password: "practice-test-1" });
  await syncContent({ db: database.db, documents: loadContent(path.resolve("content")), courseSlug: demoCourse.slug });
  for (const name of ["student1", "student2", "instructor"]) {
    const user = (await getUserByEmail({ db: database.db, email: `${name}@rampart.test` }))!;
    users[name] = { id: user.id, email: user.email, name: user.name, role: user.role };
  }
  const idOf = async (slug: string) => (await database.db.select({ id: lessons.id }).from(lessons).where(eq(lessons.slug, slug)))[0]!.id;
  lessonId = await idOf("armed-attack");
  otherLessonId = await idOf("conclusion");
});
afterAll(() => database?.close());

function engine(stored: StoredQuestion): Question {
  return fromStoredVersion(stored);
}

describe("practice", () => {
  it("sends learners views without keys, feedback or explanations", async () => {
    const round = await loadPracticeRound({ db: database.db, user: users.student1!, lessonId, roundId: randomUUID() });
    const stored = await listLessonQuestions({ db: database.db, lessonId });
    expect(round).toHaveLength(stored.length);
    const sent = JSON.stringify(round);
    for (const question of stored) {
      expect(sent).not.toContain(question.explanation);
      for (const option of question.options) expect(sent).not.toContain(option.feedback);
      const data = question.data as { accepted?: string[]; modelAnswer?: string };
      for (const accepted of data.accepted ?? []) expect(sent).not.toContain(`"${accepted}"`);
      if (data.modelAnswer) expect(sent).not.toContain(data.modelAnswer);
    }
  });

  it("grades each answer with feedback, schedules it for review, and completes the lesson on a passed round", async () => {
    const roundId = randomUUID();
    const stored = await listLessonQuestions({ db: database.db, lessonId });
    let last;
    for (const question of stored) {
      last = await answerPractice({ db: database.db, user: users.student1!, input: { lessonId, roundId, versionId: question.versionId, response: rightResponse(engine(question)) } });
      expect(last.explanation).toBe(question.explanation);
      if (question.type !== "essay") expect(last.result).toMatchObject({ status: "graded", fraction: 1 });
      else expect(last.result).toEqual({ status: "needs_grading" });
    }
    expect(last!.round).toMatchObject({ complete: true, passed: true, score: 1 });
    expect(await getProgress({ db: database.db, userId: users.student1!.id, lessonId })).toMatchObject({ status: "completed", completionSource: "practice" });
    const cards = await database.db.select().from(reviewCards).where(and(eq(reviewCards.userId, users.student1!.id), eq(reviewCards.lessonId, lessonId)));
    expect(cards).toHaveLength(stored.filter((question) => question.type !== "essay").length);
  });

  it("does not complete the lesson on a round under 80 %", async () => {
    const roundId = randomUUID();
    const stored = (await listLessonQuestions({ db: database.db, lessonId })).filter((question) => question.type === "single_choice" || question.type === "true_false");
    const wrong = stored[0]!;
    const question = engine(wrong);
    const response = question.type === "true_false" ? { value: !question.answer } : { choice: (question as Extract<Question, { type: "single_choice" }>).options.find((option) => option.fraction === 0)!.key };
    const feedback = await answerPractice({ db: database.db, user: users.student2!, input: { lessonId, roundId, versionId: wrong.versionId, response } });
    expect(feedback.result).toMatchObject({ status: "graded", fraction: 0 });
    expect(feedback.round.passed).toBe(false);
    expect((await getProgress({ db: database.db, userId: users.student2!.id, lessonId })).status).toBe("not_started");
  });

  it("refuses malformed answers, questions of another lesson, and learners not enrolled", async () => {
    const [question] = await listLessonQuestions({ db: database.db, lessonId });
    const input = { lessonId, roundId: randomUUID(), versionId: question!.versionId, response: { nonsense: true } };
    await expect(answerPractice({ db: database.db, user: users.student1!, input })).rejects.toBeInstanceOf(PublicError);
    await expect(answerPractice({ db: database.db, user: users.student1!, input: { ...input, lessonId: otherLessonId } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerPractice({ db: database.db, user: users.instructor!, input })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadPracticeRound({ db: database.db, user: users.instructor!, lessonId, roundId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
  });
});
