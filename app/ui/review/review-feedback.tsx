import type { Ref } from "react";
import type { ReviewFeedback } from "./actions";

/** Correctness, the feedback for the answer given, the right answer, why, and when the question comes back. */
export function ReviewFeedbackPanel({ feedback, ref }: { feedback: Extract<ReviewFeedback, { status: "ok" }>; ref?: Ref<HTMLDivElement> }) {
  const { result } = feedback;
  const verdict = result.fraction === 1 ? "Correct." : result.fraction > 0 ? `Partly correct (${Math.round(result.fraction * 100)}%).` : "Not correct.";
  const chosenFeedback = Object.values(result.feedback.perOption ?? {}).flatMap((option) => (option.chosen && option.feedback ? [option.feedback] : []));
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-label="Feedback"
      className={`space-y-2 rounded border p-4 ${result.fraction === 1 ? "border-green-300 bg-green-50" : "border-slate-300 bg-slate-50"}`}
    >
      <p className="font-semibold">{verdict}</p>
      {result.feedback.answerFeedback && <p>{result.feedback.answerFeedback}</p>}
      {chosenFeedback.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p>
        <span className="font-semibold">Right answer: </span>
        {feedback.rightAnswer}
      </p>
      <p>
        <span className="font-semibold">Why: </span>
        {feedback.explanation}
      </p>
      <p className="text-sm text-slate-700">Next review of this question: {feedback.nextReview}.</p>
    </div>
  );
}
