"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { retryDelayMs } from "@/lib/attempts/save-queue";
import { postSubmit } from "./attempt-client";
import type { AttemptSaver } from "./attempt-saver";

export type SubmissionState =
  | { kind: "idle" }
  | { kind: "working"; step: "saving" | "submitting" }
  | { kind: "failed"; message: string }
  /** Submitted (or found already over): the review is loading. */
  | { kind: "done" };

export const offlineSubmitMessage = "You are offline, so the attempt was not submitted. Your answers are kept on this device; submit again when the connection is back.";

/**
 * Hands the attempt in: every answer acknowledged first, then one submit request, then the review.
 * Calls made while one is under way share it, so a double click cannot submit twice; only a failed
 * try lets the next call start afresh.
 */
export function useSubmission({ attemptId, reviewUrl, saver }: { attemptId: string; reviewUrl: string; saver: AttemptSaver }) {
  const [state, setState] = useState<SubmissionState>({ kind: "idle" });
  const running = useRef<Promise<boolean> | null>(null);
  const unmounted = useRef(false);

  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
    };
  }, []);

  const submit = useCallback((): Promise<boolean> => {
    if (running.current) return running.current;
    const fail = (message: string) => {
      setState({ kind: "failed", message });
      return false;
    };
    const done = (url: string) => {
      saver.finish();
      setState({ kind: "done" });
      window.location.assign(url);
      return true;
    };
    const run = (async () => {
      setState({ kind: "working", step: "saving" });
      const flushed = await saver.flush();
      if (flushed.kind === "over") return true;
      if (flushed.kind === "offline") return fail(offlineSubmitMessage);
      if (flushed.kind === "refused") return fail(`Your answers could not be saved, so the attempt was not submitted: ${flushed.message}`);
      setState({ kind: "working", step: "submitting" });
      const result = await postSubmit(attemptId);
      switch (result.kind) {
        case "ok":
          return done(result.body.reviewUrl);
        case "over":
          return done(result.reviewUrl ?? reviewUrl);
        case "unreachable":
          return fail("The server could not be reached, so the attempt was not submitted. Your answers are saved; try again.");
        case "refused":
          return fail(result.message);
      }
    })();
    running.current = run;
    void run.then((ok) => {
      if (!ok) running.current = null;
    });
    return run;
  }, [attemptId, reviewUrl, saver]);

  /** When time runs out: keep trying until the server has it (it also finalises on its own). */
  const submitUntilDone = useCallback(async () => {
    for (let failures = 1; !unmounted.current; failures++) {
      if (await submit()) return;
      await new Promise<void>((resolve) => {
        const retry = () => {
          window.clearTimeout(timer);
          window.removeEventListener("online", retry);
          resolve();
        };
        const timer = window.setTimeout(retry, retryDelayMs(failures));
        window.addEventListener("online", retry);
      });
    }
  }, [submit]);

  /** A failure is news once: reopening the dialog starts clean. */
  const clearFailure = useCallback(() => setState((current) => (current.kind === "failed" ? { kind: "idle" } : current)), []);

  return { state, submit, submitUntilDone, clearFailure };
}
