import { setTimeout as sleep } from "node:timers/promises";
import { answerFor } from "./exam-answers";
import type { AttemptClient } from "./exam-client";
import type { SaveLedger } from "./exam-ledger";
import type { BenchQuestion } from "./exam-setup";
import { ascending, percentile } from "./stats";

export type BenchClient = {
  index: number;
  email: string;
  api: AttemptClient;
  attemptId?: string;
  questions: BenchQuestion[];
  /** The last sequence number used per attempt question, as the attempt page keeps it. */
  seqs: Map<string, number>;
};

/** How many questions each client keeps changing its answers to in the capacity phase. */
const capacityQuestions = 5;

/** Latencies of one kind of request in a phase, with when each was sent, and what went wrong. */
export class Samples {
  readonly timeline: { at: number; ms: number }[] = [];
  errors = 0;
  /** Saves answered "invalid" or "stale": the server refused or ignored a fresh, well-formed answer. */
  refused = 0;
  readonly errorSamples: string[] = [];
  readonly origin = performance.now();

  ok(sentAt: number, ms: number): void {
    this.timeline.push({ at: sentAt - this.origin, ms });
  }

  fail(reason: string, refused = false): void {
    if (refused) this.refused += 1;
    else this.errors += 1;
    if (this.errorSamples.length < 5) this.errorSamples.push(reason);
  }

  summary(): { count: number; p50: number; p99: number; max: number } {
    const sorted = ascending(this.timeline.map((sample) => sample.ms));
    return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
  }

  /** Count, p50 and p99 per window from the phase's start, for spotting a stall or a slow start. */
  windows(windowMs: number): { fromS: number; count: number; p50: number; p99: number }[] {
    const end = Math.max(0, ...this.timeline.map((sample) => sample.at));
    const result = [];
    for (let from = 0; from <= end; from += windowMs) {
      const sorted = ascending(this.timeline.filter((sample) => sample.at >= from && sample.at < from + windowMs).map((sample) => sample.ms));
      result.push({ fromS: from / 1000, count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
    }
    return result;
  }
}

/** Starts one attempt per client (a new one each time: the previous is submitted or none exists). */
export async function startAttempts(clients: BenchClient[], quizId: string, spreadMs: number, samples: Samples): Promise<void> {
  const origin = performance.now() + 50;
  await Promise.all(
    clients.map(async (client, index) => {
      await sleepUntil(origin + (index * spreadMs) / clients.length);
      const sentAt = performance.now();
      const res = await client.api.start(quizId);
      if (!res.ok) return samples.fail(`start as ${client.email}: ${res.reason}`);
      if (!res.body.created) return samples.fail(`start as ${client.email} continued attempt ${res.body.attemptId} instead of creating one`);
      samples.ok(sentAt, res.ms);
      client.attemptId = res.body.attemptId;
      client.seqs.clear();
    }),
  );
}

/**
 * Sends the client's next answer to one question (a real value of its type, the next sequence
 * number), records what was sent and what the server acknowledged, and the latency of a save
 * every part of which was stored.
 */
export async function saveOne(client: BenchClient, question: BenchQuestion, ledger: SaveLedger, samples: Samples): Promise<"saved" | "failed"> {
  const attemptId = client.attemptId;
  if (!attemptId) throw new Error(`${client.email} has no attempt`);
  const seq = (client.seqs.get(question.attemptQuestionId) ?? 0) + 1;
  client.seqs.set(question.attemptQuestionId, seq);
  const answer = answerFor(question, client.index, seq);
  ledger.sent(question.attemptQuestionId, seq, answer);
  const sentAt = performance.now();
  const res = await client.api.save(attemptId, [{ attemptQuestionId: question.attemptQuestionId, seq, answer, flagged: false }]);
  if (!res.ok) {
    samples.fail(res.reason);
    return "failed";
  }
  const outcome = res.body.results?.find((result) => result.attemptQuestionId === question.attemptQuestionId && result.seq === seq);
  if (!outcome) {
    samples.fail(`save answered 200 without an outcome for its answer: ${JSON.stringify(res.body).slice(0, 200)}`);
    return "failed";
  }
  ledger.acknowledged(outcome);
  if (outcome.status !== "saved") {
    samples.fail(`save #${seq} of a ${question.type} question answered "${outcome.status}"${outcome.message ? `: ${outcome.message}` : ""} (answer ${JSON.stringify(answer)})`, true);
    return "failed";
  }
  samples.ok(sentAt, res.ms);
  return "saved";
}

/**
 * Paced, open loop: client i saves answer k at origin + i·think/N + k·think, whether or not its
 * previous save has been answered, so a slow server cannot slow the offered load down (about
 * N/think saves a second). Answer k goes to question k (mod the quiz's length).
 */
export async function pacedSaves({ clients, saves, thinkMs, ledger }: { clients: BenchClient[]; saves: number; thinkMs: number; ledger: SaveLedger }): Promise<{ samples: Samples; maxLagMs: number }> {
  const samples = new Samples();
  const origin = samples.origin + 100;
  let maxLagMs = 0;
  await Promise.all(
    clients.map(async (client, index) => {
      const pending: Promise<unknown>[] = [];
      for (let k = 0; k < saves; k += 1) {
        const planned = origin + (index * thinkMs) / clients.length + k * thinkMs;
        await sleepUntil(planned);
        maxLagMs = Math.max(maxLagMs, performance.now() - planned);
        pending.push(saveOne(client, questionAt(client, k), ledger, samples));
      }
      await Promise.all(pending);
    }),
  );
  return { samples, maxLagMs };
}

/** The rush: every client submits once, the submits spread evenly over windowMs (one second). */
export async function submitRush(clients: BenchClient[], windowMs: number): Promise<Samples> {
  const samples = new Samples();
  const origin = samples.origin + 200;
  await Promise.all(
    clients.map(async (client, index) => {
      await sleepUntil(origin + (index * windowMs) / clients.length);
      const sentAt = performance.now();
      const res = await client.api.submit(client.attemptId ?? "");
      if (!res.ok) return samples.fail(`submit as ${client.email}: ${res.reason}`);
      if (res.body.state !== "submitted") return samples.fail(`submit as ${client.email} answered ${JSON.stringify(res.body).slice(0, 200)}`);
      samples.ok(sentAt, res.ms);
    }),
  );
  return samples;
}

/**
 * Capacity, closed loop: every client sends its next save the moment the previous one is
 * answered, for durationMs, going round its first five questions with rising sequence numbers, so
 * each is saved several times over and the check sees whether the latest value won. All clients
 * start together, so the first answers only come back once the server has worked through the
 * first wave; the sustained rate therefore counts the saves stored after a ramp-up (a tenth of the
 * window, at least a second) to the end, over that time. Saves still in flight at the end are
 * awaited, recorded and verified, not counted.
 */
export async function capacitySaves({ clients, durationMs, ledger }: { clients: BenchClient[]; durationMs: number; ledger: SaveLedger }): Promise<{ samples: Samples; savesPerS: number; wholeWindowPerS: number; rampUpS: number; perSecond: number[] }> {
  const samples = new Samples();
  const end = samples.origin + durationMs;
  const rampUpS = Math.max(1, Math.round(durationMs / 10_000));
  const perSecond = new Array<number>(Math.ceil(durationMs / 1000)).fill(0);
  await Promise.all(
    clients.map(async (client) => {
      for (let k = 0; performance.now() < end; k += 1) {
        const outcome = await saveOne(client, questionAt(client, k, capacityQuestions), ledger, samples);
        const doneAt = performance.now();
        if (outcome === "saved" && doneAt <= end) {
          const second = Math.min(perSecond.length - 1, Math.floor((doneAt - samples.origin) / 1000));
          perSecond[second] = (perSecond[second] ?? 0) + 1;
        }
      }
    }),
  );
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const steadyS = durationMs / 1000 - rampUpS;
  return { samples, savesPerS: steadyS > 0 ? sum(perSecond.slice(rampUpS)) / steadyS : Number.NaN, wholeWindowPerS: sum(perSecond) / (durationMs / 1000), rampUpS, perSecond };
}

/** Question k of the client's attempt, going round the first `among` of them. */
function questionAt(client: BenchClient, k: number, among = client.questions.length): BenchQuestion {
  const question = client.questions[k % Math.min(among, client.questions.length)];
  if (!question) throw new Error(`${client.email}'s attempt has no questions`);
  return question;
}

async function sleepUntil(at: number): Promise<void> {
  const wait = at - performance.now();
  if (wait > 0) await sleep(wait);
}
