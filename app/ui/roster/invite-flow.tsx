"use client";

import { useState } from "react";
import type { ActionState } from "@/app/lib/action-state";
import { InviteInput } from "./invite-input";
import { InvitePreview } from "./invite-preview";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * List → preview → confirm → links. "Start again" remounts the steps, so no stale preview or
 * link survives it; the links live only in this page's memory and are gone on reload.
 */
export function InviteFlow({ courseSlug, previewAction, sendAction }: { courseSlug: string; previewAction: Action; sendAction: Action }) {
  const [round, setRound] = useState(0);
  return <InviteSteps key={round} courseSlug={courseSlug} previewAction={previewAction} sendAction={sendAction} restart={() => setRound((value) => value + 1)} />;
}

function InviteSteps({ courseSlug, previewAction, sendAction, restart }: { courseSlug: string; previewAction: Action; sendAction: Action; restart: () => void }) {
  const [preview, setPreview] = useState<ActionState | null>(null);
  return preview ? (
    <InvitePreview courseSlug={courseSlug} state={preview} sendAction={sendAction} restart={restart} />
  ) : (
    <InviteInput courseSlug={courseSlug} action={previewAction} onPreview={setPreview} />
  );
}
