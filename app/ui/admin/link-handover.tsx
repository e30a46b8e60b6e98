"use client";

import { useState } from "react";

/** A one-time link, shown once: the admin copies it and hands it over; it is not stored readable anywhere. */
export function LinkHandover({ link, id }: { link: string; id: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4">
      <label htmlFor={id} className="block font-medium text-slate-900">
        One-time link (shown only now)
      </label>
      <div className="flex flex-wrap gap-2">
        <input id={id} readOnly value={link} onFocus={(event) => event.currentTarget.select()} className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900" />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(link);
            setCopied(true);
          }}
          className="rounded border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100"
        >
          Copy link
        </button>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {copied ? "Copied to the clipboard." : "Hand it over in person or over a channel you trust."}
      </p>
    </div>
  );
}
