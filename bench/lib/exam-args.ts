import { parseArgs } from "node:util";

export type ExamOptions = {
  students: number;
  /** Saves per student in the paced phase, one per question in turn. */
  saves: number;
  thinkMs: number;
  /** How long the closed-loop capacity phase runs. */
  capacityS: number;
  /** Submits are spread evenly over this window in the rush. */
  rushWindowMs: number;
  port: number;
  course: string;
  build: boolean;
  smoke: boolean;
  keepData: boolean;
  distDir: string;
};

const usage = `usage: tsx bench/exam-rush.ts [--students 200] [--saves 20] [--think-ms 2000] [--capacity-s 20]
                            [--rush-window-ms 1000] [--port 3700] [--course nato-ukraine]
                            [--no-build] [--keep-data] [--smoke]
  DATABASE_URL    required: names the Postgres server (and account); the run creates the database
                  <name>_exam_rush_<port> there, and drops it afterwards
  --smoke         small, fast run for CI (10 students, 5 saves, 0.2 s think time, 3 s capacity) unless sizes are given
  --no-build      reuse the production build already in $E2E_DIST_DIR (default .next-test-rush)
  --keep-data     keep that database (kept anyway when the run fails or a check finds a lost answer)`;

/** Reads the command line; --smoke only changes the defaults, explicit flags still win. */
export function parseExamArgs(argv: string[]): ExamOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      students: { type: "string" },
      saves: { type: "string" },
      "think-ms": { type: "string" },
      "capacity-s": { type: "string" },
      "rush-window-ms": { type: "string" },
      port: { type: "string" },
      course: { type: "string" },
      "no-build": { type: "boolean", default: false },
      "keep-data": { type: "boolean", default: false },
      smoke: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.error(usage);
    process.exit(0);
  }
  const smoke = values.smoke;
  return {
    students: positiveInt("students", values.students, smoke ? 10 : 200),
    saves: positiveInt("saves", values.saves, smoke ? 5 : 20),
    thinkMs: positiveInt("think-ms", values["think-ms"], smoke ? 200 : 2000),
    capacityS: positiveInt("capacity-s", values["capacity-s"], smoke ? 3 : 20),
    rushWindowMs: positiveInt("rush-window-ms", values["rush-window-ms"], 1000),
    port: positiveInt("port", values.port, 3700),
    course: values.course ?? "nato-ukraine",
    build: !values["no-build"],
    smoke,
    keepData: values["keep-data"],
    distDir: process.env.E2E_DIST_DIR ?? ".next-test-rush",
  };
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"\n${usage}`);
  return value;
}
