import { isDeepStrictEqual } from "node:util";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { attemptQuestions, attempts, responses } from "../../db/schema";
import type { SaveOutcome } from "../../lib/attempts/api";

type QuestionLedger = {
  /** Every answer sent, by sequence number, acknowledged or not. */
  sent: Map<number, unknown>;
  /** The highest sequence number the server acknowledged as stored ("saved", or "stale": this or newer already stored). */
  ackedSeq: number;
};

export type Verification = {
  /** Attempt questions with at least one acknowledged save. */
  acknowledged: number;
  /** Acknowledged, but the stored row is missing, older, or holds another value. */
  lost: number;
  /** More than one response row for one attempt question. */
  duplicated: number;
  /** Rows with an answer the benchmark never sent (another question's, or none at all). */
  unexpected: number;
  /** Stored from a save whose acknowledgement never arrived (an error or a timeout): allowed. */
  storedUnacknowledged: number;
  samples: string[];
};

/**
 * What every client was told: per attempt question, the answers sent under each sequence number
 * and the highest one acknowledged. Afterwards the database must hold, for each question, the
 * acknowledged answer or a newer one that was sent, in exactly one row.
 */
export class SaveLedger {
  private readonly questions = new Map<string, QuestionLedger>();

  sent(attemptQuestionId: string, seq: number, answer: unknown): void {
    let entry = this.questions.get(attemptQuestionId);
    if (!entry) {
      entry = { sent: new Map(), ackedSeq: 0 };
      this.questions.set(attemptQuestionId, entry);
    }
    entry.sent.set(seq, answer);
  }

  acknowledged(outcome: SaveOutcome): void {
    const entry = this.questions.get(outcome.attemptQuestionId);
    if (!entry || !entry.sent.has(outcome.seq)) throw new Error(`the server acknowledged a save that was not sent: ${outcome.attemptQuestionId} #${outcome.seq}`);
    if (outcome.status === "saved" || outcome.status === "stale") entry.ackedSeq = Math.max(entry.ackedSeq, outcome.seq);
  }

  /** Compares the ledger with every response stored for the quiz's attempts. */
  async verify(db: Database, quizId: string): Promise<Verification> {
    const rows = await db
      .select({
        attemptQuestionId: responses.attemptQuestionId,
        rows: sql<number>`count(*)::int`,
        seq: sql<number>`max(${responses.clientSeq})::int`,
        answer: sql<unknown>`(array_agg(${responses.answer} order by ${responses.clientSeq} desc))[1]`,
      })
      .from(responses)
      .innerJoin(attemptQuestions, eq(attemptQuestions.id, responses.attemptQuestionId))
      .innerJoin(attempts, eq(attempts.id, attemptQuestions.attemptId))
      .where(eq(attempts.quizId, quizId))
      .groupBy(responses.attemptQuestionId);
    const stored = new Map(rows.map((row) => [row.attemptQuestionId, row]));
    const result: Verification = { acknowledged: 0, lost: 0, duplicated: 0, unexpected: 0, storedUnacknowledged: 0, samples: [] };
    const note = (message: string) => result.samples.length < 10 && result.samples.push(message);

    for (const [id, entry] of this.questions) {
      const row = stored.get(id);
      if (row && row.rows > 1) {
        result.duplicated += row.rows - 1;
        note(`${id}: ${row.rows} response rows`);
      }
      if (entry.ackedSeq === 0) continue;
      result.acknowledged += 1;
      if (!row || row.seq < entry.ackedSeq) {
        result.lost += 1;
        note(`${id}: acknowledged #${entry.ackedSeq}, stored ${row ? `#${row.seq}` : "nothing"}`);
      } else if (!entry.sent.has(row.seq) || !sameAnswer(row.answer, entry.sent.get(row.seq))) {
        result.lost += 1;
        note(`${id}: stored #${row.seq} = ${JSON.stringify(row.answer)}, sent ${JSON.stringify(entry.sent.get(row.seq) ?? null)}`);
      } else if (row.seq > entry.ackedSeq) {
        result.storedUnacknowledged += 1;
      }
    }
    for (const row of rows) {
      if (this.questions.has(row.attemptQuestionId)) continue;
      // A row for a question never answered is fine as a placeholder, not with an answer in it.
      if (row.seq > 0 || (row.answer !== null && row.answer !== undefined)) {
        result.unexpected += 1;
        note(`${row.attemptQuestionId}: never sent, stored #${row.seq} = ${JSON.stringify(row.answer)}`);
      }
    }
    return result;
  }
}

/** jsonb does not keep key order, so compare values rather than JSON text. */
function sameAnswer(stored: unknown, sent: unknown): boolean {
  return isDeepStrictEqual(normalise(stored), normalise(sent));
}

/** A driver that hands jsonb back as text is read the same way as one that parses it. */
function normalise(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
