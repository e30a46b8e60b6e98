import { describe, expect, it } from "vitest";
import { defaultReviewOptions } from "../attempts/review-visibility";
import { reviewFieldName, slotFieldName } from "./form-fields";
import { newQuizFormValues, storedQuizFormValues } from "./form-values";
import { parseQuizForm, parseReviewGrid, parseSlots, parseTimeLimit, parseWindow, quizFormSchema, saveQuizFormSchema } from "./quiz-form";
import { quizMessages, validateQuizInput, type QuizInput } from "./quiz-input";

const questionA = "0b8d5a4e-2f0a-4c49-9a55-6f0f3c1d2e01";
const questionB = "0b8d5a4e-2f0a-4c49-9a55-6f0f3c1d2e02";
const lesson = "0b8d5a4e-2f0a-4c49-9a55-6f0f3c1d2e03";
const tag = "0b8d5a4e-2f0a-4c49-9a55-6f0f3c1d2e04";

/** A filled-in form as the browser posts it: strings, with unticked boxes absent. */
function form(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const base: Record<string, string | undefined> = {
    title: "Week 3 quiz",
    instructions: "Answer all questions.",
    status: "draft",
    timeLimitMinutes: "10",
    timeLimitSeconds: "",
    opensAt: "",
    closesAt: "",
    timeZone: "UTC",
    attemptsAllowed: "2",
    gradingMethod: "highest",
    shuffleOptions: "on",
    slotOrder: "s0,s1,s2",
    [slotFieldName("s0", "kind")]: "fixed",
    [slotFieldName("s0", "question")]: questionA,
    [slotFieldName("s0", "marks")]: "1",
    [slotFieldName("s1", "kind")]: "lesson",
    [slotFieldName("s1", "lesson")]: lesson,
    [slotFieldName("s1", "marks")]: "2.5",
    [slotFieldName("s2", "kind")]: "",
    [slotFieldName("s2", "marks")]: "1",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function errorsOf(raw: Record<string, string>) {
  const result = parseQuizForm(raw);
  return result.ok ? {} : result.errors;
}

describe("time limit", () => {
  it("is blank for no limit, and may be only seconds long", () => {
    expect(parseTimeLimit("", "")).toEqual({ value: null, errors: {} });
    expect(parseTimeLimit("0", "8")).toEqual({ value: 8, errors: {} });
    expect(parseTimeLimit("", "8")).toEqual({ value: 8, errors: {} });
    expect(parseTimeLimit("90", "")).toEqual({ value: 5400, errors: {} });
    expect(parseTimeLimit(" 1 ", "30")).toEqual({ value: 90, errors: {} });
  });

  it("refuses zero, fractions, negative numbers and seconds past 59", () => {
    expect(parseTimeLimit("0", "0").errors).toEqual({ timeLimitMinutes: [quizMessages.zeroLimit] });
    expect(parseTimeLimit("1.5", "").errors).toEqual({ timeLimitMinutes: [quizMessages.minutes] });
    expect(parseTimeLimit("-1", "").errors).toEqual({ timeLimitMinutes: [quizMessages.minutes] });
    expect(parseTimeLimit("1", "60").errors).toEqual({ timeLimitSeconds: [quizMessages.seconds] });
    expect(parseTimeLimit("99999", "").errors).toEqual({ timeLimitMinutes: [quizMessages.minutes] });
  });
});

describe("opening window", () => {
  it("reads both times in the chosen zone", () => {
    const { value, errors } = parseWindow("2026-06-01T09:00", "2026-06-08T17:00", "Europe/London");
    expect(errors).toEqual({});
    expect(value.opensAt?.toISOString()).toBe("2026-06-01T08:00:00.000Z");
    expect(value.closesAt?.toISOString()).toBe("2026-06-08T16:00:00.000Z");
  });

  it("defaults to UTC and leaves blank bounds open", () => {
    expect(parseWindow("", "2026-06-08T17:00", "").value).toEqual({ opensAt: null, closesAt: new Date("2026-06-08T17:00:00Z") });
  });

  it("requires the close to come after the opening, comparing instants rather than wall clocks", () => {
    expect(parseWindow("2026-06-08T17:00", "2026-06-01T09:00", "UTC").errors).toEqual({ closesAt: [quizMessages.closesBeforeOpens] });
    expect(parseWindow("2026-06-01T09:00", "2026-06-01T09:00", "UTC").errors).toEqual({ closesAt: [quizMessages.closesBeforeOpens] });
    // 10:00 in Berlin is 08:00 UTC, an hour after 09:00 in London is… also 08:00 UTC.
    expect(parseWindow("2026-06-01T09:00", "2026-06-01T10:00", "Europe/Berlin").errors).toEqual({});
  });

  it("names the field that cannot be read", () => {
    expect(parseWindow("soon", "", "UTC").errors).toEqual({ opensAt: [quizMessages.dateFormat] });
    expect(parseWindow("2026-03-29T02:30", "", "Europe/Berlin").errors).toEqual({ opensAt: [quizMessages.dateGap("Europe/Berlin")] });
    expect(parseWindow("2026-06-01T09:00", "", "Nowhere/Special").errors).toEqual({ timeZone: [quizMessages.timeZone] });
  });
});

describe("review grid", () => {
  it("reads ticked boxes as shown and absent ones as hidden", () => {
    const raw = { [reviewFieldName("immediately", "marks")]: "on", [reviewFieldName("closed", "rightAnswer")]: "on" };
    const grid = parseReviewGrid(raw);
    expect(grid.immediately).toEqual({ marks: true, correctness: false, feedback: false, rightAnswer: false });
    expect(grid.closed.rightAnswer).toBe(true);
    expect(grid.during).toEqual({ marks: false, correctness: false, feedback: false, rightAnswer: false });
  });

  it("round-trips the defaults a new quiz starts with", () => {
    expect(parseReviewGrid(newQuizFormValues().values)).toEqual(defaultReviewOptions);
  });
});

describe("slots", () => {
  it("keeps used rows in the order they stand and skips unused ones", () => {
    const { value, errors } = parseSlots(form({ slotOrder: "s2,s1,s0" }));
    expect(errors).toEqual({});
    expect(value).toEqual([
      { kind: "lesson", lessonId: lesson, marks: 2.5, ref: "s1" },
      { kind: "fixed", questionId: questionA, marks: 1, ref: "s0" },
    ]);
  });

  it("reads a tag slot and gives a blank mark the default of 1", () => {
    const { value } = parseSlots(form({ [slotFieldName("s2", "kind")]: "tag", [slotFieldName("s2", "tag")]: tag, [slotFieldName("s2", "marks")]: "" }));
    expect(value.at(-1)).toEqual({ kind: "tag", tagId: tag, marks: 1, ref: "s2" });
  });

  it("asks for the missing choice beside the row", () => {
    const errors = errorsOf(form({ [slotFieldName("s0", "question")]: "", [slotFieldName("s2", "kind")]: "tag" }));
    expect(errors).toEqual({ [slotFieldName("s0", "question")]: [quizMessages.slotQuestion], [slotFieldName("s2", "tag")]: [quizMessages.slotTag] });
  });

  it("refuses marks outside 0.01–100 or with more than two decimals", () => {
    for (const marks of ["0", "0.001", "101", "abc", "-1"]) {
      expect(errorsOf(form({ [slotFieldName("s1", "marks")]: marks }))).toEqual({ [slotFieldName("s1", "marks")]: [quizMessages.marks] });
    }
    expect(errorsOf(form({ [slotFieldName("s1", "marks")]: "0.01" }))).toEqual({});
    expect(errorsOf(form({ [slotFieldName("s1", "marks")]: "100" }))).toEqual({});
  });

  it("refuses the same question twice, naming the slot that already has it", () => {
    const errors = errorsOf(form({ [slotFieldName("s2", "kind")]: "fixed", [slotFieldName("s2", "question")]: questionA }));
    expect(errors).toEqual({ [slotFieldName("s2", "question")]: [quizMessages.duplicateQuestion(1)] });
    expect(errorsOf(form({ [slotFieldName("s2", "kind")]: "fixed", [slotFieldName("s2", "question")]: questionB }))).toEqual({});
  });

  it("needs at least one slot", () => {
    const errors = errorsOf(form({ [slotFieldName("s0", "kind")]: "", [slotFieldName("s1", "kind")]: "" }));
    expect(errors).toEqual({ slots: [quizMessages.noSlots] });
  });

  it("still finds rows when the order field is missing", () => {
    expect(parseSlots(form({ slotOrder: undefined })).value.map((slot) => slot.ref)).toEqual(["s0", "s1"]);
  });
});

describe("the whole form", () => {
  it("parses into a quiz input", () => {
    const result = parseQuizForm(form({ timeLimitMinutes: "0", timeLimitSeconds: "8", attemptsAllowed: "" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      title: "Week 3 quiz",
      status: "draft",
      timeLimitSeconds: 8,
      attemptsAllowed: null,
      gradingMethod: "highest",
      shuffleQuestions: false,
      shuffleOptions: true,
    });
    expect(result.value.slots).toHaveLength(2);
  });

  it("reports every problem at once, against the field that shows it", () => {
    const errors = errorsOf(
      form({ title: "  ", status: "secret", gradingMethod: "best", attemptsAllowed: "0", opensAt: "2026-06-02T00:00", closesAt: "2026-06-01T00:00" }),
    );
    expect(Object.keys(errors).sort()).toEqual(["attemptsAllowed", "closesAt", "gradingMethod", "status", "title"]);
    expect(errors.closesAt).toEqual([quizMessages.closesBeforeOpens]);
    expect(errors.attemptsAllowed).toEqual([quizMessages.attempts]);
  });

  it("gives formAction issues keyed by field name, and carries the course and quiz to save to", () => {
    const failed = quizFormSchema.safeParse(form({ title: "" }));
    expect(failed.success).toBe(false);
    expect(failed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["title", quizMessages.titleRequired]]);

    const saved = saveQuizFormSchema.safeParse({ ...form(), course: "nato-ukraine", quizId: "" });
    expect(saved.success && saved.data.course).toBe("nato-ukraine");
    expect(saved.success && saved.data.quizId).toBeNull();
    expect(saveQuizFormSchema.safeParse({ ...form(), course: "../etc", quizId: "x" }).success).toBe(false);
  });

  it("refills the form from a stored quiz, which parses back to the same quiz", () => {
    const parsed = parseQuizForm(form({ opensAt: "2026-06-01T09:00", closesAt: "2026-06-08T17:00", shuffleQuestions: "on", timeLimitSeconds: "5" }));
    if (!parsed.ok) throw new Error("form should parse");
    const quiz = parsed.value;
    const slots = quiz.slots.map((slot) => ({
      kind: slot.kind === "fixed" ? ("fixed" as const) : ("random" as const),
      questionId: slot.kind === "fixed" ? slot.questionId : null,
      randomLessonId: slot.kind === "lesson" ? slot.lessonId : null,
      randomTagId: slot.kind === "tag" ? slot.tagId : null,
      marks: slot.marks,
    }));
    const refilled = storedQuizFormValues(quiz, slots);
    expect(refilled.slotOrder).toEqual(["s0", "s1", "s2", "s3"]);
    const again = parseQuizForm({ ...refilled.values, slotOrder: refilled.slotOrder.join(",") });
    expect(again.ok && again.value).toEqual({ ...quiz, slots: quiz.slots.map((slot, index) => ({ ...slot, ref: `s${index}` })) });
  });
});

describe("rules for a quiz built without the form", () => {
  const quiz: QuizInput = {
    title: "Seeded",
    instructions: "",
    status: "published",
    timeLimitSeconds: null,
    opensAt: null,
    closesAt: null,
    attemptsAllowed: null,
    gradingMethod: "last",
    shuffleQuestions: false,
    shuffleOptions: true,
    reviewOptions: defaultReviewOptions,
    slots: [{ kind: "fixed", questionId: questionA, marks: 1 }],
  };

  it("accepts a plain quiz and reports problems by slot position when rows have no form id", () => {
    expect(validateQuizInput(quiz)).toEqual({});
    const errors = validateQuizInput({ ...quiz, timeLimitSeconds: 0, slots: [...quiz.slots, { kind: "fixed", questionId: questionA, marks: 0.005 }] });
    expect(errors).toEqual({
      timeLimitMinutes: [quizMessages.zeroLimit],
      "slots.1.marks": [quizMessages.marks],
      "slots.1.question": [quizMessages.duplicateQuestion(1)],
    });
  });
});
