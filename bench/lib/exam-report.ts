import { readFileSync } from "node:fs";
import os from "node:os";
import type { ExamOptions } from "./exam-args";
import { describeCpu, type ExamCpu } from "./exam-cpu";
import type { Verification } from "./exam-ledger";
import type { Samples } from "./exam-phases";
import { log } from "./log";

const targets = { saveP99Ms: 100, submitP99Ms: 2000 };

/** A phase's requests, who used the CPU, how long it took and the transactions it caused in Postgres (NaN: not counted). */
export type Phase = { samples: Samples; cpu: ExamCpu | null; seconds: number; transactions: number };
export type Figures = {
  unloadedSaveMs: number;
  starts: Phase;
  paced: Phase & { maxLagMs: number };
  rush: Phase & { submittedInDb: number };
  restarts: Phase;
  capacity: Phase & { savesPerS: number; wholeWindowPerS: number; rampUpS: number; perSecond: number[] };
  verification: Verification;
  serverLog: { file: string; errors: string[] };
};

export function logPhase(name: string, phase: Phase): void {
  const s = phase.samples.summary();
  const problems = phase.samples.errors + phase.samples.refused;
  log(`${name}: ${s.count} ok in ${phase.seconds.toFixed(1)} s, p50 ${ms(s.p50)} ms, p99 ${ms(s.p99)} ms, max ${ms(s.max)} ms; ${phase.samples.errors} errors, ${phase.samples.refused} refused`);
  if (problems > 0) log(`  e.g. ${phase.samples.errorSamples.join(" | ")}`);
  const requests = s.count + problems;
  const serverMs = phase.cpu && requests > 0 ? `; server CPU ${ms((phase.cpu.server * phase.seconds * 1000) / requests)} ms a request` : "";
  const transactions = Number.isFinite(phase.transactions) && requests > 0 ? `; ${(phase.transactions / requests).toFixed(1)} Postgres transactions a request` : "";
  log(`  ${describeCpu(phase.cpu)}${serverMs}${transactions}`);
}

/** Lines of the server's log that look like failures, for the report. */
export function serverErrors(file: string): string[] {
  try {
    return readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => /error|⨯|unhandled|exception/i.test(line));
  } catch {
    return [];
  }
}

export function report(options: ExamOptions, f: Figures): void {
  const paced = f.paced.samples.summary();
  const rush = f.rush.samples.summary();
  const capacity = f.capacity.samples.summary();
  const v = f.verification;
  const errors = [f.starts, f.paced, f.rush, f.restarts, f.capacity].reduce((total, p) => total + p.samples.errors + p.samples.refused, 0) + Math.max(0, rush.count - f.rush.submittedInDb);
  log(`paced: worst load-generator lag ${ms(f.paced.maxLagMs)} ms behind schedule`);
  log(`capacity: ${f.capacity.savesPerS.toFixed(0)} saves/s stored after the first ${f.capacity.rampUpS} s (${f.capacity.wholeWindowPerS.toFixed(0)}/s over the whole window; ${capacity.count} saves, p50 ${ms(capacity.p50)} ms, p99 ${ms(capacity.p99)} ms under saturation)`);
  log(`check: ${v.acknowledged} attempt questions with acknowledged answers; ${v.lost} lost, ${v.duplicated} duplicated, ${v.unexpected} unexpected, ${v.storedUnacknowledged} stored from saves whose answer never arrived`);
  if (v.samples.length > 0) log(`  e.g. ${v.samples.join(" | ")}`);
  if (f.serverLog.errors.length > 0) log(`server log ${f.serverLog.file}: ${f.serverLog.errors.length} error lines, e.g.\n  ${f.serverLog.errors.slice(0, 5).join("\n  ")}`);
  log(`machine: ${os.cpus().length} cores; load generator, server and Postgres share them`);
  const met = (ok: boolean) => (ok ? "met" : "MISSED");
  log(
    `targets: paced save p99 < ${targets.saveP99Ms} ms ${met(paced.p99 < targets.saveP99Ms)}, rush submit p99 < ${targets.submitP99Ms} ms ${met(rush.p99 < targets.submitP99Ms)}, no lost or duplicated answers ${met(v.lost + v.duplicated === 0)}`,
  );
  const pct = (cores: number | undefined) => (cores === undefined ? "na" : Math.round(cores * 100));
  const figures = {
    students: options.students,
    saves: paced.count,
    save_p50_ms: ms(paced.p50),
    save_p99_ms: ms(paced.p99),
    submit_p99_ms: ms(rush.p99),
    max_saves_per_s: Math.round(f.capacity.savesPerS),
    lost: v.lost,
    duplicated: v.duplicated,
    errors,
    submit_p50_ms: ms(rush.p50),
    capacity_save_p99_ms: ms(capacity.p99),
    capacity_server_cpu_pct: pct(f.capacity.cpu?.server),
    capacity_postgres_cpu_pct: pct(f.capacity.cpu?.postgres),
    capacity_generator_cpu_pct: pct(f.capacity.cpu?.generator),
  };
  process.stdout.write(`${Object.entries(figures).map(([key, value]) => `${key}=${value}`).join(" ")}\n`);
  // Figures are printed either way; failed requests or a broken check invalidate the run.
  if (errors > 0 || v.lost + v.duplicated + v.unexpected > 0 || !Number.isFinite(paced.p99)) process.exitCode = 1;
}

export function ms(value: number): string {
  return value.toFixed(1);
}

export function seconds(value: number): string {
  return (value / 1000).toFixed(1);
}
