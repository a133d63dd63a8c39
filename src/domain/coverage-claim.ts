// A coverage claim: "18.338 of 31.706 workers, 57,84%". With all three figures, whether the published percentage is
// covered ÷ of read as rounded or as truncated; with any two, what they imply of the third. Exact fractions only.
import type { ClaimStatus } from "./claim-status.js";
import {
  anyHolds,
  coarserPrecisions,
  coarserReadingThatHolds,
  percentInterval,
  percentOf,
  printedUnits,
  readingsAt,
  subtractFractions,
  fraction,
  type CoarserReading,
  type Fraction,
  type Interval,
  type PercentReading,
  type PublishedPercent,
  type ReadingsThatHold,
} from "./published-percent.js";

export interface CoverageClaim {
  label: string;
  /** People covered (tercakup); null when the claim does not state it. */
  covered: bigint | null;
  /** The whole it is a share of (total sasaran), at least 1; null when not stated. */
  of: bigint | null;
  percent: PublishedPercent | null;
}

/**
 * What is checked or derived. check: all three stated. percent: covered and of give the percentage. of: covered and
 * the percentage give the totals it can be a share of. covered: of and the percentage give the counts covered.
 */
export type CoverageForm = "check" | "percent" | "of" | "covered";

/** Whole numbers from min to max inclusive; max null: no upper bound (a 0% share of any total). */
export interface WholeRange {
  min: bigint;
  max: bigint | null;
}

/** The whole values consistent with a percentage under each reading; null where there is none. */
export interface RangesByReading {
  places: number;
  units: bigint;
  rounded: WholeRange | null;
  truncated: WholeRange | null;
}

/** A percentage printed at `places` decimals, as units of the last place. */
export interface Printing {
  places: number;
  rounded: bigint;
  truncated: bigint;
}

export interface CoverageResult {
  claim: CoverageClaim;
  form: CoverageForm;
  status: ClaimStatus;
  /** covered × 100 ÷ of, exactly, when both are stated. */
  exact: Fraction | null;
  /** check: covered is more than its whole (an impossible share). */
  coveredExceedsOf: boolean;
  /** check: the readings under which the published figure is the exact one printed at its decimals. */
  readings: ReadingsThatHold | null;
  /** check: the coarser reading that holds when none holds at the written decimals. */
  coarser: CoarserReading | null;
  /** check: published − exact, in percentage points. */
  difference: Fraction | null;
  /** check: the exact percentage printed at the published decimals; percent: at 1 and 2 decimals. */
  printings: Printing[];
  /** of, covered: the whole values of the missing figure at the written decimals. */
  ranges: RangesByReading | null;
  /** of, covered: when there are none at the written decimals, those of the finest coarser reading that has some. */
  coarserRanges: RangesByReading | null;
  /** of, covered: when no reading has any, the whole values nearest to the published percentage, with theirs. */
  nearest: { value: bigint; percent: Fraction }[];
}

/** Decimals at which a derived percentage is printed both ways: the precisions press releases use. */
export const PRINTED_PLACES = [1, 2] as const;

export function formOf(claim: CoverageClaim): CoverageForm {
  const { covered, of, percent } = claim;
  if (covered !== null && of !== null && percent !== null) return "check";
  if (covered !== null && of !== null) return "percent";
  if (covered !== null && percent !== null) return "of";
  if (of !== null && percent !== null) return "covered";
  throw new Error("a coverage claim needs two of covered, of and percent");
}

export function checkCoverage(claim: CoverageClaim): CoverageResult {
  const form = formOf(claim);
  const base: CoverageResult = {
    claim,
    form,
    status: "OK",
    exact: null,
    coveredExceedsOf: false,
    readings: null,
    coarser: null,
    difference: null,
    printings: [],
    ranges: null,
    coarserRanges: null,
    nearest: [],
  };
  if (form === "check" || form === "percent") {
    const covered = claim.covered!;
    const of = claim.of!;
    const exact = percentOf(covered, of);
    const coveredExceedsOf = covered > of;
    if (form === "percent") {
      const printings = PRINTED_PLACES.map((places) => ({ places, ...printedUnits(exact, places) }));
      return { ...base, exact, coveredExceedsOf, printings, status: coveredExceedsOf ? "MISMATCH" : "OK" };
    }
    const percent = claim.percent!;
    const readings = readingsAt(exact, percent.units, percent.places);
    const coarser = anyHolds(readings) ? null : coarserReadingThatHolds(exact, percent);
    const status: ClaimStatus = coveredExceedsOf ? "MISMATCH" : anyHolds(readings) ? "OK" : coarser !== null ? "INCONSISTENT-PRECISION" : "MISMATCH";
    const published = fraction(percent.units, 10n ** BigInt(percent.places));
    return {
      ...base,
      status,
      exact,
      coveredExceedsOf,
      readings,
      coarser,
      difference: subtractFractions(published, exact),
      printings: [{ places: percent.places, ...printedUnits(exact, percent.places) }],
    };
  }
  const percent = claim.percent!;
  const solve = (units: bigint, places: number): RangesByReading => {
    const range = (reading: PercentReading) => {
      const interval = percentInterval(units, places, reading);
      return form === "of" ? ofRange(claim.covered!, interval) : coveredRange(claim.of!, interval);
    };
    return { places, units, rounded: range("rounded"), truncated: range("truncated") };
  };
  const has = (ranges: RangesByReading) => ranges.rounded !== null || ranges.truncated !== null;
  const ranges = solve(percent.units, percent.places);
  if (has(ranges)) return { ...base, ranges };
  const coarserRanges = coarserPrecisions(percent).map((coarser) => solve(coarser.units, coarser.places)).find(has) ?? null;
  if (coarserRanges !== null) return { ...base, status: "INCONSISTENT-PRECISION", ranges, coarserRanges };
  return { ...base, status: "MISMATCH", ranges, nearest: nearestWholes(claim, form, percent) };
}

/** Totals `of` whose share covered ÷ of falls in the interval: 100c ÷ high < of ≤ 100c ÷ low, and of ≥ covered, of ≥ 1. */
export function ofRange(covered: bigint, interval: Interval): WholeRange | null {
  const { low, high } = interval;
  if (covered === 0n) return low.numerator === 0n ? { min: 1n, max: null } : null;
  const hundredCovered = 100n * covered;
  let min = (hundredCovered * high.denominator) / high.numerator + 1n;
  if (min < covered) min = covered;
  const max = low.numerator === 0n ? null : (hundredCovered * low.denominator) / low.numerator;
  return max !== null && min > max ? null : { min, max };
}

/** Counts covered whose share of `of` falls in the interval: of × low ÷ 100 ≤ covered < of × high ÷ 100, covered ≤ of. */
export function coveredRange(of: bigint, interval: Interval): { min: bigint; max: bigint } | null {
  const ceiling = (numerator: bigint, denominator: bigint) => (numerator + denominator - 1n) / denominator;
  const min = ceiling(of * interval.low.numerator, 100n * interval.low.denominator);
  let max = ceiling(of * interval.high.numerator, 100n * interval.high.denominator) - 1n;
  if (max > of) max = of;
  return min > max ? null : { min, max };
}

/** The two whole values either side of what the published percentage implies (of ≈ 100c ÷ p; covered ≈ of × p ÷ 100). */
function nearestWholes(claim: CoverageClaim, form: "of" | "covered", percent: PublishedPercent): { value: bigint; percent: Fraction }[] {
  const scale = 10n ** BigInt(percent.places);
  if (form === "of") {
    const covered = claim.covered!;
    if (percent.units === 0n || covered === 0n) return [];
    const below = (100n * covered * scale) / percent.units;
    return [below, below + 1n].filter((of) => of >= covered && of >= 1n).map((of) => ({ value: of, percent: percentOf(covered, of) }));
  }
  const of = claim.of!;
  const below = (of * percent.units) / (100n * scale);
  return [below, below + 1n].filter((covered) => covered <= of).map((covered) => ({ value: covered, percent: percentOf(covered, of) }));
}
