import { describe, expect, it } from "vitest";
import { forEachCell, readNumber, type CellExtras } from "./attempt-cells";

const read = (text: string) => readNumber(text, 0);

function cellsOf(text: string) {
  const cells: [number, number | null, string, CellExtras | null][] = [];
  forEachCell(text, (...cell) => cells.push(cell));
  return cells;
}

describe("readNumber", () => {
  it("reads what PostgreSQL writes exactly as Number() does", () => {
    for (const text of ["0", "1", "12", "-3", "0.0000", "1.0000", "0.3333", "0.6667", "-0.5000", "12.3456", "9999.9999", "0.1", "2.00", "123456789012.345"]) {
      expect(Object.is(read(text), Number(text))).toBe(true);
    }
  });

  it("agrees with Number() on 20,000 four-place marks spread over 0 to 10,000", () => {
    const differing: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const text = (((k * 2_654_435_761) % 100_000_000) / 1e4).toFixed(4);
      if (read(text) !== Number(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it("stops at the first character that is not part of the number, and has no number without digits", () => {
    expect(readNumber("x12.50:y", 1)).toBe(12.5);
    expect(read("NaN")).toBeNaN();
    expect(read("1234567890123456.5")).toBe(Number("1234567890123456.5"));
  });
});

describe("forEachCell", () => {
  it("reads position, mark and answer, with the answer taken whole", () => {
    expect(cellsOf("2:1.0000:b\u001f1::\u001f3:0.5000:{\"text\":\"a:b@c\"}")).toEqual([
      [2, 1, "b", null],
      [1, null, "", null],
      [3, 0.5, '{"text":"a:b@c"}', null],
    ]);
  });

  it("reads a version other than the reference's and a dropped question", () => {
    const version = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(cellsOf(`4@${version}:0.0000:true\u001f5!full_marks=2.00:0.0000:a\u001f6@${version}!removed=1.00::`)).toEqual([
      [4, 0, "true", { versionId: version, dropped: null }],
      [5, 0, "a", { versionId: null, dropped: { how: "full_marks", maxMark: 2 } }],
      [6, null, "", { versionId: version, dropped: { how: "removed", maxMark: 1 } }],
    ]);
  });

  it("reads a mark PostgreSQL writes otherwise with Number()", () => {
    expect(cellsOf("1:NaN:a\u001f2:1e3:")).toEqual([
      [1, Number.NaN, "a", null],
      [2, 1000, "", null],
    ]);
  });

  it("reads nothing from an empty text and refuses a cell it cannot read", () => {
    expect(cellsOf("")).toEqual([]);
    for (const text of ["1:0.5", "x:1:a", ":1:a", "1"]) expect(() => cellsOf(text)).toThrow(/unreadable/);
  });
});
