"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { AttemptSaver, type SaverQuestion, type ServerTime } from "./attempt-saver";

/**
 * Binds an `AttemptSaver` to the component: one saver for the component's life, started once
 * mounted (it reads localStorage, which the server render cannot), and re-rendered on each change.
 * The server render and hydration show the answers the page was rendered with.
 */
export function useAutosave(options: { attemptId: string; reviewUrl: string; questions: readonly SaverQuestion[]; onServerTime: (time: ServerTime) => void }) {
  const [saver] = useState(() => new AttemptSaver(options));
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot, saver.getSnapshot);
  useEffect(() => saver.start(), [saver]);
  return { saver, snapshot };
}
