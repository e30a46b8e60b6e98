/**
 * How much CPU this process spent running `run`, in milliseconds. Unlike wall-clock time it does
 * not stretch when other processes crowd the machine (CI runs beside builds and databases), so a
 * test that no input takes a parser over a second measures the parser, not its neighbours.
 * Vitest runs each test file in a process of its own, so nothing else is counted but the GC.
 */
export function cpuTimed<T>(run: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}
