import { describe, expect, it } from "vitest";
import { checkCoverage, coveredRange, ofRange, type CoverageClaim } from "../../src/domain/coverage-claim.js";
import { parsePublishedPercent, percentInterval, percentOf } from "../../src/domain/published-percent.js";

function claim(covered: bigint | null, of: bigint | null, percent: string | null): CoverageClaim {
  const parsed = percent === null ? null : parsePublishedPercent(percent);
  if (parsed !== null && !parsed.ok) throw new Error(parsed.reason);
  return { label: "x", covered, of, percent: parsed === null ? null : parsed.percent };
}

describe("coverage with all three figures", () => {
  it("57,84% for 18.338 of 31.706 is the rounded figure", () => {
    // 18.338 × 100 ÷ 31.706 = 57.83763…: rounded to 2 places 57.84, truncated 57.83.
    const result = checkCoverage(claim(18_338n, 31_706n, "57,84%"));
    expect(result.status).toBe("OK");
    expect(result.readings).toEqual({ rounded: true, truncated: false });
    expect(result.printings).toEqual([{ places: 2, rounded: 5784n, truncated: 5783n }]);
  });

  it("38,7% for 3.879 of 10.000 is the truncated figure", () => {
    // 3.879 × 100 ÷ 10.000 = 38.79: rounded to 1 place 38.8, truncated 38.7.
    const result = checkCoverage(claim(3_879n, 10_000n, "38,7%"));
    expect(result.status).toBe("OK");
    expect(result.readings).toEqual({ rounded: false, truncated: true });
  });

  it("38,70% for 3.866 of 10.000 holds only at 1 decimal: INCONSISTENT-PRECISION", () => {
    // 38.66 prints as 38.66 at 2 places (both ways), not 38.70; at 1 place it rounds to 38.7.
    const result = checkCoverage(claim(3_866n, 10_000n, "38,70%"));
    expect(result.status).toBe("INCONSISTENT-PRECISION");
    expect(result.coarser).toEqual({ places: 1, units: 387n, rounded: true, truncated: false });
  });

  it("58,84% for 18.338 of 31.706 is a MISMATCH, about one percentage point above", () => {
    // 58.84 − 57.837633… = 1.002366… percentage points.
    const result = checkCoverage(claim(18_338n, 31_706n, "58,84%"));
    expect(result.status).toBe("MISMATCH");
    expect(result.difference!.numerator * 1000n / result.difference!.denominator).toBe(1002n);
  });

  it("covered above the whole is a MISMATCH, whatever the percentage", () => {
    // 120 of 100 = 120%: printed exactly as published, but no share is above the whole.
    const result = checkCoverage(claim(120n, 100n, "120%"));
    expect(result.status).toBe("MISMATCH");
    expect(result.coveredExceedsOf).toBe(true);
  });
});

describe("coverage from any two of three", () => {
  it("covered and of give the percentage, printed both ways at 1 and 2 decimals", () => {
    // 57.83763…: 1 place 57.8 both ways; 2 places 57.84 rounded, 57.83 truncated.
    const result = checkCoverage(claim(18_338n, 31_706n, null));
    expect(result.form).toBe("percent");
    expect(result.status).toBe("OK");
    expect(result.printings).toEqual([
      { places: 1, rounded: 578n, truncated: 578n },
      { places: 2, rounded: 5784n, truncated: 5783n },
    ]);
  });

  it("covered and the percentage give the wholes it can be a share of", () => {
    // Rounded: 57.835 ≤ 1.833.800 ÷ of < 57.845 → 31.701.6… < of ≤ 31.707.1… → 31.702 to 31.707.
    // Truncated: 57.84 ≤ 1.833.800 ÷ of < 57.85 → 31.699.2… < of ≤ 31.704.3… → 31.700 to 31.704.
    const result = checkCoverage(claim(18_338n, null, "57,84%"));
    expect(result.status).toBe("OK");
    expect(result.ranges).toEqual({ places: 2, units: 5784n, rounded: { min: 31_702n, max: 31_707n }, truncated: { min: 31_700n, max: 31_704n } });
  });

  it("of and the percentage give the counts covered", () => {
    // Rounded: 31.706 × 57.835% = 18.337.2… ≤ covered < 31.706 × 57.845% = 18.340.3… → 18.338 to 18.340.
    // Truncated: 18.338.8… ≤ covered < 18.342.0… → 18.339 to 18.341.
    const result = checkCoverage(claim(null, 31_706n, "57,84%"));
    expect(result.ranges).toEqual({ places: 2, units: 5784n, rounded: { min: 18_338n, max: 18_340n }, truncated: { min: 18_339n, max: 18_341n } });
  });

  it("no whole total gives 33,34% of 1 covered: MISMATCH with the nearest", () => {
    // of = 100 ÷ p: rounded (2.99940…, 2.99985…], truncated (2.99895…, 2.99940…]: no whole number.
    // Nearest: 1 ÷ 2 = 50%, 1 ÷ 3 = 33.33…%.
    const result = checkCoverage(claim(1n, null, "33,34%"));
    expect(result.status).toBe("MISMATCH");
    expect(result.nearest.map((near) => near.value)).toEqual([2n, 3n]);
  });

  it("33,30% of 1 covered holds only at 1 decimal: 1 of 3 is 33,3%", () => {
    // At 2 places no whole total (1 ÷ 3 = 33.33…); at 1 place 33.3 is 1 of 3 rounded and truncated.
    const result = checkCoverage(claim(1n, null, "33,30%"));
    expect(result.status).toBe("INCONSISTENT-PRECISION");
    expect(result.coarserRanges).toEqual({ places: 1, units: 333n, rounded: { min: 3n, max: 3n }, truncated: { min: 3n, max: 3n } });
  });

  it("0% of any whole: none covered, and any whole for none covered", () => {
    expect(ofRange(0n, percentInterval(0n, 0, "rounded"))).toEqual({ min: 1n, max: null });
    // 0 covered cannot be 5%.
    expect(ofRange(0n, percentInterval(5n, 0, "rounded"))).toBeNull();
    // 0% of 10 rounded: below 0.5% → 0 covered (0.05 of one person).
    expect(coveredRange(10n, percentInterval(0n, 0, "rounded"))).toEqual({ min: 0n, max: 0n });
  });

  it("the exact share is kept as a fraction: 1 of 3 is 100/3 percent", () => {
    expect(percentOf(1n, 3n)).toEqual({ numerator: 100n, denominator: 3n });
  });
});
