"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { outcomeLabels } from "@/lib/roster/invite-plan";
import type { InviteResult } from "@/server/roster/invite";

/** Step three: each invited learner and, for pending accounts, the one-time link to hand over. */
export function InviteResults({ courseSlug, results, restart }: { courseSlug: string; results: InviteResult[]; restart: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  // Only rendered after the action answered, so this always runs in the browser.
  const origin = window.location.origin;
  const withLinks = results.filter((result) => result.token);
  return (
    <section aria-labelledby="results-heading" className="space-y-5">
      <h2 id="results-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
        Invitations sent
      </h2>
      {withLinks.length > 0 && (
        <p className="rounded border border-blue-800 bg-blue-50 p-3 text-slate-900">
          <strong>Copy these links now.</strong> They are shown only once and are not stored; each works once, for 7 days. If one is lost, invite the same address again for a new link.
        </p>
      )}
      <div role="region" aria-labelledby="results-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left">
          <caption id="results-caption" className="px-3 py-2 text-left text-slate-800">Invited learners and their links</caption>
          <thead>
            <tr className="border-b border-slate-300 text-sm text-slate-700">
              <th scope="col" className="px-3 py-2 font-medium">Learner</th>
              <th scope="col" className="px-3 py-2 font-medium">Result</th>
              <th scope="col" className="px-3 py-2 font-medium">One-time link</th>
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.email} className="border-b border-slate-100 align-top">
                <th scope="row" className="px-3 py-2 font-medium break-all">
                  {result.name ?? result.email}
                  {result.name && <span className="block text-sm font-normal text-slate-700">{result.email}</span>}
                </th>
                <td className="px-3 py-2">{outcomeLabels[result.outcome]}</td>
                <td className="px-3 py-2">{result.token ? <LinkCell label={result.name ?? result.email} url={`${origin}/invite/${result.token}`} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href={`/teach/courses/${courseSlug}/roster`} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          Back to the roster
        </Link>
        <button type="button" onClick={restart} className="rounded border border-slate-500 px-4 py-2 text-slate-900 hover:bg-slate-100">
          Invite more learners
        </button>
      </div>
    </section>
  );
}

function LinkCell({ label, url }: { label: string; url: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="space-y-1">
      <code className="block font-mono text-sm break-all text-slate-900">{url}</code>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(url).then(
            () => setCopied("copied"),
            () => setCopied("failed"),
          )
        }
        className="rounded border border-blue-800 px-2 py-1 text-sm text-blue-900 hover:bg-blue-50"
      >
        Copy link<span className="sr-only"> for {label}</span>
      </button>
      <span role="status" className="ml-2 text-sm text-green-800">
        {copied === "copied" ? "Copied" : copied === "failed" ? "Copying is blocked here: select the link and copy it yourself." : ""}
      </span>
    </div>
  );
}
