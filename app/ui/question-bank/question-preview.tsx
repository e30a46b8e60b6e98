"use client";

import { useMemo, useState } from "react";
import { AttemptQuestion } from "@/app/ui/attempts/attempt-question";
import type { ResponseValue } from "@/app/ui/questions/question-input";
import { storedFormOf } from "@/lib/interchange/stored-form";
import type { ParsedQuestionForm } from "@/lib/question-bank/parse-form";
import { displayOrder, fromStoredVersion, learnerViewOf, rightAnswerOf } from "@/lib/questions";

/**
 * The question as a learner will see it in an attempt, rebuilt from the form as the instructor
 * types: the same learner view and the same controls the attempt page uses. It sits outside the
 * editor's form and has no submit button, so nothing typed or ticked here is ever sent.
 */
export function QuestionPreview({ parsed }: { parsed: ParsedQuestionForm }) {
  // Through the stored form and back, so the preview shows what a saved version will show (ids and all).
  const question = useMemo(() => {
    if (!parsed.ok) return null;
    try {
      return fromStoredVersion(storedFormOf(parsed.question));
    } catch {
      // The form's checks should make this unreachable; a preview that cannot be built must not take the form down with it.
      return null;
    }
  }, [parsed]);
  // Learners always get ordering items shuffled (never into the answer); other types are shown unshuffled, so options stay put while typing.
  const view = useMemo(() => (question ? learnerViewOf(question, question.type === "ordering" ? displayOrder(question, "preview") : undefined) : null), [question]);
  const [value, setValue] = useState<ResponseValue>({});
  const [flagged, setFlagged] = useState(false);
  const problems = parsed.ok ? 0 : Object.values(parsed.fieldErrors).flat().length;

  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h2 id="preview-heading" className="text-xl font-semibold">
        Preview
      </h2>
      <p className="text-sm text-slate-700">As learners will see it in an attempt. Try answering: nothing here is saved or sent.</p>
      {view && question ? (
        <>
          <AttemptQuestion
            key={view.type}
            attemptQuestionId="preview"
            number={1}
            maxMark={1}
            view={view}
            value={value}
            flagged={flagged}
            answered={Object.keys(value).length > 0}
            refusal={null}
            disabled={false}
            onChange={(_, next) => setValue(next)}
            onToggleFlag={() => setFlagged((was) => !was)}
          />
          <p className="text-sm whitespace-pre-line text-slate-700">
            <span className="font-medium">Right answer</span> (shown at review when the quiz allows it): {rightAnswerOf(question)}
          </p>
        </>
      ) : (
        <p className="rounded border border-slate-300 bg-slate-50 p-3 text-slate-800">
          The preview appears once the question is complete: {problems === 1 ? "one field needs" : `${problems} fields need`} attention. Saving lists them beside each field.
        </p>
      )}
    </section>
  );
}
