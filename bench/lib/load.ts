import { setTimeout as sleep } from "node:timers/promises";
import type { CpuShares } from "./cpu";
import type { Session } from "./sign-in";
import { ascending, percentile } from "./stats";
import { log } from "./log";

export type LoadOptions = { url: string; sessions: Session[]; readers: number; intervalMs: number; durationMs: number };
export type LoadResult = {
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Worst delay between a request's planned time and its start: the load generator's own lag. */
  maxLagMs: number;
  errorSamples: string[];
  /** Per window of windowMs from the start: request count, p50, p99 and max, for spotting stalls. */
  windows: { fromS: number; requests: number; p50Ms: number; p99Ms: number; maxMs: number }[];
  /** Filled in by the caller where /proc allows: who used the CPU during the load. */
  cpu?: CpuShares;
};

const windowMs = 5000;
const requestTimeoutMs = 10_000;

/**
 * Open-loop load: every reader fires a request every intervalMs on a fixed schedule (readers
 * evenly staggered over one interval), whether or not its previous response has arrived. A
 * sample is the time from sending to the whole body read; non-200 answers and failures are
 * errors and stay out of the percentiles. Readers take the sessions in turn.
 */
export async function runLoad({ url, sessions, readers, intervalMs, durationMs }: LoadOptions): Promise<LoadResult> {
  const timeline: { at: number; ms: number }[] = [];
  const errorSamples: string[] = [];
  const inFlight = new Set<Promise<void>>();
  let errors = 0;
  let maxLagMs = 0;

  const request = async (session: Session) => {
    const sent = performance.now();
    try {
      const res = await fetch(url, { redirect: "manual", headers: { cookie: session.cookie }, signal: AbortSignal.timeout(requestTimeoutMs) });
      await res.text();
      if (res.status === 200) timeline.push({ at: sent - start, ms: performance.now() - sent });
      else fail(`HTTP ${res.status}`);
    } catch (error) {
      fail((error as Error).message);
    }
  };
  const fail = (reason: string) => {
    errors += 1;
    if (errorSamples.length < 5) errorSamples.push(reason);
  };

  const start = performance.now() + 50;
  const reader = async (index: number) => {
    const session = sessions[index % sessions.length];
    if (!session) throw new Error("no sessions");
    for (let planned = start + (index * intervalMs) / readers; planned < start + durationMs; planned += intervalMs) {
      const wait = planned - performance.now();
      if (wait > 0) await sleep(wait);
      maxLagMs = Math.max(maxLagMs, performance.now() - planned);
      const pending = request(session);
      inFlight.add(pending);
      void pending.finally(() => inFlight.delete(pending));
    }
  };
  log(`load: ${readers} readers, one request each every ${intervalMs} ms for ${durationMs / 1000} s`);
  await Promise.all(Array.from({ length: readers }, (_, index) => reader(index)));
  await Promise.all(inFlight);

  const sorted = ascending(timeline.map((sample) => sample.ms));
  return {
    requests: timeline.length + errors,
    errors,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
    maxLagMs,
    errorSamples,
    windows: byWindow(timeline, durationMs),
  };
}

function byWindow(timeline: { at: number; ms: number }[], durationMs: number): LoadResult["windows"] {
  const windows: LoadResult["windows"] = [];
  for (let from = 0; from < durationMs; from += windowMs) {
    const sorted = ascending(timeline.filter((sample) => sample.at >= from && sample.at < from + windowMs).map((sample) => sample.ms));
    windows.push({ fromS: from / 1000, requests: sorted.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) ?? Number.NaN });
  }
  return windows;
}

/**
 * Sequential requests, one at a time, per session so caches and connections are warm; not
 * counted in the load figures. Returns the median of the second half: the unloaded latency.
 */
export async function warmUp(url: string, sessions: Session[], perSession = 10): Promise<number> {
  const settled: number[] = [];
  for (const session of sessions) {
    for (let i = 0; i < perSession; i += 1) {
      const sent = performance.now();
      const res = await fetch(url, { redirect: "manual", headers: { cookie: session.cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`warm-up request as ${session.email} answered ${res.status}`);
      if (i >= perSession / 2) settled.push(performance.now() - sent);
    }
  }
  return percentile(ascending(settled), 50);
}
