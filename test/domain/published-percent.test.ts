import { describe, expect, it } from "vitest";
import {
  coarserReadingThatHolds,
  cutDigits,
  fraction,
  parsePublishedPercent,
  percentInterval,
  percentOf,
  printedUnits,
  readingsAt,
  decimalAsFraction,
  type PublishedPercent,
} from "../../src/domain/published-percent.js";
import { Dec } from "../../src/domain/money.js";

function percent(text: string): PublishedPercent {
  const parsed = parsePublishedPercent(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.percent;
}

describe("parsePublishedPercent", () => {
  const accepted: [string, string, number][] = [
    ["57,84%", "57.84", 2],
    ["57,84", "57.84", 2],
    ["38,7 %", "38.7", 1],
    ["57.84%", "57.84", 2],
    ["57.8%", "57.8", 1],
    ["100%", "100", 0],
    ["0,5%", "0.5", 1],
    ["57,84 persen", "57.84", 2],
    ["38,70%", "38.7", 2],
    // Four decimals after a dot cannot be thousands grouping.
    ["57.8376%", "57.8376", 4],
  ];
  for (const [text, value, places] of accepted) {
    it(`reads "${text}" as ${value} with ${places} decimals`, () => {
      const read = percent(text);
      expect(read.value.toFixed()).toBe(value);
      expect(read.places).toBe(places);
    });
  }

  it("keeps the trailing zero of 38,70% as a precision: 3870 hundredths", () => {
    expect(percent("38,70%").units).toBe(3870n);
  });

  const refused: [string, RegExp][] = [
    // 1.234%: 1234% with a thousands dot, or 1,234% with a decimal point; never guessed.
    ["1.234%", /ambiguous.*1234%.*1,234%/],
    ["-5%", /negative/],
    ["%", /empty/],
    ["lima persen", /not a percentage/],
    ["57,8,4%", /not a percentage/],
  ];
  for (const [text, reason] of refused) {
    it(`refuses "${text}"`, () => {
      const parsed = parsePublishedPercent(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    });
  }
});

describe("readings of a published percentage", () => {
  it("38,7% for 38,79%: truncated, not rounded", () => {
    // 3879 × 100 ÷ 10000 = 38.79; rounded to 1 place 38.8, truncated 38.7.
    expect(readingsAt(percentOf(3879n, 10_000n), 387n, 1)).toEqual({ rounded: false, truncated: true });
  });

  it("57,84% for 18.338 of 31.706: rounded, not truncated", () => {
    // 1.833.800 ÷ 31.706 = 57.83763…; rounded 57.84, truncated 57.83.
    expect(readingsAt(percentOf(18_338n, 31_706n), 5784n, 2)).toEqual({ rounded: true, truncated: false });
  });

  it("38,66% for exactly 38,66%: both readings", () => {
    // 3866 ÷ 10000 = 38.66 exactly: nothing to round or cut.
    expect(readingsAt(percentOf(3866n, 10_000n), 3866n, 2)).toEqual({ rounded: true, truncated: true });
  });

  it("a half rounds up: 12,345% is 12,35% rounded, 12,34% truncated", () => {
    // 12.345 exactly: half up gives 12.35.
    const truth = decimalAsFraction(new Dec("12.345"));
    expect(readingsAt(truth, 1235n, 2)).toEqual({ rounded: true, truncated: false });
    expect(readingsAt(truth, 1234n, 2)).toEqual({ rounded: false, truncated: true });
  });

  it("38,70% for 38,66% holds only at 1 decimal", () => {
    // At 2 places: 38.66 prints as 38.66 both ways, not 38.70. At 1 place: 38.66 rounds to 38.7.
    const truth = percentOf(3866n, 10_000n);
    expect(readingsAt(truth, 3870n, 2)).toEqual({ rounded: false, truncated: false });
    expect(coarserReadingThatHolds(truth, percent("38,70%"))).toEqual({ places: 1, units: 387n, rounded: true, truncated: false });
  });

  it("38,75% has no coarser reading: its last digit is not a padding zero", () => {
    expect(coarserReadingThatHolds(percentOf(3866n, 10_000n), percent("38,75%"))).toBeNull();
  });

  it("whole percents are not read as tens: 40% for 38,66% has no coarser reading", () => {
    expect(coarserReadingThatHolds(percentOf(3866n, 10_000n), percent("40%"))).toBeNull();
  });

  it("0% rounded stands for [0, 0,5): never below zero", () => {
    const interval = percentInterval(0n, 0, "rounded");
    expect(interval.low).toEqual(fraction(0n, 2n));
    expect(interval.high).toEqual(fraction(1n, 2n));
  });

  it("prints an exact share both ways", () => {
    // 57.83763… → rounded 57.84, truncated 57.83 at 2 places; 57.8 both at 1 place.
    expect(printedUnits(percentOf(18_338n, 31_706n), 2)).toEqual({ rounded: 5784n, truncated: 5783n });
    expect(printedUnits(percentOf(18_338n, 31_706n), 1)).toEqual({ rounded: 578n, truncated: 578n });
  });
});

describe("cutDigits", () => {
  it("cuts, never rounds, and says whether more digits follow", () => {
    // 1.833.800 ÷ 31.706 = 57.837633255…
    expect(cutDigits(percentOf(18_338n, 31_706n), 4)).toEqual({ text: "57.8376", exact: false });
    expect(cutDigits(percentOf(1n, 2n), 4)).toEqual({ text: "50", exact: true });
    expect(cutDigits(percentOf(1n, 8n), 4)).toEqual({ text: "12.5", exact: true });
    expect(cutDigits(fraction(-1n, 3n), 2)).toEqual({ text: "-0.33", exact: false });
  });
});
