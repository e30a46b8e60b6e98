import { describe, expect, it } from "vitest";
import { attemptsAllowedText, formatDuration, marksText } from "./describe-rules";

describe("describe-rules", () => {
  it("says durations in words, down to seconds for short limits", () => {
    expect(formatDuration(8)).toBe("8 seconds");
    expect(formatDuration(60)).toBe("1 minute");
    expect(formatDuration(5400)).toBe("1 hour 30 minutes");
    expect(formatDuration(3661)).toBe("1 hour 1 minute 1 second");
    expect(formatDuration(0)).toBe("0 seconds");
  });

  it("counts attempts against the limit", () => {
    expect(attemptsAllowedText(null, 2)).toBe("Unlimited attempts (2 used).");
    expect(attemptsAllowedText(1, 0)).toBe("0 of 1 attempt used.");
    expect(attemptsAllowedText(3, 3)).toBe("3 of 3 attempts used.");
  });

  it("shows marks out of the maximum, with a question mark while awaiting grading", () => {
    expect(marksText(2.5, 4)).toBe("2.5 / 4");
    expect(marksText(null, 4)).toBe("? / 4");
    expect(marksText(1 / 3, 1)).toBe("0.33 / 1");
  });
});
