/**
 * The browser events autosave depends on, in one place. `onLeave` runs whenever the page may be
 * about to go (hidden or closing): mobile browsers often kill hidden tabs without a pagehide.
 */
export function watchPage({
  onOnline,
  onOffline,
  onLeave,
  onStorage,
}: {
  onOnline: () => void;
  onOffline: () => void;
  onLeave: () => void;
  onStorage: (event: StorageEvent) => void;
}): () => void {
  const onVisibility = () => {
    if (document.visibilityState === "hidden") onLeave();
  };
  window.addEventListener("online", onOnline);
  window.addEventListener("offline", onOffline);
  window.addEventListener("pagehide", onLeave);
  window.addEventListener("storage", onStorage);
  document.addEventListener("visibilitychange", onVisibility);
  return () => {
    window.removeEventListener("online", onOnline);
    window.removeEventListener("offline", onOffline);
    window.removeEventListener("pagehide", onLeave);
    window.removeEventListener("storage", onStorage);
    document.removeEventListener("visibilitychange", onVisibility);
  };
}
