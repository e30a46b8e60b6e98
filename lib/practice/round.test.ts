import { describe, expect, it } from "vitest";
import { roundStatus } from "./round";

const at = (minute: number) => new Date(2026, 10, 23, 12, minute);

describe("practice round status", () => {
  it("passes at 80 % once every graded question has an answer", () => {
    const answers = ["a", "b", "c", "d", "e"].map((id, index) => ({ questionVersionId: id, fraction: index === 0 ? 0 : 1, answeredAt: at(index) }));
    expect(roundStatus(["a", "b", "c", "d", "e"], answers)).toEqual({ answered: 5, total: 5, score: 0.8, complete: true, passed: true });
  });

  it("does not pass before the round is complete, and counts each question's latest answer", () => {
    const answers = [
      { questionVersionId: "a", fraction: 0, answeredAt: at(1) },
      { questionVersionId: "a", fraction: 1, answeredAt: at(2) },
    ];
    expect(roundStatus(["a", "b"], answers)).toMatchObject({ answered: 1, score: 0.5, complete: false, passed: false });
  });

  it("fails a complete round under 80 %", () => {
    const answers = [
      { questionVersionId: "a", fraction: 1, answeredAt: at(1) },
      { questionVersionId: "b", fraction: 0.5, answeredAt: at(2) },
    ];
    expect(roundStatus(["a", "b"], answers)).toMatchObject({ complete: true, score: 0.75, passed: false });
  });
});
