// Exam-rush benchmark (issue 5): attempt saves and submits against a production build on the
// Postgres server, in three phases, then a check that every acknowledged answer is stored exactly
// once with its latest value. See bench/RESULTS.md.
// Usage: DATABASE_URL=postgres://… npx tsx bench/exam-rush.ts [--students 200 --saves 20
//        --think-ms 2000 --capacity-s 20 --port 3700 --no-build --keep-data --smoke]
import { existsSync } from "node:fs";
import path from "node:path";
import { openDatabase, type Database } from "../db/client";
import { buildApp } from "./lib/build";
import { parseExamArgs, type ExamOptions } from "./lib/exam-args";
import { attemptClient, mapLimit } from "./lib/exam-client";
import { cpuMeter, settledTransactions, type CpuMeter } from "./lib/exam-cpu";
import { SaveLedger } from "./lib/exam-ledger";
import { createScratchDatabase } from "./lib/exam-database";
import { capacitySaves, pacedSaves, Samples, saveOne, startAttempts, submitRush, type BenchClient } from "./lib/exam-phases";
import { logPhase, ms, report, seconds, serverErrors, type Figures, type Phase } from "./lib/exam-report";
import { countSubmitted, createExam, loadAttemptQuestions, quizQuestions, type ExamSetup } from "./lib/exam-setup";
import { log } from "./lib/log";
import { startServer, type Server } from "./lib/server";
import { signIn } from "./lib/sign-in";
import { median } from "./lib/stats";

const signInConcurrency = 8;

async function main(): Promise<void> {
  const options = parseExamArgs(process.argv.slice(2));
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl || !/^postgres(ql)?:\/\//.test(baseUrl)) throw new Error("set DATABASE_URL (postgres://…): the benchmark runs on a new database on that Postgres server");
  if (options.build) buildApp(options.distDir);
  else if (!existsSync(path.join(options.distDir, "BUILD_ID"))) throw new Error(`--no-build: no production build in ${options.distDir}`);

  const database = await createScratchDatabase(baseUrl, `exam_rush_${options.port}`);
  let keep = options.keepData;
  try {
    const server = await startServer({ port: options.port, distDir: options.distDir, env: { DATABASE_URL: database.url } });
    const handle = await openDatabase({ url: database.url });
    try {
      const setup = await createExam(handle.db, { courseSlug: options.course, students: options.students });
      log(`run ${setup.runId}: quiz ${setup.quizId} with ${quizQuestions} questions, ${options.students} students (+1 for warm-up) enrolled in ${options.course}`);
      const figures = await measure(server, handle.db, setup, options);
      const { verification } = figures;
      if (verification.lost + verification.duplicated + verification.unexpected > 0) keep = true;
      report(options, figures);
    } finally {
      await handle.close();
      await server.stop();
      log("server stopped");
    }
  } catch (error) {
    keep = true;
    throw error;
  } finally {
    if (keep) log(`kept database ${database.name} for a look (drop it when done)`);
    else await database.drop();
  }
}

async function measure(server: Server, db: Database, setup: ExamSetup, options: ExamOptions): Promise<Figures> {
  const signInStarted = performance.now();
  const everyone = await mapLimit([setup.warmUp, ...setup.students], signInConcurrency, async (student, index): Promise<BenchClient> => {
    const session = await signIn(server.baseUrl, student.email, setup.password, { quiet: true });
    return { index, email: student.email, api: attemptClient(server.baseUrl, session.cookie), questions: [], seqs: new Map() };
  });
  log(`signed in ${everyone.length} accounts in ${seconds(performance.now() - signInStarted)} s (${signInConcurrency} at a time)`);
  const [warmUpClient, ...clients] = everyone;
  if (!warmUpClient) throw new Error("no warm-up account");
  const ledger = new SaveLedger();
  const meter = await cpuMeter(db, server.pgid);

  const warmUpRounds = options.smoke ? 1 : 5;
  const unloadedSaveMs = await warmUp(warmUpClient, setup.quizId, db, ledger, warmUpRounds);
  log(`warm-up (one student, one request at a time, ${warmUpRounds} × start, ${quizQuestions * 2} saves, submit): save median ${ms(unloadedSaveMs)} ms in the last round`);

  // (a) paced: everyone starts (spread over one think time), then saves on a fixed schedule.
  const starts = await phase(meter, db, false, async () => {
    const samples = new Samples();
    await startAttempts(clients, setup.quizId, options.thinkMs, samples);
    return { samples };
  });
  logPhase("starts", starts);
  const active = await withQuestions(db, clients);
  log(`paced: ${active.length} students × ${options.saves} saves, one every ${options.thinkMs} ms each (≈ ${Math.round((active.length * 1000) / options.thinkMs)} saves/s)`);
  const paced = await phase(meter, db, options.saves * options.thinkMs >= 10_000, () => pacedSaves({ clients: active, saves: options.saves, thinkMs: options.thinkMs, ledger }));
  logPhase("paced saves", paced);
  for (const w of paced.samples.windows(5000)) log(`  from ${w.fromS} s: ${w.count} saves, p50 ${ms(w.p50)} ms, p99 ${ms(w.p99)} ms`);
  server.assertRunning();

  // (b) rush: every student submits within the same second.
  log(`rush: ${active.length} submits spread over ${options.rushWindowMs} ms`);
  const rushPhase = await phase(meter, db, false, async () => ({ samples: await submitRush(active, options.rushWindowMs) }));
  const firstAttempts = active.map((client) => client.attemptId ?? "");
  const rush = { ...rushPhase, submittedInDb: await countSubmitted(db, firstAttempts) };
  logPhase("rush submits", rush);
  log(`  attempts submitted in the database: ${rush.submittedInDb} of ${active.length}`);
  server.assertRunning();

  // (c) capacity: a second, fresh attempt each (unlimited attempts), saved to in a closed loop.
  const restarts = await phase(meter, db, false, async () => {
    const samples = new Samples();
    await startAttempts(active, setup.quizId, 0, samples);
    return { samples };
  });
  logPhase("second starts, all at once", restarts);
  const capacityClients = await withQuestions(db, active);
  log(`capacity: ${capacityClients.length} students saving in a closed loop, no think time, for ${options.capacityS} s`);
  const capacity = await phase(meter, db, options.capacityS >= 10, () => capacitySaves({ clients: capacityClients, durationMs: options.capacityS * 1000, ledger }));
  logPhase("capacity saves", capacity);
  log(`  saves stored per second: ${capacity.perSecond.join(" ")}`);
  server.assertRunning();

  const verification = await ledger.verify(db, setup.quizId);
  return { unloadedSaveMs, starts, paced, rush, restarts, capacity, verification, serverLog: { file: server.logFile, errors: serverErrors(server.logFile) } };
}

/**
 * One student, one request at a time, a few attempts through (start, 40 saves, submit): loads the
 * routes and lets the JIT compile the hot paths, as on a server that has been up for a while.
 * Returns the median save of the last attempt, the unloaded latency.
 */
async function warmUp(client: BenchClient, quizId: string, db: Database, ledger: SaveLedger, rounds: number): Promise<number> {
  let saves = new Samples();
  for (let round = 0; round < rounds; round += 1) {
    const starts = new Samples();
    await startAttempts([client], quizId, 0, starts);
    if (starts.errors > 0) throw new Error(`warm-up: ${starts.errorSamples.join("; ")}`);
    await withQuestions(db, [client]);
    saves = new Samples();
    for (let k = 0; k < quizQuestions * 2; k += 1) await saveOne(client, client.questions[k % quizQuestions]!, ledger, saves);
    if (saves.errors + saves.refused > 0) throw new Error(`warm-up saves: ${saves.errorSamples.join("; ")}`);
    const submits = await submitRush([client], 0);
    if (submits.errors > 0) throw new Error(`warm-up submit: ${submits.errorSamples.join("; ")}`);
  }
  return median(saves.timeline.map((sample) => sample.ms));
}

/** Reads each started attempt's questions from the database; clients whose start failed drop out. */
async function withQuestions(db: Database, clients: BenchClient[]): Promise<BenchClient[]> {
  const started = clients.filter((client) => client.attemptId);
  const byAttempt = await loadAttemptQuestions(db, started.map((client) => client.attemptId ?? ""));
  for (const client of started) client.questions = byAttempt.get(client.attemptId ?? "") ?? [];
  if (started.length < clients.length) log(`  ${clients.length - started.length} students have no attempt and sit the rest out`);
  return started;
}

/**
 * Runs one phase and measures who used the CPU. With `countTransactions` (phases of 10 s or more)
 * it also counts the transactions Postgres saw: the counters are published late (see
 * settledTransactions), so for a short phase the count would be mostly noise.
 */
async function phase<T extends { samples: Samples }>(meter: CpuMeter, db: Database, countTransactions: boolean, body: () => Promise<T>): Promise<T & Omit<Phase, "samples">> {
  const transactionsBefore = countTransactions ? await settledTransactions(db) : Number.NaN;
  const from = meter.begin();
  const started = performance.now();
  const result = await body();
  const cpu = meter.end(from);
  const seconds = (performance.now() - started) / 1000;
  return { ...result, cpu, seconds, transactions: countTransactions ? (await settledTransactions(db)) - transactionsBefore : Number.NaN };
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
