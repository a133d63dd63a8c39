// The claims ratio: benefits paid ÷ contributions paid, per case, and what one event costs in worker-months of
// contributions. Published amounts may be rounded ("Rp 2,1 miliar"): then every figure is the range of values the
// published ones allow. Integer arithmetic on bigint throughout: never a JavaScript number.
import type { BenefitEvent, BenefitResult } from "./benefit.js";
import type { ClaimStatus } from "./claim-status.js";
import type { Month } from "./month.js";
import { coarserPrecisions, compareFractions, fraction, percentInterval, type Fraction, type PercentReading, type PublishedPercent } from "./published-percent.js";

/** A published amount's range of whole-rupiah values: low ≤ x < high (an exact amount: high = low + 1). */
export interface AmountRange {
  low: bigint;
  high: bigint;
}

/** A range of whole values (rupiah, or hundredths of a percent or of a worker-month), both ends included. */
export interface ValueRange {
  low: bigint;
  high: bigint;
}

/** a ÷ b rounded half up to a whole number (a ≥ 0, b > 0). */
export function divideHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

/** The smallest and largest whole values a published range allows. */
function ends(range: AmountRange): { least: bigint; most: bigint } {
  return { least: range.low, most: range.high - 1n };
}

export function isSingle(range: ValueRange): boolean {
  return range.low === range.high;
}

export interface ClaimsRatioQuestion {
  benefits: AmountRange;
  contributions: AmountRange;
  /** Cases (claims paid) the benefits were paid for; null when not given. */
  cases: number | null;
}

export interface ClaimsRatio {
  /** benefits ÷ contributions × 100, in hundredths of a percent, rounded half up: 3850 is 38.50%. */
  ratioHundredths: ValueRange;
  /** Whole rupiah, rounded half up; null without cases. */
  benefitsPerCase: ValueRange | null;
  contributionsPerCase: ValueRange | null;
}

/**
 * The ratio and the per-case amounts. With rounded inputs the lowest ratio is the fewest benefits over the most
 * contributions, the highest the other way round; each end is rounded half up like an exact ratio, so the range
 * holds the ratio of every pair of amounts the published figures allow. Contributions must be above zero.
 */
export function claimsRatio(question: ClaimsRatioQuestion): ClaimsRatio {
  const benefits = ends(question.benefits);
  const contributions = ends(question.contributions);
  if (contributions.least <= 0n) throw new Error("a claims ratio needs contributions above zero");
  const ratioHundredths = {
    low: divideHalfUp(benefits.least * 10_000n, contributions.most),
    high: divideHalfUp(benefits.most * 10_000n, contributions.least),
  };
  if (question.cases === null) return { ratioHundredths, benefitsPerCase: null, contributionsPerCase: null };
  const cases = BigInt(question.cases);
  const perCase = (amount: { least: bigint; most: bigint }) => ({ low: divideHalfUp(amount.least, cases), high: divideHalfUp(amount.most, cases) });
  return { ratioHundredths, benefitsPerCase: perCase(benefits), contributionsPerCase: perCase(contributions) };
}

/**
 * How many worker-months of contributions at `monthlyRate` one benefit of `cost` repays, in hundredths, rounded half
 * up: one JKM death of Rp 42,000,000 ÷ Rp 16,800 = 2,500 worker-months (250000 hundredths).
 */
export function workerMonthsHundredths(cost: bigint, monthlyRate: bigint): bigint {
  if (monthlyRate <= 0n) throw new Error("worker-months need a monthly rate above zero");
  return divideHalfUp(cost * 100n, monthlyRate);
}

/** Hundredths as a plain decimal text with two places: 3850n → "38.50". */
export function hundredthsText(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const size = negative ? -hundredths : hundredths;
  return `${negative ? "-" : ""}${size / 100n}.${(size % 100n).toString().padStart(2, "0")}`;
}

/** One event's cost in worker-months of contributions at the monthly rate in force. */
export interface EventCost {
  event: BenefitEvent;
  /** What one event pays; for temporary disability, one month off work at 100%; null: no ceiling (medical care). */
  cost: bigint | null;
  /** Temporary disability: the cost is for one month off work. */
  perMonthOff: boolean;
  /** Hundredths of a worker-month, rounded half up; null where the cost is. */
  workerMonthsHundredths: bigint | null;
  /** Not every row behind it is verified (the early JKM death). */
  unconfirmed: boolean;
}

/**
 * Each event of the schedule as worker-months of contributions at `monthlyRate`: how many months of one worker's
 * contributions one event repays. Temporary disability counts one month off work at its first (100%) row.
 */
export function eventCosts(events: readonly BenefitResult[], monthlyRate: bigint): EventCost[] {
  return events.map((result) => {
    const unconfirmed = result.lines.some((line) => line.row.status !== "verified");
    const first = result.lines[0];
    const perMonthOff = result.openTotal === "months-off-needed";
    const cost = perMonthOff ? (first?.perMonth ?? null) : result.total;
    return { event: result.event, cost, perMonthOff, workerMonthsHundredths: cost === null ? null : workerMonthsHundredths(cost, monthlyRate), unconfirmed };
  });
}

/** A published amount as the ratio needs it: the figure as written, its step, and the values it stands for. */
export interface PublishedRange extends AmountRange {
  written: bigint;
  /** The value of its last written digit: 1 when exact. */
  step: bigint;
}

/** A claims-ratio claim: benefits paid and contributions paid over the same period, and the cases paid for. */
export interface RatioClaim {
  label: string;
  benefits: PublishedRange;
  contributions: PublishedRange;
  cases: number | null;
  /** The month whose contribution rate prices one event in worker-months; null: the run's default. */
  month: Month | null;
  /** A published ratio to check ("38,5%"); null when none is stated. */
  publishedRatio: PublishedPercent | null;
}

/** How a published ratio reads against the ratios the amounts allow. */
export interface RatioReading {
  /** Readings that hold at the figure's own decimals. */
  readings: PercentReading[];
  /** When none holds as written: the coarser precision (its trailing zeros dropped) at which one does. */
  coarser: { places: number; units: bigint; readings: PercentReading[] } | null;
}

export interface RatioClaimResult {
  claim: RatioClaim;
  ratio: ClaimsRatio;
  /** How the published ratio reads; null when none was stated. */
  reading: RatioReading | null;
  status: ClaimStatus;
}

/** The exact ratios the published amounts allow, × 100: from the fewest benefits over the most contributions to the reverse (both ends included). */
export function exactRatioBounds(claim: Pick<RatioClaim, "benefits" | "contributions">): { low: Fraction; high: Fraction } {
  return {
    low: fraction(claim.benefits.low * 100n, claim.contributions.high - 1n),
    high: fraction((claim.benefits.high - 1n) * 100n, claim.contributions.low),
  };
}

/** The readings (rounded half up, truncated) under which a figure of `units` at `places` decimals meets the bounds. */
function readingsThatMeet(bounds: { low: Fraction; high: Fraction }, units: bigint, places: number): PercentReading[] {
  return (["rounded", "truncated"] as const).filter((reading) => {
    const interval = percentInterval(units, places, reading);
    // [low, high] and [interval.low, interval.high) overlap.
    return compareFractions(bounds.low, interval.high) < 0 && compareFractions(interval.low, bounds.high) <= 0;
  });
}

/**
 * A ratio claim without a published ratio states nothing its amounts could contradict: OK, its worth is in what it
 * implies. With one ("38,5%"), checked like a published percentage: OK when it is the rounded or the truncated
 * figure of a ratio the amounts allow; INCONSISTENT-PRECISION when it is only at fewer decimals (38,50% for
 * 38,46%); else MISMATCH.
 */
export function checkRatioClaim(claim: RatioClaim): RatioClaimResult {
  const ratio = claimsRatio(claim);
  if (claim.publishedRatio === null) return { claim, ratio, reading: null, status: "OK" };
  const bounds = exactRatioBounds(claim);
  const readings = readingsThatMeet(bounds, claim.publishedRatio.units, claim.publishedRatio.places);
  if (readings.length > 0) return { claim, ratio, reading: { readings, coarser: null }, status: "OK" };
  for (const coarser of coarserPrecisions(claim.publishedRatio)) {
    const held = readingsThatMeet(bounds, coarser.units, coarser.places);
    if (held.length > 0) return { claim, ratio, reading: { readings: [], coarser: { ...coarser, readings: held } }, status: "INCONSISTENT-PRECISION" };
  }
  return { claim, ratio, reading: { readings: [], coarser: null }, status: "MISMATCH" };
}
