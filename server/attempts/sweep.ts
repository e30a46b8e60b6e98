import { getDb } from "@/db";
import { finalizeOverdueAttempts } from "./finalize";

const holder = globalThis as typeof globalThis & { __rampartSweep?: NodeJS.Timeout };

/**
 * Hands in attempts whose deadline has passed while their browser is gone, so grades and the
 * gradebook do not wait for the learner to come back. Reads finalise overdue attempts too; this
 * covers the attempts nobody reads.
 */
export function startDeadlineSweep(intervalSeconds = Number(process.env.ATTEMPT_SWEEP_SECONDS ?? 30)): void {
  if (holder.__rampartSweep || !(intervalSeconds > 0)) return;
  let running = false;
  holder.__rampartSweep = setInterval(() => {
    if (running) return;
    running = true;
    void getDb()
      .then((db) => finalizeOverdueAttempts({ db, now: new Date() }))
      .then((count) => {
        if (count > 0) console.info(`deadline sweep: submitted ${count} overdue attempt(s)`);
      })
      .catch((error: unknown) => console.error("deadline sweep failed", error))
      .finally(() => {
        running = false;
      });
  }, intervalSeconds * 1000);
  // The sweep must never keep a process alive that is otherwise done.
  holder.__rampartSweep.unref();
}
