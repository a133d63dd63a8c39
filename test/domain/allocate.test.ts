// Largest remainder with weights longer than Dec's 60 digits: shares are exact fractions, never rounded.
import { describe, expect, it } from "vitest";
import { allocate, AllocationError } from "../../src/domain/allocate.js";
import { Dec } from "../../src/domain/money.js";

describe("allocate: exact shares whatever the weights' length", () => {
  it("one worker goes to the larger of two weights that differ in their 70th digit", () => {
    // "b" weighs 10^69 + 1, "a" weighs 10^69: b's share is larger by 1 / (2 × 10^69 + 1). Rounded to 60 digits the
    // two shares tie, and the tie would go to the smaller key "a".
    const heavy = new Dec(`1${"0".repeat(68)}1`);
    const light = new Dec(`1${"0".repeat(69)}`);
    const parts = allocate(1, [
      { key: "a", weight: light },
      { key: "b", weight: heavy },
    ]);
    expect(parts.map((part) => [part.key, part.allocated])).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
  });

  it("decimal weights of many places are compared exactly", () => {
    // 0.1 + 10^-70 against 0.1: the first is larger, however slightly.
    const parts = allocate(1, [
      { key: "a", weight: new Dec("0.1") },
      { key: "b", weight: new Dec(`0.1${"0".repeat(68)}1`) },
    ]);
    expect(parts.find((part) => part.key === "b")!.allocated).toBe(1);
  });

  it("sums of bounds are exact however many parts there are", () => {
    // 40 minimums of 300,000,000 add up to 12,000,000,000: more than the whole, and said exactly.
    const claims = Array.from({ length: 40 }, (_, index) => ({ key: `k${index}`, weight: new Dec(1), min: 300_000_000 }));
    expect(() => allocate(300_000_000, claims)).toThrow(new AllocationError("the minimums add up to 12000000000, more than the 300000000 to allocate"));
  });

  it("refuses a total above 300,000,000", () => {
    expect(() => allocate(300_000_001, [{ key: "a", weight: new Dec(1) }])).toThrow(AllocationError);
    expect(allocate(300_000_000, [{ key: "a", weight: new Dec(1) }])[0]!.allocated).toBe(300_000_000);
  });
});
