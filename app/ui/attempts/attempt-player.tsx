"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { extensionAnnouncement } from "@/lib/attempts/extension";
import { isAnswered } from "@/lib/attempts/save-queue";
import type { ServerTime } from "./attempt-saver";
import type { AttemptPlayerProps } from "./attempt-props";
import { AttemptQuestion } from "./attempt-question";
import { Countdown } from "./countdown";
import { QuestionNavigator } from "./question-navigator";
import { SaveStatus, saveStatus } from "./save-status";
import { SubmitDialog } from "./submit-dialog";
import { useAttemptClock } from "./use-attempt-clock";
import { useAutosave } from "./use-autosave";
import { useScrollPadding } from "./use-scroll-padding";
import { useSubmission } from "./use-submission";

/**
 * A graded attempt: every question on one page, each change saved as it is made (and kept on the
 * device until the server confirms it), a countdown on the server's clock that follows extensions,
 * and a confirmed submit.
 */
export function AttemptPlayer({ attemptId, deadlineAt, serverNow, questions, reviewUrl }: AttemptPlayerProps) {
  const [clock, setClock] = useState<{ offsetMs: number | null; deadlineAt: string | null }>({ offsetMs: null, deadlineAt });
  const [extended, setExtended] = useState("");
  const shownDeadline = useRef(deadlineAt);
  // Saves and the clock both report the server's deadline; a later one is an extension, said once.
  const followServer = useCallback((time: ServerTime) => {
    const message = extensionAnnouncement(shownDeadline.current, time.deadlineAt);
    shownDeadline.current = time.deadlineAt;
    if (message) setExtended(message);
    setClock(time);
  }, []);
  const saverQuestions = useMemo(() => questions.map((question) => ({ attemptQuestionId: question.attemptQuestionId, type: question.view.type, saved: question.saved })), [questions]);
  const { saver, snapshot } = useAutosave({ attemptId, reviewUrl, questions: saverQuestions, onServerTime: followServer });
  const goToReview = useCallback((url: string) => window.location.assign(url), []);
  useAttemptClock({ attemptId, timed: deadlineAt !== null, onServerTime: followServer, onOver: goToReview });
  const submission = useSubmission({ attemptId, reviewUrl, saver });
  const { submitUntilDone } = submission;
  // A request count, not a flag: the native dialog closes itself (Escape, Keep working), and a new
  // request must open it even if React has not yet heard that it closed.
  const [dialogRequests, setDialogRequests] = useState(0);
  const [timeUp, setTimeUp] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  useScrollPadding(bar);

  const onExpire = useCallback(() => {
    setTimeUp(true);
    void submitUntilDone();
  }, [submitUntilDone]);

  const numbers = useMemo(() => new Map(questions.map((question) => [question.attemptQuestionId, question.number])), [questions]);
  const items = questions.map((question) => {
    const id = question.attemptQuestionId;
    const shown = snapshot.shown[id] ?? { value: {}, flagged: false };
    const refusal = snapshot.queue.rejected[id];
    return {
      question,
      shown,
      answered: isAnswered(question.view.type, shown.value),
      // Kept while a corrected answer is on its way, so the reason does not vanish mid-correction.
      refusal: refusal?.message ?? null,
      refusedNow: refusal !== undefined && snapshot.queue.pending[id]?.seq === refusal.seq,
    };
  });
  const status = saveStatus(snapshot, (id) => numbers.get(id) ?? 0);
  const finishing = submission.state.kind === "working" || submission.state.kind === "done";
  const locked = timeUp || finishing || snapshot.over !== null;
  const timeUpText = submission.state.kind === "failed" ? "Time is up. Your answers will be submitted as soon as the connection is back." : "Time is up. Submitting your answers…";

  if (questions.length === 0) return <p>This attempt has no questions.</p>;

  return (
    <div>
      <div ref={bar} className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white px-4 py-3 sm:-mx-6 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {clock.deadlineAt && <Countdown deadlineAt={clock.deadlineAt} serverNow={serverNow} offsetMs={clock.offsetMs} onExpire={onExpire} />}
          {/* Under the timer and button on narrow screens, so the bar stays two lines high. */}
          <div className="order-last basis-full sm:order-none sm:basis-auto">
            <SaveStatus {...status} />
          </div>
          <button
            type="button"
            onClick={() => {
              submission.clearFailure();
              setDialogRequests((count) => count + 1);
            }}
            disabled={locked}
            className="ml-auto rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-70"
          >
            Submit attempt
          </button>
        </div>
        <p aria-live="polite" className={timeUp ? "mt-2 font-medium text-slate-900" : ""}>
          {timeUp ? timeUpText : null}
        </p>
        <p aria-live="polite" className={extended && !timeUp ? "mt-2 font-medium text-green-800" : "sr-only"}>
          {timeUp ? null : extended}
        </p>
      </div>

      <div className="mt-6 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)] lg:items-start lg:gap-8">
        <div className="lg:sticky lg:top-[calc(var(--attempt-bar-height,4rem)+1.5rem)] lg:max-h-[calc(100vh-var(--attempt-bar-height,4rem)-3rem)] lg:overflow-y-auto">
          <QuestionNavigator items={items.map(({ question, shown, answered }) => ({ number: question.number, answered, flagged: shown.flagged }))} />
        </div>
        <div className="mt-6 space-y-6 lg:mt-0">
          {items.map(({ question, shown, answered, refusal }) => (
            <AttemptQuestion
              key={question.attemptQuestionId}
              attemptQuestionId={question.attemptQuestionId}
              number={question.number}
              maxMark={question.maxMark}
              view={question.view}
              value={shown.value}
              flagged={shown.flagged}
              answered={answered}
              refusal={refusal}
              disabled={locked}
              onChange={saver.change}
              onToggleFlag={saver.toggleFlag}
            />
          ))}
        </div>
      </div>

      <SubmitDialog
        openRequests={dialogRequests}
        onConfirm={() => void submission.submit()}
        state={submission.state}
        unanswered={items.filter((item) => !item.answered).map((item) => item.question.number)}
        flagged={items.filter((item) => item.shown.flagged).map((item) => item.question.number)}
        notSaved={items.filter((item) => item.refusedNow).map((item) => item.question.number)}
      />
    </div>
  );
}
