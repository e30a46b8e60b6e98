// Reading benchmark (issue 4): Lighthouse scores, first-load JavaScript and server response
// times of a lesson page on a production build, for signed-in readers. See bench/RESULTS.md.
// Usage: npx tsx bench/reading.ts [--readers 50 --interval-ms 2000 --duration-s 30 --port 3300
//        --lesson eastern-flank --lighthouse-runs 3 --no-build --smoke]
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseBenchArgs, type BenchOptions } from "./lib/args";
import { buildApp } from "./lib/build";
import { cpuShares, readCpu } from "./lib/cpu";
import { pageWeight, type PageWeight } from "./lib/first-load-js";
import { failingAudits, runLighthouse, type LighthouseRun } from "./lib/lighthouse";
import { runLoad, warmUp, type LoadResult } from "./lib/load";
import { log } from "./lib/log";
import { startServer } from "./lib/server";
import { signIn, verifySession } from "./lib/sign-in";

const readers = ["student1@rampart.test", "student2@rampart.test"];
const password = process.env.DEMO_PASSWORD ?? "e2e-demo-password";
const targets = { performance: 95, accessibility: 100, p99Ms: 100 };

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.build) buildApp(options.distDir);
  else if (!existsSync(path.join(options.distDir, "BUILD_ID"))) throw new Error(`--no-build: no production build in ${options.distDir}`);

  const { lighthouseRun, weight, load } = await measure(options);
  report(options, lighthouseRun, weight, load);
}

async function measure(options: BenchOptions): Promise<{ lighthouseRun: LighthouseRun; weight: PageWeight; load: LoadResult }> {
  const server = await startServer({ port: options.port, distDir: options.distDir });
  try {
    const url = `${server.baseUrl}/courses/${options.course}/lessons/${options.lesson}`;
    // Sign-ins are deliberately slow and throttled: once per account, shared by the readers.
    const sessions = [];
    for (const email of readers) sessions.push(await signIn(server.baseUrl, email, password));
    for (const session of sessions) log(`${url} as ${session.email}: "${await verifySession(url, session)}"`);
    log(`unloaded latency (one request at a time, after warm-up): median ${ms(await warmUp(url, sessions))} ms`);

    const lighthouseRun = await runLighthouse(url, sessions[0]?.cookie ?? "", options.lighthouseRuns);
    const weight = pageWeight(lighthouseRun.lhr);
    server.assertRunning();
    const cpuBefore = readCpu(server.pgid);
    const load = await runLoad({ url, sessions, readers: options.readers, intervalMs: options.intervalMs, durationMs: options.durationS * 1000 });
    const cpuAfter = readCpu(server.pgid);
    if (cpuBefore && cpuAfter) load.cpu = cpuShares(cpuBefore, cpuAfter);
    server.assertRunning();
    return { lighthouseRun, weight, load };
  } finally {
    await server.stop();
    log("server stopped");
  }
}

function report(options: BenchOptions, run: LighthouseRun, weight: PageWeight, load: LoadResult): void {
  log(`lighthouse (desktop preset, median of ${options.lighthouseRuns}): performance ${run.performance}, accessibility ${run.accessibility}`);
  for (const category of ["performance", "accessibility"]) {
    const audits = failingAudits(run.lhr, category);
    if (audits.length > 0) log(`  ${category} audits below 90: ${audits.join("; ")}`);
  }
  log(`first-load JS: ${weight.scriptKb} kB transferred in ${weight.scriptFiles} files (${weight.scriptRawKb} kB decoded); HTML ${weight.documentKb} kB`);
  log(`load: ${load.requests} requests, ${load.errors} errors, p50 ${ms(load.p50Ms)} ms, p99 ${ms(load.p99Ms)} ms, max ${ms(load.maxMs)} ms, worst generator lag ${ms(load.maxLagMs)} ms`);
  if (load.cpu) {
    const { server, generator, other } = load.cpu;
    const cores = (value: number) => `${(value * 100).toFixed(0)}%`;
    log(`CPU during the load, in % of one core (${os.cpus().length} cores): server ${cores(server)}, load generator ${cores(generator)}, other processes ${cores(other)}${other > 0.2 ? " (other work competed with the server: figures are noisy)" : ""}`);
  }
  for (const w of load.windows) log(`  from ${w.fromS} s: ${w.requests} requests, p50 ${ms(w.p50Ms)} ms, p99 ${ms(w.p99Ms)} ms, max ${ms(w.maxMs)} ms`);
  if (load.errorSamples.length > 0) log(`  errors: ${load.errorSamples.join("; ")}`);
  const met = (ok: boolean) => (ok ? "met" : "MISSED");
  log(
    `targets: performance >= ${targets.performance} ${met(run.performance >= targets.performance)}, accessibility ${targets.accessibility} ${met(run.accessibility >= targets.accessibility)}, p99 < ${targets.p99Ms} ms ${met(load.p99Ms < targets.p99Ms && load.errors === 0)}`,
  );
  const figures = {
    lighthouse_perf: run.performance,
    lighthouse_a11y: run.accessibility,
    first_load_js_kb: weight.scriptKb.toFixed(1),
    p50_ms: ms(load.p50Ms),
    p99_ms: ms(load.p99Ms),
    errors: load.errors,
    requests: load.requests,
    readers: options.readers,
    interval_ms: options.intervalMs,
    duration_s: options.durationS,
    ...(load.cpu && { server_cpu_pct: Math.round(load.cpu.server * 100), other_cpu_pct: Math.round(load.cpu.other * 100) }),
  };
  process.stdout.write(`${Object.entries(figures).map(([key, value]) => `${key}=${value}`).join(" ")}\n`);
  // The figures are printed either way; a run with failed requests is not a valid measurement.
  if (load.errors > 0 || !Number.isFinite(load.p99Ms)) process.exitCode = 1;
}

function ms(value: number): string {
  return value.toFixed(1);
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
