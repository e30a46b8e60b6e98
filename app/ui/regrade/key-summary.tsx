import type { KeyForm } from "@/lib/regrade/key-form";

const credit = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(2)} %`;

/** The key as it is now, in words: what earns credit. */
export function KeySummary({ keyForm }: { keyForm: KeyForm }) {
  switch (keyForm.type) {
    case "single_choice":
    case "multiple_response":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {keyForm.options.map((option) => (
            <li key={option.key}>
              {option.text} — <span className={option.credit > 0 ? "font-semibold text-green-800" : "text-slate-700"}>{credit(option.credit)}</span>
            </li>
          ))}
        </ul>
      );
    case "true_false":
      return <p>The statement is {keyForm.answer ? <strong>true</strong> : <strong>false</strong>}.</p>;
    case "short_answer":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {keyForm.answers.map((answer) => (
            <li key={answer.text}>
              “{answer.text}” — {credit(answer.credit)}
            </li>
          ))}
          <li>{keyForm.caseSensitive ? "Case matters." : "Case does not matter."}</li>
        </ul>
      );
    case "numerical":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {keyForm.answers.map((answer, index) => (
            <li key={index}>
              {answer.value === "*" ? "Any number" : `${answer.value} ± ${answer.tolerance}`}
              {keyForm.unit ? ` ${keyForm.unit}` : ""} — {credit(answer.credit)}
            </li>
          ))}
        </ul>
      );
    case "matching":
      return (
        <ul className="list-disc space-y-1 pl-6">
          {keyForm.pairs.map((pair, index) => (
            <li key={index}>
              {pair.prompt} → {pair.answer}
            </li>
          ))}
        </ul>
      );
    case "ordering":
      return (
        <ol className="list-decimal space-y-1 pl-6">
          {keyForm.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      );
    case "essay":
      return <p>Essays are graded by hand; there is no key to correct.</p>;
  }
}
