import { z } from "zod";
import { accommodationScopes, type AccommodationScope } from "./form-fields";
import { addError, type FieldErrors } from "./quiz-input";
import { isTimeZone, zonedLocalToUtc } from "./time-zone";

/**
 * An accommodation only ever relaxes a quiz's rules (see lib/attempts/accommodations.ts), so the
 * form accepts only values that do: a multiplier of at least 1, extra time and attempts of at
 * least 0, and a close later than the quiz's (checked by the service, which knows the quiz).
 */

export const accommodationLimits = { multiplier: { min: 1, max: 4 }, extraMinutes: 24 * 60, extraAttempts: 20 } as const;

export const accommodationMessages = {
  learner: "Choose a learner enrolled in this course.",
  scope: "Choose whether it applies to this quiz or to every quiz in the course.",
  multiplier: `Enter a multiplier from ${accommodationLimits.multiplier.min} to ${accommodationLimits.multiplier.max} (for example 1.5), or leave blank.`,
  extraMinutes: `Enter whole minutes from 0 to ${accommodationLimits.extraMinutes.toLocaleString("en")}, or leave blank.`,
  extraAttempts: `Enter a whole number from 0 to ${accommodationLimits.extraAttempts}, or leave blank.`,
  closesAt: "Enter a date and time, or leave blank.",
  closesAtGap: (timeZone: string) => `Clocks in ${timeZone} skip this time when they go forward. Choose a time outside the change.`,
  timeZone: "Choose a time zone from the list.",
  nothing: "Give at least one adjustment: more time, more attempts or a later close. To take one away, remove it.",
  closeNotLater: (quizClose: string) => `The later close must be after the quiz closes (${quizClose}).`,
  neverCloses: "This quiz has no close time, so a later close does not apply. Leave it blank.",
  notEnrolled: "This learner is not enrolled in this course.",
  quiz: "Choose every quiz in the course, or one of its quizzes.",
} as const;

export interface AccommodationInput {
  userId: string;
  scope: AccommodationScope;
  /** null = unchanged. */
  timeMultiplier: number | null;
  extraSeconds: number | null;
  extraAttempts: number | null;
  closesAt: Date | null;
}

type Raw = Record<string, unknown>;
const text = (raw: Raw, key: string) => (typeof raw[key] === "string" ? (raw[key] as string).trim() : "");
const wholeNumber = /^\d+$/;

export function parseAccommodationForm(raw: Raw): { ok: true; value: AccommodationInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const userId = text(raw, "userId");
  if (!z.uuid().safeParse(userId).success) addError(errors, "userId", accommodationMessages.learner);
  const scope = text(raw, "scope") || "quiz";
  if (!accommodationScopes.includes(scope as AccommodationScope)) addError(errors, "scope", accommodationMessages.scope);

  const multiplierText = text(raw, "timeMultiplier");
  let timeMultiplier: number | null = null;
  if (multiplierText) {
    timeMultiplier = /^\d(\.\d{1,2})?$/.test(multiplierText) ? Number(multiplierText) : NaN;
    if (!(timeMultiplier >= accommodationLimits.multiplier.min && timeMultiplier <= accommodationLimits.multiplier.max)) {
      addError(errors, "timeMultiplier", accommodationMessages.multiplier);
    }
  }
  const whole = (field: string, max: number, message: string) => {
    const value = text(raw, field);
    if (!value) return null;
    const number = wholeNumber.test(value) ? Number(value) : NaN;
    if (number >= 0 && number <= max) return number;
    addError(errors, field, message);
    return null;
  };
  const extraMinutes = whole("extraMinutes", accommodationLimits.extraMinutes, accommodationMessages.extraMinutes);
  const extraAttempts = whole("extraAttempts", accommodationLimits.extraAttempts, accommodationMessages.extraAttempts);

  const zone = text(raw, "timeZone") || "UTC";
  let closesAt: Date | null = null;
  if (!isTimeZone(zone)) addError(errors, "timeZone", accommodationMessages.timeZone);
  else if (text(raw, "closesAt")) {
    const result = zonedLocalToUtc(text(raw, "closesAt"), zone);
    if (result.ok) closesAt = result.date;
    else addError(errors, "closesAt", result.reason === "gap" ? accommodationMessages.closesAtGap(zone) : accommodationMessages.closesAt);
  }

  const value: AccommodationInput = {
    userId,
    scope: scope as AccommodationScope,
    timeMultiplier,
    extraSeconds: extraMinutes === null ? null : extraMinutes * 60,
    extraAttempts,
    closesAt,
  };
  if (Object.keys(errors).length === 0 && !relaxesAnything(value)) addError(errors, "form", accommodationMessages.nothing);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/** A multiplier of 1 and zero extras change nothing: such a row would only mislead a reader. */
export function relaxesAnything(input: Pick<AccommodationInput, "timeMultiplier" | "extraSeconds" | "extraAttempts" | "closesAt">): boolean {
  return (input.timeMultiplier ?? 1) > 1 || (input.extraSeconds ?? 0) > 0 || (input.extraAttempts ?? 0) > 0 || input.closesAt !== null;
}

const target = z.object({
  course: z.string().regex(/^[a-z0-9-]{1,100}$/, "That course was not found."),
  quizId: z.uuid("That quiz was not found."),
});

/**
 * formAction's schema for a save: where it goes (`where`, refused as a whole with `notFound`) and
 * the accommodation itself, its messages kept beside each field. `prepare` fills fields the page
 * implies rather than asks for.
 */
function accommodationSaveSchema<T extends z.ZodType<Record<string, unknown>>>(where: T, notFound: string, prepare: (raw: Raw) => Raw = (raw) => raw) {
  return z.record(z.string(), z.unknown()).transform((raw, context) => {
    const place = where.safeParse(raw);
    const parsed = parseAccommodationForm(prepare(raw));
    if (!place.success) context.addIssue({ code: "custom", message: notFound, path: ["form"] });
    if (!parsed.ok) {
      for (const [field, messages] of Object.entries(parsed.errors)) for (const message of messages) context.addIssue({ code: "custom", message, path: [field] });
    }
    if (!place.success || !parsed.ok) return z.NEVER;
    return { ...(place.data as z.output<T>), accommodation: parsed.value };
  });
}

export const saveAccommodationFormSchema = accommodationSaveSchema(target, "That quiz was not found.");

export const removeAccommodationFormSchema = target.extend({
  userId: z.uuid(accommodationMessages.learner),
  scope: z.enum(accommodationScopes, accommodationMessages.scope),
});

/**
 * From a learner's own page (reached from the roster): the learner is fixed, and the instructor
 * picks where it applies, every quiz in the course (an empty quizId) or one quiz.
 */
const learnerTarget = z.object({
  course: z.string().regex(/^[a-z0-9-]{1,100}$/, "That course was not found."),
  userId: z.uuid(accommodationMessages.learner),
  quizId: z.union([z.literal(""), z.uuid(accommodationMessages.quiz)]).transform((id) => id || null),
});

export const saveLearnerAccommodationFormSchema = accommodationSaveSchema(learnerTarget, accommodationMessages.quiz, (raw) => ({ ...raw, scope: raw.quizId ? "quiz" : "course" }));

export const removeLearnerAccommodationFormSchema = learnerTarget;
