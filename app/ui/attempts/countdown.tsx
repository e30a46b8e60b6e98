"use client";

import { useEffect, useRef, useState } from "react";
import { formatTimeLeft, secondsLeft } from "@/lib/attempts/deadline";

/** Said once each as the time passes, never at every tick (a screen reader would say nothing else). */
function announcement(left: number, atStart: number): string {
  if (left <= 60 && atStart > 60 && left > 0) return "1 minute left.";
  if (left <= 300 && atStart > 300 && left > 60) return "5 minutes left.";
  return "";
}

/**
 * Time left on the server's clock: the device's clock plus `offsetMs` (null until the page has
 * measured it, which it does as it mounts from `serverNow`). The first render shows `serverNow`
 * itself, so the server's HTML and the browser's first render agree.
 */
export function Countdown({ deadlineAt, serverNow, offsetMs, onExpire }: { deadlineAt: string; serverNow: string; offsetMs: number | null; onExpire: () => void }) {
  const deadline = Date.parse(deadlineAt);
  const [now, setNow] = useState(() => Date.parse(serverNow));
  const left = secondsLeft(new Date(deadline), new Date(now)) ?? 0;
  // Measured again when the deadline moves: after an extension the 5- and 1-minute warnings are
  // due again, counted from the new time left.
  const [start, setStart] = useState({ deadline, left });
  if (start.deadline !== deadline) setStart({ deadline, left });
  const mountOffset = useRef<number | null>(null);
  const expired = useRef(false);
  const expire = useRef(onExpire);

  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (mountOffset.current === null) mountOffset.current = Date.parse(serverNow) - Date.now();
    const offset = offsetMs ?? mountOffset.current;
    let timer: number | undefined;
    const tick = () => {
      window.clearTimeout(timer);
      const serverTime = Date.now() + offset;
      setNow(serverTime);
      const msLeft = deadline - serverTime;
      // Wake just after the displayed second changes, rather than drifting on a 1 s interval.
      if (msLeft > 0) timer = window.setTimeout(tick, (msLeft % 1000 || 1000) + 15);
    };
    const firstMsLeft = deadline - (Date.now() + offset);
    timer = window.setTimeout(tick, firstMsLeft > 0 ? (firstMsLeft % 1000 || 1000) + 15 : 0);
    // Background tabs get their timers slowed; catch up as soon as the learner is back.
    const onVisible = () => {
      if (document.visibilityState === "visible") tick();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [deadline, offsetMs, serverNow]);

  // The display rounds down, so it shows 0:00 for the last second: expire on the deadline itself,
  // or the submission would arrive before time is up and count as the learner's own.
  const reached = now >= deadline;
  useEffect(() => {
    if (reached && !expired.current) {
      expired.current = true;
      expire.current();
    }
  }, [reached]);

  const urgent = left <= 60;
  return (
    <div className="flex items-center">
      <p role="timer" aria-label="Time left" className={`rounded border px-3 py-1 tabular-nums ${urgent ? "border-red-700 bg-red-50 font-semibold text-red-800" : "border-slate-300 text-slate-900"}`}>
        Time left <span className="font-semibold">{formatTimeLeft(left)}</span>
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement(left, start.deadline === deadline ? start.left : left)}
      </p>
    </div>
  );
}
