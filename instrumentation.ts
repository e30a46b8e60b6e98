/** Next.js calls this once per server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startDeadlineSweep } = await import("./server/attempts/sweep");
  startDeadlineSweep();
}
