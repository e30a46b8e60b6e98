"use client";

import { useEffect, useRef } from "react";
import { confirmImpactField } from "@/lib/quizzes/form-fields";

/**
 * What a save would do to the quiz's attempts, as the server worked it out. Nothing is saved yet:
 * "Save anyway" sends the form again with the token of exactly this impact.
 */
export function ChangeConfirmation({ confirm }: { confirm: { items: string[]; token: string } }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [confirm]);
  return (
    <section aria-labelledby="impact-heading" className="space-y-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-5 text-amber-950">
      <h2 id="impact-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        Nothing is saved yet: this quiz already has attempts
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {confirm.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>Your changes are still in the form below. Save anyway, or change them and save again.</p>
      <button type="submit" name={confirmImpactField} value={confirm.token} className="rounded bg-amber-800 px-4 py-2 font-medium text-white hover:bg-amber-900">
        Save anyway
      </button>
    </section>
  );
}
