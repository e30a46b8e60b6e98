import { z } from "zod";

/**
 * The question definitions the engine grades: one shape per type, whether the question came from
 * our content files (see `from-content.ts`) or from an imported Moodle bank, which brings its own
 * per-answer fractions and feedback. A fraction is the share of the question's mark an answer earns.
 */

const unique = <T>(items: readonly T[], keyOf: (item: T) => string) => new Set(items.map(keyOf)).size === items.length;

const common = {
  stem: z.string().trim().min(1),
  /** General feedback, shown to everyone at review. */
  explanation: z.string().default(""),
};

export const choiceOptionSchema = z.object({
  key: z.string().min(1),
  text: z.string().min(1),
  /** Negative fractions penalise a wrong choice in multiple response; Moodle allows -1 … 1. */
  fraction: z.number().min(-1).max(1),
  feedback: z.string().default(""),
});

export const singleChoiceQuestionSchema = z
  .object({
    type: z.literal("single_choice"),
    ...common,
    options: z.array(choiceOptionSchema).min(2),
    shuffle: z.boolean().optional(),
  })
  .refine((question) => unique(question.options, (option) => option.key), "option keys must be unique");

export const multipleResponseQuestionSchema = z
  .object({
    type: z.literal("multiple_response"),
    ...common,
    options: z.array(choiceOptionSchema).min(2),
    /** Full marks only for exactly the right options, nothing otherwise (Moodle's "all or nothing"). */
    allOrNothing: z.boolean().optional(),
    shuffle: z.boolean().optional(),
  })
  .refine((question) => unique(question.options, (option) => option.key), "option keys must be unique");

export const trueFalseQuestionSchema = z.object({
  type: z.literal("true_false"),
  ...common,
  answer: z.boolean(),
  /** Shown to a learner who answered "true", right or wrong; likewise `feedbackFalse`. */
  feedbackTrue: z.string().default(""),
  feedbackFalse: z.string().default(""),
});

export const shortAnswerQuestionSchema = z.object({
  type: z.literal("short_answer"),
  ...common,
  /** `*` in an answer's text matches any run of characters; `\*` is a literal asterisk. */
  answers: z
    .array(z.object({ text: z.string().trim().min(1), fraction: z.number().min(0).max(1), feedback: z.string().default("") }))
    .min(1),
  caseSensitive: z.boolean().optional(),
});

export const numericalQuestionSchema = z.object({
  type: z.literal("numerical"),
  ...common,
  /** `value: "*"` is Moodle's catch-all answer: it matches any number (usually with fraction 0 and feedback). */
  answers: z
    .array(
      z.object({
        value: z.union([z.number(), z.literal("*")]),
        tolerance: z.number().nonnegative().default(0),
        fraction: z.number().min(0).max(1),
        feedback: z.string().default(""),
      }),
    )
    .min(1),
  unit: z.string().trim().min(1).optional(),
});

export const matchingQuestionSchema = z
  .object({
    type: z.literal("matching"),
    ...common,
    pairs: z.array(z.object({ id: z.string().min(1), prompt: z.string().trim().min(1), answer: z.string().trim().min(1) })).min(1),
    /** Extra answers that belong to no prompt. */
    distractors: z.array(z.string().trim().min(1)).default([]),
    shuffle: z.boolean().optional(),
  })
  .refine((question) => unique(question.pairs, (pair) => pair.id), "pair ids must be unique");

export const orderingQuestionSchema = z
  .object({
    type: z.literal("ordering"),
    ...common,
    /** In the correct order. Ids are sent to the browser, so they must not reveal the position (see `opaqueIds`). */
    items: z.array(z.object({ id: z.string().min(1), text: z.string().trim().min(1) })).min(2),
  })
  .refine((question) => unique(question.items, (item) => item.id), "item ids must be unique");

export const rubricSchema = z
  .object({
    criteria: z
      .array(
        z.object({
          key: z.string().min(1),
          title: z.string().min(1),
          levels: z.array(z.object({ label: z.string().min(1), points: z.number().nonnegative(), description: z.string() })).min(1),
        }),
      )
      .min(1),
  })
  .refine((rubric) => unique(rubric.criteria, (criterion) => criterion.key), "criterion keys must be unique");

export const essayQuestionSchema = z.object({
  type: z.literal("essay"),
  ...common,
  rubric: rubricSchema.optional(),
  modelAnswer: z.string().optional(),
});

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceQuestionSchema,
  multipleResponseQuestionSchema,
  trueFalseQuestionSchema,
  shortAnswerQuestionSchema,
  numericalQuestionSchema,
  matchingQuestionSchema,
  orderingQuestionSchema,
  essayQuestionSchema,
]);

export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type SingleChoiceQuestion = z.infer<typeof singleChoiceQuestionSchema>;
export type MultipleResponseQuestion = z.infer<typeof multipleResponseQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>;
export type ShortAnswerQuestion = z.infer<typeof shortAnswerQuestionSchema>;
export type NumericalQuestion = z.infer<typeof numericalQuestionSchema>;
export type MatchingQuestion = z.infer<typeof matchingQuestionSchema>;
export type OrderingQuestion = z.infer<typeof orderingQuestionSchema>;
export type EssayQuestion = z.infer<typeof essayQuestionSchema>;
export type Rubric = z.infer<typeof rubricSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question["type"];
