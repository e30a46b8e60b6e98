/**
 * `datetime-local` inputs give a wall-clock time with no zone; the instructor names the zone
 * separately. These turn that pair into an instant and back, with the platform's own zone data
 * (Intl), so daylight-saving changes are handled as the zone defines them.
 */

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const dayMs = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

export type ZonedResult = { ok: true; date: Date } | { ok: false; reason: "format" | "zone" | "gap" };

export function isTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Every zone the platform knows, with UTC first (the form's default). */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC");
  return ["UTC", ...zones];
}

/**
 * The instant at which the clocks in `timeZone` show `local` (YYYY-MM-DDTHH:MM[:SS]).
 * A time the clocks skip when they go forward is refused ("gap"); a time they show twice when they
 * go back is read as the first of the two, so a deadline never lands later than the instructor meant.
 */
export function zonedLocalToUtc(local: string, timeZone: string): ZonedResult {
  const match = localPattern.exec(local.trim());
  if (!match) return { ok: false, reason: "format" };
  if (!isTimeZone(timeZone)) return { ok: false, reason: "zone" };
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 April over to 1 May; a date that does not exist is a typing mistake.
  if (new Date(wall).toISOString().slice(0, 19) !== `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? "00"}`) {
    return { ok: false, reason: "format" };
  }
  // A zone changes its offset at most once in any two days, so the offsets a day either side cover both readings.
  const offsets = new Set([offsetAt(wall - dayMs, timeZone), offsetAt(wall, timeZone), offsetAt(wall + dayMs, timeZone)]);
  const readings = [...offsets].map((offset) => wall - offset).filter((instant) => instant + offsetAt(instant, timeZone) === wall);
  if (readings.length === 0) return { ok: false, reason: "gap" };
  return { ok: true, date: new Date(Math.min(...readings)) };
}

/** What a `datetime-local` input should show for this instant in this zone (to the minute). */
export function utcToZonedLocal(date: Date, timeZone: string): string {
  const wall = date.getTime() + offsetAt(date.getTime(), timeZone);
  return new Date(wall).toISOString().slice(0, 16);
}

/** How far the zone's clocks are ahead of UTC at this instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const shown = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second"));
  return shown - (instant - (((instant % 1000) + 1000) % 1000));
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
