"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { LearnerView } from "@/lib/questions";
import { QuestionInput, type ResponseValue } from "../questions/question-input";
import { checkReviewAnswer, type ReviewFeedback } from "./actions";
import { ReviewFeedbackPanel } from "./review-feedback";

export interface ReviewQuestion {
  cardId: string;
  versionId: string;
  lessonTitle: string;
  view: LearnerView;
}

const initialResponse = (view: LearnerView): ResponseValue => (view.type === "ordering" ? { order: view.items.map((item) => item.id) } : {});
const button = "rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-70";

/**
 * The due questions one at a time, like practice: checked on the server, which reschedules the
 * card, then feedback and the explanation. Focus follows the flow for keyboard and screen-reader
 * users: to the feedback once checked, to the next question after Next.
 */
export function ReviewRunner({ courseId, questions, moreDue }: { courseId: string; questions: ReviewQuestion[]; moreDue: boolean }) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [response, setResponse] = useState<ResponseValue>(() => (questions[0] ? initialResponse(questions[0].view) : {}));
  const [feedback, setFeedback] = useState<ReviewFeedback | null>(null);
  const [pending, startTransition] = useTransition();
  const feedbackRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const checked = feedback?.status === "ok";

  useEffect(() => {
    if (checked) feedbackRef.current?.focus();
  }, [checked]);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  const question = questions[index];
  if (!question) return null;
  const last = index === questions.length - 1;

  return (
    <section aria-labelledby="review-question" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
      <p className="text-sm text-slate-700">
        Question {index + 1} of {questions.length} · from “{question.lessonTitle}”
      </p>
      <h2 id="review-question" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {question.view.stem}
      </h2>
      <QuestionInput view={question.view} value={response} onChange={setResponse} disabled={checked || pending} idPrefix={`r${index}`} />
      {feedback?.status === "error" && (
        <p role="alert" className="font-medium text-red-700">
          {feedback.message}
        </p>
      )}
      {feedback?.status === "ok" && <ReviewFeedbackPanel ref={feedbackRef} feedback={feedback} />}
      <div className="flex flex-wrap gap-3">
        {!checked ? (
          <button
            type="button"
            disabled={pending}
            className={button}
            onClick={() => startTransition(async () => setFeedback(await checkReviewAnswer({ courseId, cardId: question.cardId, versionId: question.versionId, response })))}
          >
            {pending ? "Checking…" : "Check answer"}
          </button>
        ) : !last ? (
          <button
            type="button"
            className={button}
            onClick={() => {
              moved.current = true;
              setIndex(index + 1);
              setResponse(initialResponse(questions[index + 1]!.view));
              setFeedback(null);
            }}
          >
            Next question
          </button>
        ) : (
          <button type="button" disabled={pending} className={button} onClick={() => startTransition(() => router.refresh())}>
            {pending ? "Loading…" : moreDue ? "Review the next questions" : "Finish review"}
          </button>
        )}
      </div>
    </section>
  );
}
