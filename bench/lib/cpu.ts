import { readdirSync, readFileSync } from "node:fs";

const ticksPerSecond = 100; // USER_HZ on Linux

export type CpuReading = { at: number; machine: number; server: number; generator: number };
/** Average use during an interval, in cores (1 = one core fully busy). */
export type CpuShares = { server: number; generator: number; other: number };

/**
 * CPU seconds used so far by the whole machine (all cores), by the server's process group and by
 * this process, from /proc; null where /proc is not available (not Linux).
 */
export function readCpu(serverPgid: number): CpuReading | null {
  try {
    const usage = process.cpuUsage();
    return { at: performance.now(), machine: machineBusySeconds(), server: groupSeconds(serverPgid), generator: (usage.user + usage.system) / 1e6 };
  } catch {
    return null;
  }
}

/** What the server, the load generator and everything else used between two readings. */
export function cpuShares(before: CpuReading, after: CpuReading): CpuShares {
  const seconds = (after.at - before.at) / 1000;
  const server = (after.server - before.server) / seconds;
  const generator = (after.generator - before.generator) / seconds;
  const machine = (after.machine - before.machine) / seconds;
  return { server, generator, other: Math.max(0, machine - server - generator) };
}

function machineBusySeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const [, ...ticks] = line.trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
  const busy = ticks.slice(0, 8).reduce((total, value, index) => (index === 3 || index === 4 ? total : total + value), 0);
  return busy / ticksPerSecond;
}

function groupSeconds(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after the command name, which is in parentheses and may contain spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // pgrp
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / ticksPerSecond;
}
