// Item-analysis benchmark (issue 6): 10,000 submitted attempts of a 50-question quiz generated on
// the Postgres server, then the whole statistics computation timed end to end, database reads
// included (the page's loader and lib/statistics). See bench/RESULTS.md.
// Usage: DATABASE_URL=postgres://… npx tsx bench/item-analysis.ts [--attempts 10000 --questions 50
//        --runs 7 --which all --keep-data --smoke]
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { migrateDatabase, openDatabase } from "../db/client";
import { whichAttemptsValues, type WhichAttempts } from "../lib/statistics/types";
import { buildAnalysisInput } from "../server/statistics/analysis-input";
import { analyseLoadedQuiz, analyseQuizFromDatabase, readStatisticsRows } from "../server/statistics/load";
import { createScratchDatabase } from "./lib/exam-database";
import { cpuMeter } from "./lib/exam-cpu";
import { generateItemAnalysisData } from "./lib/item-analysis-data";
import { log } from "./lib/log";
import { median } from "./lib/stats";

const usage = `usage: tsx bench/item-analysis.ts [--attempts 10000] [--questions 50] [--runs 7] [--which all] [--keep-data] [--smoke]
  --smoke      500 attempts of a 20-question quiz, 3 runs (for CI) unless sizes are given
  --which      first | last | highest | all: the attempts analysed (all is the most work)
  --keep-data  leave the generated database in place`;

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      attempts: { type: "string" },
      questions: { type: "string" },
      runs: { type: "string" },
      which: { type: "string", default: "all" },
      "keep-data": { type: "boolean", default: false },
      smoke: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.error(usage);
    process.exit(0);
  }
  const count = (name: string, raw: string | undefined, fallback: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"\n${usage}`);
    return value;
  };
  if (!(whichAttemptsValues as readonly string[]).includes(values.which)) throw new Error(`--which must be one of ${whichAttemptsValues.join(", ")}\n${usage}`);
  return {
    attempts: count("attempts", values.attempts, values.smoke ? 500 : 10_000),
    questions: count("questions", values.questions, values.smoke ? 20 : 50),
    runs: count("runs", values.runs, values.smoke ? 3 : 7),
    which: values.which as WhichAttempts,
    keepData: values["keep-data"],
  };
}

async function main(): Promise<void> {
  const settings = options();
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl || !/^postgres(ql)?:\/\//.test(baseUrl)) throw new Error("set DATABASE_URL (postgres://…): the benchmark runs on a new database on that Postgres server");
  const database = await createScratchDatabase(baseUrl, "item_analysis");
  try {
    const handle = await openDatabase({ url: database.url });
    try {
      await migrateDatabase(handle);
      let started = performance.now();
      const data = await generateItemAnalysisData(handle.db, database.url, { attempts: settings.attempts, questionCount: settings.questions });
      log(`generated ${data.attempts} attempts × ${data.questions} questions (${data.rows} responses) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

      const times: number[] = [];
      let s = 0;
      // CPU used by the timed runs: far less sensitive than their wall time to what else the
      // machine is doing (no Next server here, hence no process group for one).
      const meter = await cpuMeter(handle.db, -1);
      let cpuFrom = meter.begin();
      let cpuStarted = performance.now();
      // The first run also loads the question versions into the server's cache (cold); it is reported apart.
      for (let run = 0; run <= settings.runs; run++) {
        started = performance.now();
        const { analysis } = await analyseQuizFromDatabase({ db: handle.db, quizId: data.quizId, which: settings.which });
        const elapsed = performance.now() - started;
        s = analysis.quiz.s;
        if (run === 0) {
          log(`cold run: ${elapsed.toFixed(1)} ms (S=${s}, mean ${analysis.quiz.mean?.toFixed(3)}, alpha ${analysis.quiz.coefficientOfInternalConsistency?.toFixed(2)}%, flagged ${analysis.slots.filter((slot) => slot.flags.length > 0).length})`);
          cpuFrom = meter.begin();
          cpuStarted = performance.now();
        } else times.push(elapsed);
      }
      const cpu = meter.end(cpuFrom);
      const cpuWindow = performance.now() - cpuStarted;
      const perRun = (cores: number) => ((cores * cpuWindow) / times.length).toFixed(0);
      if (settings.which === "all" && s !== data.attempts) throw new Error(`expected ${data.attempts} attempts analysed, got ${s}`);
      const phases = await timePhases(handle.db, data.quizId, settings.which);
      // The machine is shared: its load over the last minute says how far the times are from a quiet one's.
      const load = loadavg()[0]!.toFixed(2);
      log(`runs: ${times.map((time) => time.toFixed(1)).join(", ")} ms; ${phases}; load average ${load} on ${availableParallelism()} cores`);
      // Postgres is the whole server (every database it serves); "other" is the rest of the machine, in cores.
      const cpuFigures = cpu ? ` cpu_ms_node=${perRun(cpu.generator)} cpu_ms_postgres=${perRun(cpu.postgres)} other_cores=${cpu.other.toFixed(2)}` : "";
      console.log(`attempts=${data.attempts} questions=${data.questions} ms=${median(times).toFixed(1)} max_ms=${Math.max(...times).toFixed(1)} runs=${times.length} which=${settings.which} load1=${load}${cpuFigures}`);
    } finally {
      await handle.close();
    }
  } finally {
    if (settings.keepData) log(`kept database ${database.name}`);
    else await database.drop();
  }
}

/** One more run split into its parts (the same steps as analyseQuizFromDatabase), to say where the time goes. */
async function timePhases(db: Parameters<typeof analyseQuizFromDatabase>[0]["db"], quizId: string, which: WhichAttempts): Promise<string> {
  let started = performance.now();
  const { slots, reference, rows, questions, questionIdOf } = await readStatisticsRows({ db, quizId });
  const read = performance.now() - started;
  started = performance.now();
  const input = buildAnalysisInput(slots, reference, rows, questions, questionIdOf);
  const build = performance.now() - started;
  started = performance.now();
  analyseLoadedQuiz(input, which);
  const analyse = performance.now() - started;
  return `split: database reads ${read.toFixed(1)} ms, rows to input ${build.toFixed(1)} ms, analyseQuiz ${analyse.toFixed(1)} ms`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
