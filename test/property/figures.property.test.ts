// Invariants of published percentages and coverage claims, under fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCoverage, coveredRange, ofRange } from "../../src/domain/coverage-claim.js";
import { checkCount } from "../../src/domain/count-claim.js";
import { Dec } from "../../src/domain/money.js";
import { percentInterval, percentOf, printedUnits, readingsAt, unitsText, type PublishedPercent } from "../../src/domain/published-percent.js";

/** covered ≤ of, from tiny programmes to a province's workforce. */
const share = fc
  .tuple(fc.bigInt({ min: 1n, max: 50_000_000n }), fc.bigInt({ min: 0n, max: 50_000_000n }))
  .map(([of, covered]) => ({ of, covered: covered % (of + 1n) }));
const places = fc.integer({ min: 0, max: 4 });

function published(units: bigint, decimals: number): PublishedPercent {
  return { value: new Dec(unitsText(units, decimals)), places: decimals, units };
}

describe("published percentages", () => {
  it("the rounded and the truncated printings of the exact share are both consistent with it", () => {
    fc.assert(
      fc.property(share, places, ({ covered, of }, decimals) => {
        const truth = percentOf(covered, of);
        const { rounded, truncated } = printedUnits(truth, decimals);
        expect(readingsAt(truth, rounded, decimals).rounded).toBe(true);
        expect(readingsAt(truth, truncated, decimals).truncated).toBe(true);
        expect(checkCoverage({ label: "x", covered, of, percent: published(rounded, decimals) }).status).toBe("OK");
        expect(checkCoverage({ label: "x", covered, of, percent: published(truncated, decimals) }).status).toBe("OK");
      }),
    );
  });

  it("a figure one unit of the last place beyond both printings is neither", () => {
    fc.assert(
      fc.property(share, places, ({ covered, of }, decimals) => {
        const truth = percentOf(covered, of);
        const { rounded, truncated } = printedUnits(truth, decimals);
        const low = (rounded < truncated ? rounded : truncated) - 1n;
        const high = (rounded > truncated ? rounded : truncated) + 1n;
        for (const units of [low, high].filter((value) => value >= 0n)) {
          expect(readingsAt(truth, units, decimals)).toEqual({ rounded: false, truncated: false });
        }
      }),
    );
  });

  it("any two of three: the missing figure's range holds the true one", () => {
    fc.assert(
      fc.property(share, places, ({ covered, of }, decimals) => {
        const truth = percentOf(covered, of);
        const printed = printedUnits(truth, decimals);
        for (const reading of ["rounded", "truncated"] as const) {
          const interval = percentInterval(printed[reading], decimals, reading);
          const wholes = ofRange(covered, interval);
          expect(wholes !== null && wholes.min <= of && (wholes.max === null || of <= wholes.max)).toBe(true);
          const counts = coveredRange(of, interval);
          expect(counts !== null && counts.min <= covered && covered <= counts.max).toBe(true);
        }
      }),
    );
  });
});

describe("count claims", () => {
  it("per unit × units is OK as published, and one more is not", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10_000n }), fc.bigInt({ min: 1n, max: 10_000n }), (perUnit, units) => {
        const exact = (value: bigint) => ({ digits: value, exponent: 0, scaled: false, written: value.toString() });
        const claim = (value: bigint) => ({ label: "x", form: "product" as const, count: exact(value), perUnit, units });
        expect(checkCount(claim(perUnit * units)).status).toBe("OK");
        // A count ending in a digit other than 0 has no coarser reading: one off is a MISMATCH.
        const off = perUnit * units + 1n;
        if (off % 10n !== 0n) expect(checkCount(claim(off)).status).toBe("MISMATCH");
      }),
    );
  });
});
