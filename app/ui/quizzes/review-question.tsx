import { marksText } from "@/lib/attempts/describe-rules";
import type { Outcome, ReviewItem } from "@/lib/attempts/review-item";

const outcomeText: Record<Outcome, string> = {
  correct: "Correct",
  partially_correct: "Partially correct",
  incorrect: "Incorrect",
  awaiting_grading: "Awaiting grading",
  not_answered: "Not answered",
};

const outcomeStyle: Record<Outcome, string> = {
  correct: "border-green-700 text-green-800",
  partially_correct: "border-amber-700 text-amber-800",
  incorrect: "border-red-700 text-red-800",
  awaiting_grading: "border-slate-500 text-slate-700",
  not_answered: "border-slate-500 text-slate-700",
};

/** One reviewed question; renders only the parts the server put in the item. */
export function ReviewQuestion({ item }: { item: ReviewItem }) {
  const headingId = `review-q${item.number}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Question {item.number}
        </h2>
        <p className="flex flex-wrap gap-2 text-sm">
          {item.outcome && <span className={`rounded border px-2 py-0.5 font-medium ${outcomeStyle[item.outcome]}`}>{outcomeText[item.outcome]}</span>}
          {item.marks && <span className="rounded border border-slate-300 px-2 py-0.5">Mark {marksText(item.marks.mark, item.marks.maxMark)}</span>}
        </p>
      </div>
      <p className="whitespace-pre-line">{item.stem}</p>
      <div>
        <h3 className="text-sm font-semibold text-slate-700">Your answer</h3>
        {item.answer.length === 0 ? (
          <p className="text-slate-700">No answer given.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {item.answer.map((line, index) => (
              <li key={index} className="whitespace-pre-line">
                {line.text}
                {line.right !== undefined && <span className={line.right ? "ml-2 font-medium text-green-800" : "ml-2 font-medium text-red-800"}>{line.right ? "(right)" : "(wrong)"}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {item.rightAnswer !== undefined && (
        <div>
          <h3 className="text-sm font-semibold text-slate-700">Right answer</h3>
          <p className="whitespace-pre-line">{item.rightAnswer}</p>
        </div>
      )}
      {item.feedback && (item.feedback.forAnswer.length > 0 || item.feedback.general || item.feedback.comment) && (
        <div className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3">
          <h3 className="text-sm font-semibold text-slate-700">Feedback</h3>
          {item.feedback.forAnswer.map((text, index) => (
            <p key={index}>{text}</p>
          ))}
          {item.feedback.general && <p>{item.feedback.general}</p>}
          {item.feedback.comment && <p>Your instructor: {item.feedback.comment}</p>}
        </div>
      )}
    </section>
  );
}
