// Splitting a whole number of workers into integer parts in proportion to weights (largest remainder, Hamilton).
// Like dinero.js's distribute, but with a named tie-break: the key, in ascending code-point order.
import { t } from "../text/render.js";
import { MAX_WORKERS } from "./count.js";
import { Dec } from "./money.js";
import { quoteCell } from "./personal-data.js";

export interface AllocationClaim {
  key: string;
  weight: Dec;
  /** At least this many (optional). */
  min?: number;
  /** At most this many (optional). */
  max?: number;
}

export interface AllocationPart {
  key: string;
  weight: Dec;
  /** total × weight ÷ Σ weights, exact; bounds may move the allocation further than one from it. */
  exactShare: Dec;
  allocated: number;
}

export class AllocationError extends Error {}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Weights as integers of one common scale (the most decimal places of any), so shares are exact fractions. */
function scaledWeights(claims: readonly AllocationClaim[]): Map<string, bigint> {
  const places = claims.reduce((most, claim) => Math.max(most, claim.weight.decimalPlaces()), 0);
  // toFixed is exact at any length (it is not bound by Dec's precision); dropping the point multiplies by 10^places.
  return new Map(claims.map((claim) => [claim.key, BigInt(claim.weight.toFixed(places).replace(".", ""))]));
}

/**
 * Floors each exact share, then hands the leftover out one by one to the largest remainders; equal remainders go
 * to the smaller key first. With bounds, parts whose share falls outside [min, max] are held at the bound and the
 * rest is shared again among the others, until no share leaves its bounds.
 *
 * Every share, floor, remainder and comparison is exact: a share is the fraction weight × remaining ÷ Σ weights of
 * bigint integers, and sums of bounds are bigint, however many parts there are. Only the parts leave as numbers,
 * each at most the total or its own bound, both ≤ MAX_WORKERS.
 */
export function allocate(total: number, claims: readonly AllocationClaim[]): AllocationPart[] {
  if (!Number.isSafeInteger(total) || total < 0 || total > MAX_WORKERS) {
    throw new AllocationError(t("allocation.badTotal", { total: String(total), max: MAX_WORKERS }));
  }
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.key)) throw new AllocationError(t("allocation.keyTwice", { key: quoteCell(claim.key) }));
    seen.add(claim.key);
    if (claim.weight.isNegative()) throw new AllocationError(t("allocation.negativeWeight", { key: quoteCell(claim.key) }));
    for (const bound of [claim.min, claim.max]) {
      if (bound !== undefined && (!Number.isSafeInteger(bound) || bound < 0 || bound > MAX_WORKERS)) {
        throw new AllocationError(t("allocation.badBound", { key: quoteCell(claim.key), bound: String(bound), max: MAX_WORKERS }));
      }
    }
    if (claim.min !== undefined && claim.max !== undefined && claim.min > claim.max) {
      throw new AllocationError(t("allocation.minAboveMax", { key: quoteCell(claim.key), min: claim.min, max: claim.max }));
    }
  }
  const whole = BigInt(total);
  const sumMin = claims.reduce((sum, claim) => sum + BigInt(claim.min ?? 0), 0n);
  if (sumMin > whole) throw new AllocationError(t("allocation.minimumsTooLarge", { sum: sumMin, total }));
  if (claims.every((claim) => claim.max !== undefined)) {
    const sumMax = claims.reduce((sum, claim) => sum + BigInt(claim.max!), 0n);
    if (sumMax < whole) throw new AllocationError(t("allocation.maximumsTooSmall", { sum: sumMax, total }));
  }

  const weights = scaledWeights(claims);
  // Parts held at a bound, and the rest shared in proportion.
  const held = new Map<string, bigint>();
  for (;;) {
    const free = claims.filter((claim) => !held.has(claim.key));
    const remaining = whole - [...held.values()].reduce((sum, count) => sum + count, 0n);
    const weightSum = free.reduce((sum, claim) => sum + weights.get(claim.key)!, 0n);
    if (free.length > 0 && weightSum === 0n && remaining > 0n) {
      throw new AllocationError(t("allocation.zeroWeights", { remaining }));
    }
    // Each share is numerator ÷ denominator; all shares have the same denominator, so numerators compare as shares.
    const denominator = weightSum === 0n ? 1n : weightSum;
    const numerators = new Map(free.map((claim) => [claim.key, weightSum === 0n ? 0n : weights.get(claim.key)! * remaining]));
    const share = (claim: AllocationClaim) => numerators.get(claim.key)!;
    // Hold only one side per round: parts above their max release units that may lift parts below their min,
    // and parts held at their min take units from the rest. The larger imbalance is the one that is certain.
    const over = free.filter((claim) => claim.max !== undefined && share(claim) > BigInt(claim.max) * denominator);
    const under = free.filter((claim) => claim.min !== undefined && share(claim) < BigInt(claim.min) * denominator);
    const excess = over.reduce((sum, claim) => sum + share(claim) - BigInt(claim.max!) * denominator, 0n);
    const deficit = under.reduce((sum, claim) => sum + BigInt(claim.min!) * denominator - share(claim), 0n);
    if (excess >= deficit) for (const claim of over) held.set(claim.key, BigInt(claim.max!));
    if (deficit >= excess) for (const claim of under) held.set(claim.key, BigInt(claim.min!));
    const changed = over.length + under.length > 0;
    if (changed) continue;
    return hamilton(remaining, free, numerators, denominator, held, claims, total);
  }
}

function hamilton(
  remaining: bigint,
  free: readonly AllocationClaim[],
  numerators: Map<string, bigint>,
  denominator: bigint,
  held: Map<string, bigint>,
  claims: readonly AllocationClaim[],
  total: number,
): AllocationPart[] {
  const floors = new Map(free.map((claim) => [claim.key, numerators.get(claim.key)! / denominator]));
  const remainder = (claim: AllocationClaim) => numerators.get(claim.key)! % denominator;
  let leftover = remaining - [...floors.values()].reduce((sum, count) => sum + count, 0n);
  const byRemainder = [...free]
    .filter((claim) => !claim.weight.isZero())
    .sort((a, b) => {
      const [remainderA, remainderB] = [remainder(a), remainder(b)];
      return remainderA < remainderB ? 1 : remainderA > remainderB ? -1 : compareKeys(a.key, b.key);
    });
  for (const claim of byRemainder) {
    if (leftover === 0n) break;
    // A part already at its max takes no more (its share was at most max, so its floor can equal it).
    if (claim.max !== undefined && floors.get(claim.key)! >= BigInt(claim.max)) continue;
    floors.set(claim.key, floors.get(claim.key)! + 1n);
    leftover--;
  }
  const weightSum = claims.reduce((sum, claim) => sum.plus(claim.weight), new Dec(0));
  return claims.map((claim) => ({
    key: claim.key,
    weight: claim.weight,
    // For display only (shown to a few places); the allocation above never reads it.
    exactShare: weightSum.isZero() ? new Dec(0) : claim.weight.times(total).dividedBy(weightSum),
    // Each part is at most the total or its own bound, both ≤ MAX_WORKERS: an exact number.
    allocated: Number(held.get(claim.key) ?? floors.get(claim.key)!),
  }));
}

/** What a budget funds of an equal quota per unit: the largest quota that fits, and what is left over. */
export interface QuotaFit {
  /** Workers per unit the budget funds for every unit alike (≤ the quota asked). */
  quota: number;
  workers: number;
  cost: bigint;
  leftover: bigint;
}

/**
 * The largest equal quota per unit whose cost fits the budget: ⌊budget ÷ (units × cost per worker)⌋, capped at the
 * quota asked. With no unit any quota fits (it costs nothing). Exact: all in bigint.
 */
export function quotaThatFits(budget: bigint, units: number, costPerWorker: bigint, asked: number): QuotaFit {
  if (costPerWorker <= 0n) throw new AllocationError(t("capacity.freeWorker"));
  const perQuotaStep = BigInt(units) * costPerWorker;
  const fits = perQuotaStep === 0n ? BigInt(asked) : budget / perQuotaStep;
  const quota = fits < BigInt(asked) ? fits : BigInt(asked);
  const workers = quota * BigInt(units);
  const cost = workers * costPerWorker;
  // quota ≤ asked and quota × units ≤ asked × units, which the caller bounded by MAX_WORKERS: exact numbers.
  return { quota: Number(quota), workers: Number(workers), cost, leftover: budget - cost };
}

/**
 * `total` whole workers over `units` units as equally as they go: every unit gets ⌊total ÷ units⌋ and the first
 * (total mod units) units, in the order given (the units file's order), one more. This is the largest remainder
 * method with equal weights, whose remainders all tie; the tie-break is the order given.
 */
export function equalSplit(total: number, units: number): number[] {
  if (!Number.isSafeInteger(total) || total < 0 || total > MAX_WORKERS) {
    throw new AllocationError(t("allocation.badTotal", { total: String(total), max: MAX_WORKERS }));
  }
  if (units === 0) return [];
  const each = Math.floor(total / units);
  const extra = total - each * units;
  return Array.from({ length: units }, (_, index) => each + (index < extra ? 1 : 0));
}
