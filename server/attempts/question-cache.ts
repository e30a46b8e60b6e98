import type { Database } from "@/db/client";
import { getStoredQuestionVersions } from "@/db/queries/questions";
import { fromStoredVersion, type Question } from "@/lib/questions";

/**
 * Question versions are immutable (an edit adds a version), so the engine's form of each one can be
 * kept in memory: in an exam every attempt pins the same few versions, and loading and validating
 * them for each of 200 submissions arriving in the same second would dominate the work.
 */

const limit = 5_000;
const cache = new Map<string, Question>();

export async function questionsForVersions(db: Database, versionIds: readonly string[]): Promise<Map<string, Question>> {
  const missing = [...new Set(versionIds.filter((id) => !cache.has(id)))];
  if (missing.length > 0) {
    for (const [versionId, stored] of await getStoredQuestionVersions({ db, versionIds: missing })) remember(versionId, fromStoredVersion(stored));
  }
  const found = new Map<string, Question>();
  for (const id of versionIds) {
    const question = cache.get(id);
    if (!question) throw new Error(`question version ${id} was not found`);
    found.set(id, question);
  }
  return found;
}

function remember(versionId: string, question: Question) {
  // Oldest first out: a Map iterates in insertion order.
  if (cache.size >= limit) cache.delete(cache.keys().next().value!);
  cache.set(versionId, question);
}
