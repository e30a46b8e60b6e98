/** How quiz settings read in lists: short, and never ambiguous about the time zone. */

export function formatDuration(seconds: number | null): string {
  if (seconds === null || seconds <= 0) return "No limit";
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return [hours && `${hours} h`, minutes && `${minutes} min`, rest && `${rest} s`].filter(Boolean).join(" ");
}

const utcFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatUtc(date: Date): string {
  return `${utcFormat.format(date)} UTC`;
}

export function formatWindow(opensAt: Date | null, closesAt: Date | null): string {
  if (!opensAt && !closesAt) return "Always open";
  if (!closesAt) return `From ${formatUtc(opensAt!)}`;
  if (!opensAt) return `Until ${formatUtc(closesAt)}`;
  return `${formatUtc(opensAt)} to ${formatUtc(closesAt)}`;
}

export function formatAttempts(attemptsAllowed: number | null): string {
  return attemptsAllowed === null ? "Unlimited" : String(attemptsAllowed);
}

export function excerpt(text: string, length = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

export interface AccommodationSummary {
  timeMultiplier: number | null;
  extraSeconds: number | null;
  extraAttempts: number | null;
  closesAt: Date | null;
}

export function describeAccommodation(accommodation: AccommodationSummary | null): string {
  if (!accommodation) return "None";
  const parts = [
    accommodation.timeMultiplier && accommodation.timeMultiplier > 1 && `${accommodation.timeMultiplier}× time`,
    accommodation.extraSeconds && `${formatDuration(accommodation.extraSeconds)} extra`,
    accommodation.extraAttempts && `${accommodation.extraAttempts} more attempt${accommodation.extraAttempts === 1 ? "" : "s"}`,
    accommodation.closesAt && `closes ${formatUtc(accommodation.closesAt)}`,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "None";
}
