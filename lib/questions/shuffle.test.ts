import { describe, expect, it } from "vitest";
import { arrange, opaqueIds, shuffleWith } from "./shuffle";

describe("shuffleWith", () => {
  const items = ["a", "b", "c", "d", "e", "f", "g", "h"];

  it("gives the same order for the same seed, and a permutation of the items", () => {
    const first = shuffleWith("attempt-1:q-7", items);
    expect(shuffleWith("attempt-1:q-7", items)).toEqual(first);
    expect(first.toSorted()).toEqual(items);
  });

  it("gives different orders for different seeds and leaves its input alone", () => {
    const orders = new Set(Array.from({ length: 20 }, (_, n) => shuffleWith(`seed-${n}`, items).join("")));
    expect(orders.size).toBeGreaterThan(15);
    expect(items).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });

  it("moves every item to every place over many seeds", () => {
    const firsts = new Set(Array.from({ length: 200 }, (_, n) => shuffleWith(String(n), items)[0]));
    expect(firsts.size).toBe(items.length);
  });
});

describe("arrange", () => {
  it("follows the order, drops unknown and repeated ids, and appends the ones left out", () => {
    expect(arrange(["a", "b", "c", "d"], ["c", "x", "a", "c"])).toEqual(["c", "a", "b", "d"]);
    expect(arrange(["a", "b"], [])).toEqual(["a", "b"]);
  });
});

describe("opaqueIds", () => {
  it("numbers texts by their alphabetical rank, not their position", () => {
    expect(opaqueIds("i", ["pear", "apple", "fig"])).toEqual(["i3", "i1", "i2"]);
    expect(opaqueIds("i", ["same", "same"])).toEqual(["i1", "i2"]);
  });
});
