import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { cpuShares, readCpu, type CpuReading } from "./cpu";

/** Average use during a phase, in cores: the Next server, Postgres, this process, the rest. */
export type ExamCpu = { server: number; postgres: number; generator: number; other: number };
type Reading = { base: CpuReading | null; postgres: number };
export type CpuMeter = { begin: () => Reading; end: (from: Reading) => ExamCpu | null };

const ticksPerSecond = 100; // USER_HZ on Linux

/**
 * Who used the CPU during each phase, from /proc. Postgres is the postmaster (found as the parent
 * of this connection's backend) and its children, whichever database they serve; it counts as 0
 * when the server is on another machine.
 */
export async function cpuMeter(db: Database, serverPgid: number): Promise<CpuMeter> {
  const postmaster = await postmasterPid(db);
  const read = (): Reading => ({ base: readCpu(serverPgid), postgres: postmaster === null ? 0 : postgresSeconds(postmaster) });
  return {
    begin: read,
    end: (from) => {
      const to = read();
      if (!from.base || !to.base) return null;
      const shares = cpuShares(from.base, to.base);
      const postgres = (to.postgres - from.postgres) / ((to.base.at - from.base.at) / 1000);
      return { server: shares.server, postgres, generator: shares.generator, other: Math.max(0, shares.other - postgres) };
    },
  };
}

/**
 * Transactions committed or rolled back so far in the benchmark's database. Every statement
 * outside a transaction is one, so the count per request is about the server's round trips.
 * Backends publish their counts at most once a second while busy, and may hold the last second's
 * for up to 10 s once idle: this waits a little, so over a long phase the count is right to about
 * a second's worth, and over a short one it is not worth taking.
 */
export async function settledTransactions(db: Database): Promise<number> {
  await sleep(1200);
  // The statistics are a snapshot per transaction: clear it so the reading is current.
  await db.execute(sql`select pg_stat_clear_snapshot()`);
  const rows = (await db.execute(sql`select (xact_commit + xact_rollback)::float8 as n from pg_stat_database where datname = current_database()`)) as unknown as { n: number }[];
  return rows[0]?.n ?? 0;
}

async function postmasterPid(db: Database): Promise<number | null> {
  try {
    const rows = (await db.execute(sql`select pg_backend_pid() as pid`)) as unknown as { pid: number }[];
    const pid = rows[0]?.pid;
    return pid ? statFields(pid).ppid : null;
  } catch {
    return null;
  }
}

/**
 * CPU seconds of the postmaster and its live children (backends, checkpointer, WAL writer…),
 * plus what its children that have exited used (its cutime and cstime), so a backend that
 * ends during a phase is still counted.
 */
function postgresSeconds(postmaster: number): number {
  const own = statFields(postmaster);
  let ticks = own.utime + own.stime + own.cutime + own.cstime;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const child = statFields(Number(name));
      if (child.ppid === postmaster) ticks += child.utime + child.stime;
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / ticksPerSecond;
}

function statFields(pid: number): { ppid: number; utime: number; stime: number; cutime: number; cstime: number } {
  // Fields after the command name, which is in parentheses and may contain spaces; field 4 is index 1.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
  return { ppid: fields[1] ?? 0, utime: fields[11] ?? 0, stime: fields[12] ?? 0, cutime: fields[13] ?? 0, cstime: fields[14] ?? 0 };
}

export function describeCpu(cpu: ExamCpu | null): string {
  if (!cpu) return "CPU use not available (no /proc)";
  const pct = (cores: number) => `${(cores * 100).toFixed(0)}%`;
  return `CPU in % of one core: server ${pct(cpu.server)}, postgres ${pct(cpu.postgres)}, load generator ${pct(cpu.generator)}, other ${pct(cpu.other)}`;
}
