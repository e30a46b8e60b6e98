import { storedFormOf, type StoredForm } from "../interchange/stored-form";
import type { Question } from "../questions/types";
import type { QuestionMeta } from "./parse-form";

/**
 * What a version holds (wording, key, options, rubric, difficulty and level), in the form it is
 * stored. Two saves with the same content are the same version: an unchanged save adds none.
 * Lesson and tags belong to the question, not to a version, so they are compared apart.
 */
export interface VersionContent {
  form: StoredForm;
  difficulty: number;
  level: string;
}

export function versionContentOf(question: Question, meta: Pick<QuestionMeta, "difficulty" | "level">): VersionContent {
  return { form: storedFormOf(question), difficulty: meta.difficulty, level: meta.level };
}

export function sameContent(a: VersionContent, b: VersionContent): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return canonicalJson(a.toSorted()) === canonicalJson(b.toSorted());
}

/** JSON with sorted keys and without undefined members: equal content, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
