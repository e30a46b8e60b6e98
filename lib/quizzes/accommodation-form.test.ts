import { describe, expect, it } from "vitest";
import {
  accommodationMessages,
  parseAccommodationForm,
  relaxesAnything,
  removeAccommodationFormSchema,
  removeLearnerAccommodationFormSchema,
  saveAccommodationFormSchema,
  saveLearnerAccommodationFormSchema,
} from "./accommodation-form";
import { describeAccommodation, formatAttempts, formatDuration, formatWindow } from "./format";

const learner = "6a1f3c2e-5b4d-4e8f-9a7b-1c2d3e4f5a6b";
const quizId = "6a1f3c2e-5b4d-4e8f-9a7b-1c2d3e4f5a6c";

describe("accommodation form", () => {
  it("reads a multiplier, extra minutes, extra attempts and a later close", () => {
    const result = parseAccommodationForm({
      userId: learner,
      scope: "quiz",
      timeMultiplier: "1.5",
      extraMinutes: "10",
      extraAttempts: "1",
      closesAt: "2026-06-10T12:00",
      timeZone: "Europe/Paris",
    });
    expect(result).toEqual({
      ok: true,
      value: { userId: learner, scope: "quiz", timeMultiplier: 1.5, extraSeconds: 600, extraAttempts: 1, closesAt: new Date("2026-06-10T10:00:00Z") },
    });
  });

  it("accepts only values that relax the rules", () => {
    const errors = (fields: Record<string, string>) => {
      const result = parseAccommodationForm({ userId: learner, ...fields });
      return result.ok ? {} : result.errors;
    };
    expect(errors({ timeMultiplier: "0.5" })).toEqual({ timeMultiplier: [accommodationMessages.multiplier] });
    expect(errors({ timeMultiplier: "5" })).toEqual({ timeMultiplier: [accommodationMessages.multiplier] });
    expect(errors({ extraMinutes: "-5" })).toEqual({ extraMinutes: [accommodationMessages.extraMinutes] });
    expect(errors({ extraAttempts: "-1" })).toEqual({ extraAttempts: [accommodationMessages.extraAttempts] });
    expect(errors({ timeMultiplier: "1", extraMinutes: "0" })).toEqual({ form: [accommodationMessages.nothing] });
    expect(errors({ userId: "someone", extraMinutes: "5" })).toEqual({ userId: [accommodationMessages.learner] });
    expect(errors({ scope: "everything", extraMinutes: "5" })).toEqual({ scope: [accommodationMessages.scope] });
  });

  it("knows when an accommodation changes nothing", () => {
    expect(relaxesAnything({ timeMultiplier: 1, extraSeconds: 0, extraAttempts: 0, closesAt: null })).toBe(false);
    expect(relaxesAnything({ timeMultiplier: null, extraSeconds: null, extraAttempts: 1, closesAt: null })).toBe(true);
  });

  it("carries the course and quiz through formAction's schema", () => {
    const parsed = saveAccommodationFormSchema.safeParse({ course: "nato-ukraine", quizId, userId: learner, extraAttempts: "2" });
    expect(parsed.success && parsed.data).toMatchObject({ course: "nato-ukraine", quizId, accommodation: { scope: "quiz", extraAttempts: 2 } });
    expect(removeAccommodationFormSchema.safeParse({ course: "nato-ukraine", quizId, userId: learner, scope: "course" }).success).toBe(true);
  });
});

describe("quiz settings as lists show them", () => {
  it("spells durations, windows and attempts plainly", () => {
    expect(formatDuration(null)).toBe("No limit");
    expect(formatDuration(8)).toBe("8 s");
    expect(formatDuration(5400)).toBe("1 h 30 min");
    expect(formatDuration(65)).toBe("1 min 5 s");
    expect(formatWindow(null, null)).toBe("Always open");
    expect(formatWindow(new Date("2026-06-01T09:00:00Z"), null)).toBe("From 1 Jun 2026, 09:00 UTC");
    expect(formatAttempts(null)).toBe("Unlimited");
    expect(describeAccommodation(null)).toBe("None");
    expect(describeAccommodation({ timeMultiplier: 1.5, extraSeconds: 600, extraAttempts: 1, closesAt: new Date("2026-06-10T12:00:00Z") })).toBe(
      "1.5× time, 10 min extra, 1 more attempt, closes 10 Jun 2026, 12:00 UTC",
    );
  });
});

describe("the learner's accommodations form", () => {
  const learner = "9a1d7f6e-2e3c-4d4b-8f9a-1b2c3d4e5f60";
  const quizId = "5f0c6f5e-1d2b-4c3a-9e8f-0a1b2c3d4e5f";

  it("reads a blank quiz as every quiz in the course, and a quiz id as that quiz", () => {
    const courseWide = saveLearnerAccommodationFormSchema.safeParse({ course: "nato-ukraine", userId: learner, quizId: "", extraMinutes: "10" });
    expect(courseWide.success && courseWide.data).toMatchObject({ userId: learner, quizId: null, accommodation: { scope: "course", extraSeconds: 600 } });
    const oneQuiz = saveLearnerAccommodationFormSchema.safeParse({ course: "nato-ukraine", userId: learner, quizId, timeMultiplier: "1.5" });
    expect(oneQuiz.success && oneQuiz.data).toMatchObject({ quizId, accommodation: { scope: "quiz", timeMultiplier: 1.5 } });
  });

  it("refuses a quiz that is not one, and keeps the field messages", () => {
    const parsed = saveLearnerAccommodationFormSchema.safeParse({ course: "nato-ukraine", userId: learner, quizId: "nope", extraMinutes: "-1" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["form", accommodationMessages.quiz],
      ["extraMinutes", accommodationMessages.extraMinutes],
    ]);
  });

  it("removes by learner and quiz, blank meaning the course-wide one", () => {
    expect(removeLearnerAccommodationFormSchema.parse({ course: "nato-ukraine", userId: learner, quizId: "" })).toEqual({ course: "nato-ukraine", userId: learner, quizId: null });
  });
});
