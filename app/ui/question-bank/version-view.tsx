import type { Question } from "@/lib/questions";

/** A version of a question in words: stem, every answer with its credit and feedback, explanation. */

const percent = (fraction: number) => `${Math.round(fraction * 1e4) / 100} %`;
const muted = "text-slate-700";

function Feedback({ text }: { text: string }) {
  return text ? <span className={muted}> — feedback: “{text}”</span> : null;
}

export function VersionView({ question }: { question: Question }) {
  return (
    <div className="space-y-3">
      <p className="whitespace-pre-line font-medium">{question.stem}</p>
      <Answers question={question} />
      {question.explanation && (
        <p className="whitespace-pre-line">
          <span className="font-medium">Explanation:</span> {question.explanation}
        </p>
      )}
    </div>
  );
}

function Answers({ question }: { question: Question }) {
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {question.options.map((option) => (
            <li key={option.key}>
              {option.text} — <span className={option.fraction > 0 ? "font-semibold text-green-800" : muted}>{percent(option.fraction)}</span>
              <Feedback text={option.feedback} />
            </li>
          ))}
          {question.shuffle === false && <li className={muted}>Options are not shuffled.</li>}
          {question.type === "multiple_response" && question.allOrNothing && <li className={muted}>All or nothing.</li>}
        </ul>
      );
    case "true_false":
      return (
        <ul className="list-disc space-y-1 pl-6">
          <li>
            The statement is <strong>{question.answer ? "true" : "false"}</strong>.
          </li>
          {question.feedbackTrue && <li>Feedback for “True”: “{question.feedbackTrue}”</li>}
          {question.feedbackFalse && <li>Feedback for “False”: “{question.feedbackFalse}”</li>}
        </ul>
      );
    case "short_answer":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {question.answers.map((answer, index) => (
            <li key={index}>
              “{answer.text}” — {percent(answer.fraction)}
              <Feedback text={answer.feedback} />
            </li>
          ))}
          <li className={muted}>{question.caseSensitive ? "Case matters." : "Case does not matter."}</li>
        </ul>
      );
    case "numerical":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {question.answers.map((answer, index) => (
            <li key={index}>
              {answer.value === "*" ? "Any number" : `${answer.value} ± ${answer.tolerance}`}
              {question.unit ? ` ${question.unit}` : ""} — {percent(answer.fraction)}
              <Feedback text={answer.feedback} />
            </li>
          ))}
        </ul>
      );
    case "matching":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {question.pairs.map((pair) => (
            <li key={pair.id}>
              {pair.prompt} → {pair.answer}
            </li>
          ))}
          {question.distractors.length > 0 && <li className={muted}>Distractors: {question.distractors.join(", ")}</li>}
        </ul>
      );
    case "ordering":
      return (
        <ol className="list-decimal space-y-1 pl-6">
          {question.items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ol>
      );
    case "essay":
      return (
        <div className="space-y-2">
          {question.modelAnswer && (
            <p className="whitespace-pre-line">
              <span className="font-medium">Model answer:</span> {question.modelAnswer}
            </p>
          )}
          {question.rubric?.criteria.map((criterion) => (
            <div key={criterion.key}>
              <p className="font-medium">Rubric: {criterion.title}</p>
              <ul className="list-disc pl-6">
                {criterion.levels.map((level, index) => (
                  <li key={index}>
                    {level.label} ({level.points} points){level.description ? `: ${level.description}` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      );
  }
}
