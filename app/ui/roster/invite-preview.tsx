"use client";

import { useActionState, useEffect, useRef } from "react";
import { idleState, type ActionState } from "@/app/lib/action-state";
import { FormMessage, SubmitButton } from "@/app/ui/form-status";
import { needsLink, outcomeLabels, summarisePlan } from "@/lib/roster/invite-plan";
import { InviteResults } from "./invite-results";
import type { InvitePreviewState, InviteResultState } from "./invite-state";

const problemLabels = { invalid: "Not a valid email address: skipped", duplicate: "Listed earlier: skipped" } as const;

/** Step two: every row and what confirming will do to it; then the results with their links. */
export function InvitePreview({ courseSlug, state, sendAction, restart }: { courseSlug: string; state: ActionState; sendAction: (state: ActionState, formData: FormData) => Promise<ActionState>; restart: () => void }) {
  const { plan, problems, fileName } = (state as InvitePreviewState).preview!;
  const [sent, formAction] = useActionState(sendAction, idleState);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const results = (sent as InviteResultState).results;
  if (results) return <InviteResults courseSlug={courseSlug} results={results} restart={restart} />;
  const counts = summarisePlan(plan);
  const actionable = plan.filter((row) => row.outcome !== "already_enrolled" && row.outcome !== "deactivated");
  const links = plan.filter((row) => needsLink(row.outcome)).length;
  return (
    <section aria-labelledby="preview-heading" className="space-y-5">
      <h2 id="preview-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
        Check before inviting{fileName ? ` (${fileName})` : ""}
      </h2>
      <p className="text-slate-800">
        {counts.new_account} new {counts.new_account === 1 ? "account" : "accounts"}, {counts.reinvite_pending} pending to invite again, {counts.enrol_existing} existing to enrol, {counts.already_enrolled} already enrolled, {counts.deactivated} deactivated, {problems.length} {problems.length === 1 ? "row" : "rows"} skipped.
      </p>
      {plan.length > 0 && (
        <div role="region" aria-labelledby="plan-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption id="plan-caption" className="px-3 py-2 text-left text-slate-800">What happens to each address</caption>
            <thead>
              <tr className="border-b border-slate-300 text-sm text-slate-700">
                <th scope="col" className="px-3 py-2 font-medium">Line</th>
                <th scope="col" className="px-3 py-2 font-medium">Email</th>
                <th scope="col" className="px-3 py-2 font-medium">Name</th>
                <th scope="col" className="px-3 py-2 font-medium">What happens</th>
              </tr>
            </thead>
            <tbody>
              {plan.map((row) => (
                <tr key={row.email} className="border-b border-slate-100">
                  <td className="px-3 py-2 tabular-nums">{row.line}</td>
                  <th scope="row" className="px-3 py-2 font-normal break-all">{row.email}</th>
                  <td className="px-3 py-2">{row.name ?? "—"}</td>
                  <td className="px-3 py-2">
                    {outcomeLabels[row.outcome]}
                    {row.restoring && <span className="block text-sm text-slate-700">Removed earlier: their work comes back.</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {problems.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">Skipped rows</h3>
          <ul className="list-disc space-y-1 pl-6">
            {problems.map((problem) => (
              <li key={`${problem.line}:${problem.text}`}>
                Line {problem.line}: <span className="font-mono break-all">{problem.text}</span> — {problemLabels[problem.reason]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="course" value={courseSlug} />
        <input type="hidden" name="invitees" value={JSON.stringify(actionable.map(({ line, email, name }) => ({ line, email, name })))} />
        <FormMessage state={sent} />
        <div className="flex flex-wrap gap-3">
          {actionable.length > 0 && <SubmitButton label={`Confirm: invite ${actionable.length} ${actionable.length === 1 ? "learner" : "learners"}${links ? ` (${links} ${links === 1 ? "link" : "links"})` : ""}`} pendingLabel="Inviting…" />}
          <button type="button" onClick={restart} className="rounded border border-slate-500 px-4 py-2 text-slate-900 hover:bg-slate-100">
            Start again
          </button>
        </div>
      </form>
    </section>
  );
}
