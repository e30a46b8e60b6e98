import { z } from "zod";
import { opaqueIds } from "./shuffle";
import { questionSchema, type Question, type QuestionType } from "./types";

/**
 * A question version as the database keeps it: `question_versions` (stem, explanation, the
 * type's `data`), its `question_options` rows and its rubric. Our content sync writes `data` in
 * the content files' terms (`accepted`, `answer`/`tolerance`/`unit`, `pairs`, `items` …); an
 * importer may instead write the engine's own fields (short answer and numerical `answers` with
 * their fractions and feedback, `caseSensitive`, `allOrNothing`, `shuffle`), which pass through.
 */
export interface StoredVersion {
  type: QuestionType;
  stem: string;
  explanation: string;
  data: unknown;
  options?: readonly { key: string; position: number; text: string; fraction: number; feedback: string }[];
  rubric?: {
    criteria: readonly {
      key: string;
      title: string;
      position?: number;
      levels: readonly { label: string; points: number; description: string; position?: number }[];
    }[];
  } | null;
}

const contentData = {
  trueFalse: z.object({ answer: z.boolean(), feedbackTrue: z.string(), feedbackFalse: z.string() }),
  shortAnswer: z.object({ accepted: z.array(z.string()) }),
  numerical: z.object({ answer: z.number(), tolerance: z.number().default(0), unit: z.string().nullish() }),
  matching: z.object({ pairs: z.array(z.object({ prompt: z.string(), answer: z.string() })), distractors: z.array(z.string()).default([]) }),
  ordering: z.object({ items: z.array(z.string()) }),
  essay: z.object({ modelAnswer: z.string().nullish() }),
};

/** The engine's question for a stored version. Throws when the stored data does not describe one: that is a bug, not a learner's mistake. */
export function fromStoredVersion(stored: StoredVersion): Question {
  const fields = { type: stored.type, stem: stored.stem, explanation: stored.explanation, ...typeFields(stored) };
  const parsed = questionSchema.safeParse(fields);
  if (!parsed.success) throw new Error(`A stored ${stored.type} question cannot be graded:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function typeFields(stored: StoredVersion): Record<string, unknown> {
  const data: Record<string, unknown> = stored.data && typeof stored.data === "object" ? { ...stored.data } : {};
  switch (stored.type) {
    case "single_choice":
    case "multiple_response": {
      // The stored keys go to the browser with the options, and authors tend to key the right one
      // "a"; ids ranked by option text give nothing away (see `opaqueIds`).
      const options = byPosition(stored.options ?? []);
      const ids = opaqueIds("o", options.map((option) => option.text));
      return { ...data, options: options.map(({ text, fraction, feedback }, index) => ({ key: ids[index]!, text, fraction, feedback })) };
    }
    case "true_false":
      return read(contentData.trueFalse, data, stored.type);
    case "short_answer": {
      if (!("accepted" in data)) return data;
      // Our variants are literal text: an asterisk in them is not Moodle's wildcard.
      const { accepted } = read(contentData.shortAnswer, data, stored.type);
      return { answers: accepted.map((text) => ({ text: text.replaceAll("*", "\\*"), fraction: 1 })) };
    }
    case "numerical": {
      if (!("answer" in data)) return { ...data, unit: data.unit ?? undefined };
      const { answer, tolerance, unit } = read(contentData.numerical, data, stored.type);
      return { answers: [{ value: answer, tolerance, fraction: 1 }], unit: unit ?? undefined };
    }
    case "matching": {
      const { pairs, distractors } = read(contentData.matching, data, stored.type);
      return { pairs: pairs.map((pair, index) => ({ id: `p${index + 1}`, ...pair })), distractors };
    }
    case "ordering": {
      const { items } = read(contentData.ordering, data, stored.type);
      const ids = opaqueIds("i", items);
      return { items: items.map((text, index) => ({ id: ids[index]!, text })) };
    }
    case "essay": {
      const { modelAnswer } = read(contentData.essay, data, stored.type);
      return { modelAnswer: modelAnswer ?? undefined, rubric: rubricOf(stored.rubric) };
    }
  }
}

function rubricOf(rubric: StoredVersion["rubric"]) {
  if (!rubric || rubric.criteria.length === 0) return undefined;
  return {
    criteria: byPosition(rubric.criteria).map((criterion) => ({
      key: criterion.key,
      title: criterion.title,
      levels: byPosition(criterion.levels).map(({ label, points, description }) => ({ label, points, description })),
    })),
  };
}

/** Rows in their `position` order; rows without one keep the order they came in. */
function byPosition<T extends { position?: number }>(rows: readonly T[]): T[] {
  return rows.toSorted((a, b) => (a.position ?? 0) - (b.position ?? 0));
}

function read<T>(schema: z.ZodType<T>, data: unknown, type: QuestionType): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`A stored ${type} question has unexpected data:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
