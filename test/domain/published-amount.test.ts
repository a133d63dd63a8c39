import { describe, expect, it } from "vitest";
import { coarserStepThatHolds, isExact, readPublishedAmount, roundedTo, stands, type PublishedAmount } from "../../src/domain/published-amount.js";

function read(text: string): PublishedAmount {
  const reading = readPublishedAmount(text);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.amount;
}

describe("published amounts keep the precision of their text", () => {
  it("Rp 2,7 miliar stands for 2,650,000,000 ≤ x < 2,750,000,000", () => {
    const amount = read("Rp 2,7 miliar");
    expect(amount).toEqual({ written: 2_700_000_000n, step: 100_000_000n, low: 2_650_000_000n, high: 2_750_000_000n });
    expect(stands(amount, 2_650_000_000n)).toBe(true);
    expect(stands(amount, 2_749_999_999n)).toBe(true);
    // 2,75 miliar is published as 2,8 (half up), so it is not what 2,7 stands for.
    expect(stands(amount, 2_750_000_000n)).toBe(false);
    expect(stands(amount, 2_649_999_999n)).toBe(false);
  });

  it("Rp 969 juta, Rp 1,2 M, Rp 2,70 miliar: the last written digit sets the step", () => {
    expect(read("Rp 969 juta")).toMatchObject({ step: 1_000_000n, low: 968_500_000n, high: 969_500_000n });
    expect(read("Rp 1,2 M")).toMatchObject({ written: 1_200_000_000n, step: 100_000_000n, low: 1_150_000_000n, high: 1_250_000_000n });
    // A trailing zero is a digit written: 2,70 miliar is to the 10 juta.
    expect(read("Rp 2,70 miliar")).toMatchObject({ step: 10_000_000n, low: 2_695_000_000n, high: 2_705_000_000n });
    expect(read("750 rb")).toMatchObject({ step: 1_000n, low: 749_500n, high: 750_500n });
  });

  it("an amount written in full is exact", () => {
    for (const text of ["Rp 16.800", "Rp 3.053.299.200,00", "201549600", "Rp 201.549.600,-"]) {
      const amount = read(text);
      expect(isExact(amount), text).toBe(true);
      expect(amount.high - amount.low).toBe(1n);
    }
    expect(stands(read("Rp 16.800"), 16_800n)).toBe(true);
    expect(stands(read("Rp 16.800"), 16_801n)).toBe(false);
  });

  it("refuses what parseRupiah refuses", () => {
    expect(readPublishedAmount("Rp 2.5 m").ok).toBe(false);
    expect(readPublishedAmount("lots").ok).toBe(false);
  });

  it("rounds half up at a step", () => {
    expect(roundedTo(2_650_000_000n, 100_000_000n)).toBe(2_700_000_000n);
    expect(roundedTo(2_649_999_999n, 100_000_000n)).toBe(2_600_000_000n);
    expect(roundedTo(-150n, 100n)).toBe(-200n);
    expect(roundedTo(123n, 1n)).toBe(123n);
  });
});

describe("a figure that holds only at a coarser precision than written", () => {
  it("Rp 2.700.000.000 written in full for 2,688,000,000 holds as Rp 2,7 miliar (to 10^8)", () => {
    // 2,688,000,000 to the nearest 10^7 is 2,690,000,000 (not the figure); to the nearest 10^8, 2,700,000,000.
    expect(coarserStepThatHolds(read("Rp 2.700.000.000"), 2_688_000_000n)).toBe(100_000_000n);
  });

  it("Rp 2,70 miliar for 2,688,000,000 holds as 2,7 miliar", () => {
    expect(coarserStepThatHolds(read("Rp 2,70 miliar"), 2_688_000_000n)).toBe(100_000_000n);
  });

  it("never coarser than two significant digits: Rp 3.000.000.000 is not 2,6 miliar", () => {
    // At 10^8 it reads 3,0 miliar (2.95–3.05); at 10^9 it would be one digit, 2.5–3.5: not taken.
    expect(coarserStepThatHolds(read("Rp 3.000.000.000"), 2_600_000_000n)).toBeNull();
    expect(coarserStepThatHolds(read("Rp 3.000.000.000"), 2_960_000_000n)).toBe(100_000_000n);
  });

  it("a figure that holds as written has no coarser reading; one that holds at none has none", () => {
    expect(coarserStepThatHolds(read("Rp 2,7 miliar"), 2_700_000_001n)).toBeNull();
    expect(coarserStepThatHolds(read("Rp 201.594.600"), 201_549_600n)).toBeNull();
  });
});
