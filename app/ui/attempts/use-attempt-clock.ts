"use client";

import { useEffect, useRef } from "react";
import { getClock, serverOffset } from "./attempt-client";
import type { ServerTime } from "./attempt-saver";

/** Often enough that an extension shows "within seconds"; one small indexed read each time. */
export const clockPollMs = 5_000;

/**
 * Follows the deadline on the server while a timed attempt is open, so an instructor's "Extend
 * now" (or a new accommodation) reaches the countdown without a save. Asks every few seconds
 * while the page is visible, and at once when the learner comes back to it; never two at a time.
 * An attempt found over (submitted elsewhere, or handed in at its deadline) goes to its review.
 */
export function useAttemptClock({ attemptId, timed, onServerTime, onOver }: { attemptId: string; timed: boolean; onServerTime: (time: ServerTime) => void; onOver: (reviewUrl: string) => void }) {
  const handlers = useRef({ onServerTime, onOver });
  useEffect(() => {
    handlers.current = { onServerTime, onOver };
  }, [onServerTime, onOver]);

  useEffect(() => {
    if (!timed) return;
    let timer: number | undefined;
    let asking = false;
    let stopped = false;
    const schedule = () => {
      window.clearTimeout(timer);
      if (!stopped && document.visibilityState === "visible") timer = window.setTimeout(ask, clockPollMs);
    };
    const ask = async () => {
      if (asking || stopped) return;
      asking = true;
      const result = await getClock(attemptId);
      asking = false;
      if (stopped) return;
      if (result.kind === "ok") {
        if (result.body.state !== "in_progress") {
          stopped = true;
          handlers.current.onOver(result.body.reviewUrl);
          return;
        }
        const offsetMs = serverOffset(result.body.serverNow, result);
        if (offsetMs !== null) handlers.current.onServerTime({ offsetMs, deadlineAt: result.body.deadlineAt });
      }
      // Unreachable or refused: the saver reports the connection; the clock just tries again later.
      schedule();
    };
    const onReturn = () => {
      if (document.visibilityState === "visible") void ask();
      else window.clearTimeout(timer);
    };
    schedule();
    document.addEventListener("visibilitychange", onReturn);
    window.addEventListener("focus", onReturn);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener("visibilitychange", onReturn);
      window.removeEventListener("focus", onReturn);
    };
  }, [attemptId, timed]);
}
