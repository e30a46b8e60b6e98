"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import type { LearnerView } from "@/lib/questions";
import { QuestionInput, type ResponseValue } from "../questions/question-input";
import { checkPracticeAnswer, type PracticeFeedback } from "./actions";

interface RoundQuestion {
  versionId: string;
  view: LearnerView;
}

const initialResponse = (view: LearnerView): ResponseValue => (view.type === "ordering" ? { order: view.items.map((item) => item.id) } : {});

/** One question at a time, checked on the server, with feedback and the explanation straight after. */
export function PracticeRunner({ lessonId, roundId, questions, lessonHref }: { lessonId: string; roundId: string; questions: RoundQuestion[]; lessonHref: string }) {
  const [index, setIndex] = useState(0);
  const [response, setResponse] = useState<ResponseValue>(() => (questions[0] ? initialResponse(questions[0].view) : {}));
  const [feedback, setFeedback] = useState<PracticeFeedback | null>(null);
  const [pending, startTransition] = useTransition();
  const question = questions[index];
  if (!question) return <p>This lesson has no practice questions yet.</p>;
  const checked = feedback?.status === "ok";
  const last = index === questions.length - 1;

  return (
    <section aria-labelledby="practice-question" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
      <p className="text-sm text-slate-700">
        Question {index + 1} of {questions.length}
      </p>
      <h2 id="practice-question" className="text-lg font-semibold">
        {question.view.stem}
      </h2>
      <QuestionInput view={question.view} value={response} onChange={setResponse} disabled={checked || pending} idPrefix={`q${index}`} />
      <div aria-live="polite" className="space-y-3">
        {feedback?.status === "error" && <p className="font-medium text-red-700">{feedback.message}</p>}
        {feedback?.status === "ok" && <FeedbackPanel feedback={feedback} />}
      </div>
      <div className="flex flex-wrap gap-3">
        {!checked ? (
          <button
            type="button"
            disabled={pending}
            className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-70"
            onClick={() => startTransition(async () => setFeedback(await checkPracticeAnswer({ lessonId, roundId, versionId: question.versionId, response })))}
          >
            {pending ? "Checking…" : "Check answer"}
          </button>
        ) : last ? (
          <Link href={lessonHref} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
            Back to the lesson
          </Link>
        ) : (
          <button
            type="button"
            className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800"
            onClick={() => {
              const next = questions[index + 1]!;
              setIndex(index + 1);
              setResponse(initialResponse(next.view));
              setFeedback(null);
            }}
          >
            Next question
          </button>
        )}
      </div>
    </section>
  );
}

function FeedbackPanel({ feedback }: { feedback: Extract<PracticeFeedback, { status: "ok" }> }) {
  const { result, round } = feedback;
  const graded = result.status === "graded";
  const verdict = !graded ? "Compare your answer with the model answer below." : result.fraction === 1 ? "Correct." : result.fraction > 0 ? `Partly correct (${Math.round(result.fraction * 100)}%).` : "Not correct.";
  const chosenFeedback = graded ? Object.values(result.feedback.perOption ?? {}).flatMap((option) => (option.chosen && option.feedback ? [option.feedback] : [])) : [];
  return (
    <div className={`space-y-2 rounded border p-4 ${graded && result.fraction === 1 ? "border-green-300 bg-green-50" : "border-slate-300 bg-slate-50"}`}>
      <p className="font-semibold">{verdict}</p>
      {graded && result.feedback.answerFeedback && <p>{result.feedback.answerFeedback}</p>}
      {chosenFeedback.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p>
        <span className="font-semibold">{graded ? "Right answer: " : "Model answer: "}</span>
        {feedback.rightAnswer}
      </p>
      <p>
        <span className="font-semibold">Why: </span>
        {feedback.explanation}
      </p>
      <p className="text-sm text-slate-700">
        Round so far: {round.answered} of {round.total} auto-marked questions, {Math.round(round.score * 100)}%.
        {round.passed ? " Round passed: this lesson now counts as completed." : ""}
      </p>
    </div>
  );
}
