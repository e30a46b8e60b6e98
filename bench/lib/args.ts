import { parseArgs } from "node:util";

export type BenchOptions = {
  readers: number;
  intervalMs: number;
  durationS: number;
  port: number;
  course: string;
  lesson: string;
  build: boolean;
  smoke: boolean;
  lighthouseRuns: number;
  distDir: string;
};

const usage = `usage: tsx bench/reading.ts [--readers 50] [--interval-ms 2000] [--duration-s 30] [--port 3300]
                          [--course nato-ukraine] [--lesson eastern-flank] [--lighthouse-runs 3]
                          [--no-build] [--smoke]
  --smoke     small, fast run for CI (5 readers for 5 s, one Lighthouse run) unless sizes are given
  --no-build  reuse the production build already in $E2E_DIST_DIR (default .next-test-bench)`;

/** Reads the command line; --smoke only changes the defaults, explicit flags still win. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      readers: { type: "string" },
      "interval-ms": { type: "string" },
      "duration-s": { type: "string" },
      port: { type: "string" },
      course: { type: "string" },
      lesson: { type: "string" },
      "lighthouse-runs": { type: "string" },
      "no-build": { type: "boolean", default: false },
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
    readers: positiveInt("readers", values.readers, smoke ? 5 : 50),
    intervalMs: positiveInt("interval-ms", values["interval-ms"], 2000),
    durationS: positiveInt("duration-s", values["duration-s"], smoke ? 5 : 30),
    port: positiveInt("port", values.port, 3300),
    course: values.course ?? "nato-ukraine",
    lesson: values.lesson ?? "eastern-flank",
    lighthouseRuns: positiveInt("lighthouse-runs", values["lighthouse-runs"], smoke ? 1 : 3),
    build: !values["no-build"],
    smoke,
    distDir: process.env.E2E_DIST_DIR ?? ".next-test-bench",
  };
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"\n${usage}`);
  return value;
}
