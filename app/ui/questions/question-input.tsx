"use client";

import type { LearnerView } from "@/lib/questions";

export type ResponseValue = Record<string, unknown>;

/** The answer controls for any question type, from its learner view (which holds no keys). */
export function QuestionInput({ view, value, onChange, disabled, idPrefix }: { view: LearnerView; value: ResponseValue; onChange: (value: ResponseValue) => void; disabled?: boolean; idPrefix: string }) {
  const input = "rounded border border-slate-400 bg-white px-3 py-2 text-slate-900";
  switch (view.type) {
    case "single_choice":
    case "multiple_response": {
      const multiple = view.type === "multiple_response";
      const chosen = new Set(multiple ? ((value.choices as string[] | undefined) ?? []) : [value.choice as string | undefined]);
      return (
        <fieldset disabled={disabled} className="space-y-2">
          <legend className="sr-only">{multiple ? "Choose every answer that applies" : "Choose one answer"}</legend>
          {multiple && <p className="text-sm text-slate-700">Choose every answer that applies.</p>}
          {view.options.map((option) => (
            <label key={option.key} className="flex cursor-pointer items-start gap-3 rounded border border-slate-200 bg-white p-3 hover:border-slate-400">
              <input
                type={multiple ? "checkbox" : "radio"}
                name={`${idPrefix}-choice`}
                className="mt-1 size-4"
                checked={chosen.has(option.key)}
                onChange={(event) =>
                  onChange(
                    multiple
                      ? { choices: event.target.checked ? [...chosen, option.key].filter(Boolean) : [...chosen].filter((key) => key && key !== option.key) }
                      : { choice: option.key },
                  )
                }
              />
              <span>{option.text}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case "true_false":
      return (
        <fieldset disabled={disabled} className="flex gap-3">
          <legend className="sr-only">True or false</legend>
          {[true, false].map((answer) => (
            <label key={String(answer)} className="flex cursor-pointer items-center gap-2 rounded border border-slate-200 bg-white px-4 py-2">
              <input type="radio" name={`${idPrefix}-tf`} className="size-4" checked={value.value === answer} onChange={() => onChange({ value: answer })} />
              {answer ? "True" : "False"}
            </label>
          ))}
        </fieldset>
      );
    case "short_answer":
    case "numerical":
      return (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${idPrefix}-text`} className="sr-only">
            Your answer
          </label>
          <input id={`${idPrefix}-text`} className={input} disabled={disabled} value={(value.text as string | undefined) ?? ""} onChange={(event) => onChange({ text: event.target.value })} inputMode={view.type === "numerical" ? "decimal" : undefined} autoComplete="off" />
          {view.type === "numerical" && view.unit && <span className="text-slate-700">{view.unit}</span>}
        </div>
      );
    case "essay":
      return (
        <div>
          <label htmlFor={`${idPrefix}-essay`} className="sr-only">
            Your answer
          </label>
          <textarea id={`${idPrefix}-essay`} rows={8} className={`${input} w-full`} disabled={disabled} value={(value.text as string | undefined) ?? ""} onChange={(event) => onChange({ text: event.target.value })} />
        </div>
      );
    case "matching": {
      const pairs = (value.pairs as Record<string, string> | undefined) ?? {};
      return (
        <div className="space-y-3">
          {view.prompts.map((prompt) => (
            <div key={prompt.id} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-4">
              <label htmlFor={`${idPrefix}-${prompt.id}`}>{prompt.text}</label>
              <select id={`${idPrefix}-${prompt.id}`} className={input} disabled={disabled} value={pairs[prompt.id] ?? ""} onChange={(event) => onChange({ pairs: { ...pairs, [prompt.id]: event.target.value } })}>
                <option value="">Choose…</option>
                {view.answers.map((answer) => (
                  <option key={answer.id} value={answer.id}>
                    {answer.text}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
    case "ordering": {
      const order = (value.order as string[] | undefined) ?? view.items.map((item) => item.id);
      const text = new Map(view.items.map((item) => [item.id, item.text]));
      const move = (index: number, by: number) => {
        const next = [...order];
        [next[index], next[index + by]] = [next[index + by]!, next[index]!];
        onChange({ order: next });
      };
      return (
        <ol className="space-y-2">
          {order.map((id, index) => (
            <li key={id} className="flex items-center gap-2 rounded border border-slate-200 bg-white p-2">
              <span className="w-6 text-right tabular-nums text-slate-600">{index + 1}.</span>
              <span className="flex-1">{text.get(id)}</span>
              <button type="button" disabled={disabled || index === 0} onClick={() => move(index, -1)} className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-50" aria-label={`Move “${text.get(id)}” up`}>
                ↑
              </button>
              <button type="button" disabled={disabled || index === order.length - 1} onClick={() => move(index, 1)} className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-50" aria-label={`Move “${text.get(id)}” down`}>
                ↓
              </button>
            </li>
          ))}
        </ol>
      );
    }
  }
}
