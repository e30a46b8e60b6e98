import { describe, expect, it } from "vitest";
import { applicableAccommodation, effectiveRules, type QuizRules } from "./accommodations";

const quiz: QuizRules = {
  timeLimitSeconds: 1800,
  opensAt: new Date("2026-12-01T09:00:00Z"),
  closesAt: new Date("2026-12-08T17:00:00Z"),
  attemptsAllowed: 2,
};
const none = { timeMultiplier: null, extraSeconds: null, extraAttempts: null, closesAt: null };

describe("effective rules", () => {
  it("are the quiz's own without an accommodation", () => {
    expect(effectiveRules({ quiz })).toEqual(quiz);
    expect(effectiveRules({ quiz, accommodation: none })).toEqual(quiz);
  });

  it("scale the time limit, then add extra seconds", () => {
    expect(effectiveRules({ quiz, accommodation: { ...none, timeMultiplier: 1.5, extraSeconds: 300 } }).timeLimitSeconds).toBe(1800 * 1.5 + 300);
    expect(effectiveRules({ quiz: { ...quiz, timeLimitSeconds: 101 }, accommodation: { ...none, timeMultiplier: 1.25 } }).timeLimitSeconds).toBe(127);
  });

  it("leave an untimed quiz untimed", () => {
    const accommodation = { ...none, timeMultiplier: 2, extraSeconds: 600 };
    expect(effectiveRules({ quiz: { ...quiz, timeLimitSeconds: null }, accommodation }).timeLimitSeconds).toBeNull();
    expect(effectiveRules({ quiz: { ...quiz, timeLimitSeconds: 0 }, accommodation }).timeLimitSeconds).toBeNull();
  });

  it("add extra attempts, and unlimited stays unlimited", () => {
    expect(effectiveRules({ quiz, accommodation: { ...none, extraAttempts: 1 } }).attemptsAllowed).toBe(3);
    expect(effectiveRules({ quiz: { ...quiz, attemptsAllowed: null }, accommodation: { ...none, extraAttempts: 1 } }).attemptsAllowed).toBeNull();
  });

  it("close at the later of the two close times", () => {
    const later = new Date("2026-12-10T17:00:00Z");
    const earlier = new Date("2026-12-05T17:00:00Z");
    expect(effectiveRules({ quiz, accommodation: { ...none, closesAt: later } }).closesAt).toEqual(later);
    expect(effectiveRules({ quiz, accommodation: { ...none, closesAt: earlier } }).closesAt).toEqual(quiz.closesAt);
    expect(effectiveRules({ quiz: { ...quiz, closesAt: null }, accommodation: { ...none, closesAt: later } }).closesAt).toBeNull();
  });

  it("never tighten the rules", () => {
    const rules = effectiveRules({ quiz, accommodation: { timeMultiplier: 0.5, extraSeconds: -60, extraAttempts: -1, closesAt: null } });
    expect(rules).toEqual(quiz);
  });
});

describe("which accommodation applies", () => {
  const courseWide = { quizId: null, extraSeconds: 60 };
  const forQuiz = { quizId: "quiz-1", extraSeconds: 600 };

  it("prefers the row for this quiz over the course-wide one", () => {
    expect(applicableAccommodation([courseWide, forQuiz], "quiz-1")).toBe(forQuiz);
    expect(applicableAccommodation([courseWide, forQuiz], "quiz-2")).toBe(courseWide);
    expect(applicableAccommodation([forQuiz], "quiz-2")).toBeNull();
  });
});
