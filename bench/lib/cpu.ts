import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

const ticksPerSecond = 100; // USER_HZ on Linux

/**
 * CPU time (user + system, seconds) used so far by every live process of a process group, from
 * /proc; null where /proc is not available. Two readings give the server's CPU share.
 */
export function groupCpuSeconds(pgid: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of entries) {
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

export function loadAverage(): string {
  return os.loadavg().map((value) => value.toFixed(2)).join(" ");
}
