import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { log } from "./log";

export type Server = {
  baseUrl: string;
  logFile: string;
  pgid: number;
  /** Throws if the server has exited on its own since it started. */
  assertRunning: () => void;
  stop: () => Promise<void>;
};

const readyTimeoutMs = 180_000;

/**
 * Starts scripts/e2e-server.mjs (a fresh PGlite database in .data-e2e-<port>, or the Postgres
 * database DATABASE_URL names: migrate, seed with DEMO_PASSWORD, content sync, then `next start`)
 * as the leader of its own process group, and resolves once `/` answers. stop() ends the whole
 * group (the script and `next start`). `env` adds to or overrides this process's environment.
 */
export async function startServer({ port, distDir, env = {} }: { port: number; distDir: string; env?: Record<string, string> }): Promise<Server> {
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await answers(baseUrl)) throw new Error(`something already answers on ${baseUrl}; pick another --port`);
  const logFile = path.join(os.tmpdir(), `rampart-bench-server-${port}.log`);
  const out = openSync(logFile, "w");
  const child = spawn(process.execPath, ["scripts/e2e-server.mjs"], {
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...process.env, ...env, E2E_PORT: String(port), E2E_DIST_DIR: distDir },
  });
  closeSync(out);
  let stopping = false;
  let exitedOnItsOwn: string | null = null;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", (code, signal) => {
    if (stopping) return;
    exitedOnItsOwn = `server process exited on its own (${signal ?? `code ${code}`}); see ${logFile}`;
    log(exitedOnItsOwn);
  });
  const assertRunning = () => {
    if (exitedOnItsOwn) throw new Error(exitedOnItsOwn);
  };
  const unregister = killOnExit(child);
  const stop = async () => {
    stopping = true;
    unregister();
    await killGroup(child, exited);
    rmSync(path.join(process.cwd(), `.data-e2e-${port}`), { recursive: true, force: true });
  };
  log(`starting server on ${baseUrl} (log: ${logFile})`);
  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- last lines of ${logFile} ---\n${tail(logFile, 30)}`);
  }
  return { baseUrl, logFile, pgid: child.pid ?? 0, assertRunning, stop };
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < readyTimeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited early (${child.exitCode ?? child.signalCode})`);
    if (await answers(baseUrl)) {
      log(`server ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);
      return;
    }
    await sleep(500);
  }
  throw new Error(`server did not answer within ${readyTimeoutMs / 1000} s`);
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/`, { redirect: "manual", signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

async function killGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child.pid, "SIGTERM");
  const gone = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!gone) signalGroup(child.pid, "SIGKILL");
  // The script may exit before `next start` does: wait for the rest of its group too.
  for (let waited = 0; groupAlive(child.pid) && waited < 5000; waited += 100) await sleep(100);
  if (groupAlive(child.pid)) signalGroup(child.pid, "SIGKILL");
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Also ends the group if the benchmark is interrupted or crashes before stop() runs. */
function killOnExit(child: ChildProcess): () => void {
  const onExit = () => child.pid !== undefined && signalGroup(child.pid, "SIGKILL");
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.on("exit", onExit);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("exit", onExit);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}
