"use client";

import { useEffect, useRef, useState } from "react";

interface Pending {
  paragraph: number;
  visibleSeconds: number;
  reachedEnd: boolean;
}

const flushEveryMs = 5_000;
const storageKey = (lessonId: string) => `rampart:progress:${lessonId}`;

/**
 * Measures reading on a lesson page: seconds while the page is visible, the paragraph at the top
 * of the screen, and whether the end was reached. Reports are batched, sent with sendBeacon when
 * the page is hidden or closed, and kept in localStorage while the connection is down.
 */
export function ReadingTracker({ lessonId, initialStatus, resumeParagraph }: { lessonId: string; initialStatus: string; resumeParagraph: number }) {
  const [status, setStatus] = useState(initialStatus);
  const [resumed, setResumed] = useState(false);
  const pending = useRef<Pending>({ paragraph: 0, visibleSeconds: 0, reachedEnd: false });
  const dirty = useRef(false);
  const lastSentParagraph = useRef(resumeParagraph);

  useEffect(() => {
    const saved = localStorage.getItem(storageKey(lessonId));
    if (saved) {
      try {
        const previous = JSON.parse(saved) as Pending;
        pending.current = { ...previous };
        dirty.current = true;
      } catch {
        localStorage.removeItem(storageKey(lessonId));
      }
    }
    if (!location.hash && resumeParagraph > 1) {
      const target = document.getElementById(`p-${resumeParagraph}`);
      if (target) {
        target.scrollIntoView({ block: "start" });
        requestAnimationFrame(() => setResumed(true));
      }
    }

    const paragraphs = Array.from(document.querySelectorAll<HTMLElement>("[data-paragraph]"));
    const currentParagraph = () => {
      let current = paragraphs[0] ? 1 : 0;
      for (const element of paragraphs) {
        if (element.getBoundingClientRect().top <= window.innerHeight * 0.3) current = Number(element.dataset.paragraph);
      }
      return current;
    };
    const note = (update: Partial<Pending>) => {
      pending.current = { ...pending.current, ...update };
      dirty.current = true;
    };

    const send = async (useBeacon: boolean) => {
      // The scroll event may not have fired yet when a tab closes right after scrolling.
      const paragraph = currentParagraph();
      if (!dirty.current && paragraph === lastSentParagraph.current) return;
      const report = { lessonId, ...pending.current, paragraph };
      lastSentParagraph.current = paragraph;
      const body = JSON.stringify(report);
      pending.current = { paragraph: report.paragraph, visibleSeconds: 0, reachedEnd: false };
      dirty.current = false;
      localStorage.removeItem(storageKey(lessonId));
      const keep = () => {
        pending.current = { paragraph: pending.current.paragraph || report.paragraph, visibleSeconds: pending.current.visibleSeconds + report.visibleSeconds, reachedEnd: pending.current.reachedEnd || report.reachedEnd };
        dirty.current = true;
        localStorage.setItem(storageKey(lessonId), JSON.stringify(pending.current));
      };
      if (useBeacon && navigator.sendBeacon?.("/api/progress", new Blob([body], { type: "application/json" }))) return;
      try {
        const response = await fetch("/api/progress", { method: "POST", headers: { "content-type": "application/json" }, body, keepalive: useBeacon });
        if (response.ok) setStatus(((await response.json()) as { status: string }).status);
        else if (response.status >= 500) keep();
      } catch {
        keep();
      }
    };

    const tick = window.setInterval(() => {
      if (document.visibilityState === "visible") note({ visibleSeconds: pending.current.visibleSeconds + 1 });
    }, 1_000);
    const flush = window.setInterval(() => void send(false), flushEveryMs);
    const onScroll = () => note({ paragraph: currentParagraph() });
    const onHide = () => {
      if (document.visibilityState === "hidden") void send(true);
    };
    const onPageHide = () => void send(true);
    const onOnline = () => void send(false);
    const end = document.getElementById("lesson-end");
    const endObserver = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) note({ reachedEnd: true });
    });
    if (end) endObserver.observe(end);
    window.addEventListener("scroll", onScroll, { passive: true });
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("online", onOnline);
    return () => {
      window.clearInterval(tick);
      window.clearInterval(flush);
      endObserver.disconnect();
      window.removeEventListener("scroll", onScroll);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("online", onOnline);
      void send(true);
    };
  }, [lessonId, resumeParagraph]);

  return (
    <p role="status" className="text-sm text-slate-700" data-testid="lesson-status">
      {status === "completed" ? "Completed" : status === "in_progress" ? "In progress" : "Not started"}
      {resumed && status !== "completed" ? " · resumed where you left off" : ""}
    </p>
  );
}
