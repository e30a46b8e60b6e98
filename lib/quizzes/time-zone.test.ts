import { describe, expect, it } from "vitest";
import { isTimeZone, listTimeZones, utcToZonedLocal, zonedLocalToUtc } from "./time-zone";

const instant = (local: string, zone: string) => {
  const result = zonedLocalToUtc(local, zone);
  return result.ok ? result.date.toISOString() : result.reason;
};

describe("wall-clock times in a named zone", () => {
  it("reads UTC as it is, with or without seconds", () => {
    expect(instant("2026-03-01T09:30", "UTC")).toBe("2026-03-01T09:30:00.000Z");
    expect(instant("2026-03-01T09:30:15", "UTC")).toBe("2026-03-01T09:30:15.000Z");
  });

  it("applies the zone's offset, which changes with daylight saving", () => {
    expect(instant("2026-01-15T09:00", "Europe/Berlin")).toBe("2026-01-15T08:00:00.000Z");
    expect(instant("2026-07-15T09:00", "Europe/Berlin")).toBe("2026-07-15T07:00:00.000Z");
    expect(instant("2026-07-15T09:00", "America/New_York")).toBe("2026-07-15T13:00:00.000Z");
    expect(instant("2026-07-15T09:00", "Asia/Kolkata")).toBe("2026-07-15T03:30:00.000Z");
  });

  it("refuses a time the clocks skip, and reads a repeated time as the first of the two", () => {
    // Europe/Berlin: 29 March 2026 02:00 → 03:00; 25 October 2026 03:00 → 02:00.
    expect(instant("2026-03-29T02:30", "Europe/Berlin")).toBe("gap");
    expect(instant("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses dates that do not exist, malformed input and unknown zones", () => {
    expect(instant("2026-02-30T10:00", "UTC")).toBe("format");
    expect(instant("2026-13-01T10:00", "UTC")).toBe("format");
    expect(instant("tomorrow", "UTC")).toBe("format");
    expect(instant("2026-02-01T10:00", "Mars/Olympus")).toBe("zone");
    expect(isTimeZone("")).toBe(false);
  });

  it("shows a stored instant back as the input's value in a zone", () => {
    const date = new Date("2026-07-15T07:00:00Z");
    expect(utcToZonedLocal(date, "UTC")).toBe("2026-07-15T07:00");
    expect(utcToZonedLocal(date, "Europe/Berlin")).toBe("2026-07-15T09:00");
    expect(instant(utcToZonedLocal(date, "America/New_York"), "America/New_York")).toBe(date.toISOString());
  });

  it("offers UTC first among the platform's zones", () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/London");
    expect(zones.filter((zone) => zone === "UTC")).toHaveLength(1);
  });
});
