import { z } from "zod";

/** Shared vocabularies: used by the content files, the database enums and the UI. */
export const questionTypes = [
  "single_choice",
  "multiple_response",
  "true_false",
  "short_answer",
  "numerical",
  "matching",
  "ordering",
  "essay",
] as const;
export type QuestionType = (typeof questionTypes)[number];

export const cognitiveLevels = ["remember", "understand", "apply", "analyse", "evaluate"] as const;
export type CognitiveLevel = (typeof cognitiveLevels)[number];

export const documentKinds = ["analysis", "opinion"] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");
const text = z.string().trim().min(1, "must not be empty");
const paragraphRange = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([from, to]) => from <= to, "range must run from the lower to the higher paragraph");

export const sectionSchema = z.object({
  id: slug,
  title: text,
  paragraphs: paragraphRange,
  /** Word count of the section in the source, verified against it by the shared-material check. */
  words: z.number().int().positive(),
});

export const documentSchema = z.object({
  id: slug,
  title: text,
  author: text.optional(),
  publisher: text.optional(),
  kind: z.enum(documentKinds),
  sourceFile: z.string().regex(/^[\w.-]+\.txt$/, "must be a file name in shared/seeds"),
  /** Lines of the source that are page furniture, matched by how they start. */
  furniture: z.array(text).default([]),
  /** Headings the source prints inline in running text; the paragraph is split there. */
  inlineHeadings: z.array(text).default([]),
  order: z.number().int().positive(),
  paragraphCount: z.number().int().positive(),
  sections: z.array(sectionSchema).min(1),
});

export const keyTermSchema = z.object({ term: text, definition: text });

export const lessonFrontmatterSchema = z.object({
  id: slug,
  section: slug,
  title: text,
  objectives: z.array(text).min(3, "needs 3 to 5 objectives").max(5, "needs 3 to 5 objectives"),
  keyTerms: z.array(keyTermSchema).min(1),
  discussion: z.array(text).min(1).max(2),
});

const questionBase = z.object({
  id: slug,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  level: z.enum(cognitiveLevels),
  stem: text,
  paragraphs: z.array(z.number().int().positive()).min(1, "cite at least one source paragraph"),
  tags: z.array(slug).default([]),
  explanation: text,
});

const choiceOption = z.object({
  id: z.string().regex(/^[a-z]$/, "option ids are single letters a, b, c …"),
  text,
  correct: z.boolean().default(false),
  feedback: text,
});

export const singleChoiceSchema = questionBase.extend({
  type: z.literal("single_choice"),
  options: z.array(choiceOption).min(3).max(6),
});
export const multipleResponseSchema = questionBase.extend({
  type: z.literal("multiple_response"),
  options: z.array(choiceOption).min(3).max(8),
});
export const trueFalseSchema = questionBase.extend({
  type: z.literal("true_false"),
  answer: z.boolean(),
  feedbackTrue: text,
  feedbackFalse: text,
});
export const shortAnswerSchema = questionBase.extend({
  type: z.literal("short_answer"),
  accepted: z.array(text).min(1),
});
export const numericalSchema = questionBase.extend({
  type: z.literal("numerical"),
  answer: z.number(),
  tolerance: z.number().nonnegative().default(0),
  unit: text.optional(),
});
export const matchingSchema = questionBase.extend({
  type: z.literal("matching"),
  pairs: z.array(z.object({ prompt: text, answer: text })).min(3),
  distractors: z.array(text).default([]),
});
export const orderingSchema = questionBase.extend({
  type: z.literal("ordering"),
  /** Listed in the correct order; learners see them shuffled. */
  items: z.array(text).min(3),
});
export const rubricSchema = z.object({
  criteria: z
    .array(
      z.object({
        id: slug,
        title: text,
        levels: z.array(z.object({ label: text, points: z.number().nonnegative(), description: text })).min(2),
      }),
    )
    .min(1),
});
export const essaySchema = questionBase.extend({
  type: z.literal("essay"),
  rubric: rubricSchema,
  modelAnswer: text,
});

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema,
  multipleResponseSchema,
  trueFalseSchema,
  shortAnswerSchema,
  numericalSchema,
  matchingSchema,
  orderingSchema,
  essaySchema,
]);
export const questionBankSchema = z.object({ lesson: slug, questions: z.array(questionSchema).min(1) });

export type SourceSection = z.infer<typeof sectionSchema>;
export type SourceDocumentMeta = z.infer<typeof documentSchema>;
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type ContentQuestion = z.infer<typeof questionSchema>;
export type Rubric = z.infer<typeof rubricSchema>;
