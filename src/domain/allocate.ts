// Splitting a whole number of workers into integer parts in proportion to weights (largest remainder, Hamilton).
// Like dinero.js's distribute, but with a named tie-break: the key, in ascending code-point order.
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

/**
 * Floors each exact share, then hands the leftover out one by one to the largest remainders; equal remainders go
 * to the smaller key first. With bounds, parts whose share falls outside [min, max] are held at the bound and the
 * rest is shared again among the others, until no share leaves its bounds.
 */
export function allocate(total: number, claims: readonly AllocationClaim[]): AllocationPart[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new AllocationError(`cannot allocate ${total}: a whole number from 0 is needed`);
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.key)) throw new AllocationError(`key ${quoteCell(claim.key)} appears twice`);
    seen.add(claim.key);
    if (claim.weight.isNegative()) throw new AllocationError(`weight of ${quoteCell(claim.key)} is negative`);
    if (claim.min !== undefined && claim.max !== undefined && claim.min > claim.max) {
      throw new AllocationError(`${quoteCell(claim.key)} has min ${claim.min} above max ${claim.max}`);
    }
  }
  const sumMin = claims.reduce((sum, claim) => sum + (claim.min ?? 0), 0);
  if (sumMin > total) throw new AllocationError(`the minimums add up to ${sumMin}, more than the ${total} to allocate`);
  if (claims.every((claim) => claim.max !== undefined)) {
    const sumMax = claims.reduce((sum, claim) => sum + claim.max!, 0);
    if (sumMax < total) throw new AllocationError(`the maximums add up to ${sumMax}, less than the ${total} to allocate`);
  }

  // Parts held at a bound, and the rest shared in proportion.
  const held = new Map<string, number>();
  for (;;) {
    const free = claims.filter((claim) => !held.has(claim.key));
    const remaining = total - [...held.values()].reduce((sum, count) => sum + count, 0);
    const weightSum = free.reduce((sum, claim) => sum.plus(claim.weight), new Dec(0));
    if (free.length > 0 && weightSum.isZero() && remaining > 0) {
      throw new AllocationError(`the weights of the parts left to share add up to 0; nothing to allocate ${remaining} by`);
    }
    const shares = new Map(free.map((claim) => [claim.key, weightSum.isZero() ? new Dec(0) : claim.weight.times(remaining).dividedBy(weightSum)]));
    // Hold only one side per round: parts above their max release units that may lift parts below their min,
    // and parts held at their min take units from the rest. The larger imbalance is the one that is certain.
    const over = free.filter((claim) => claim.max !== undefined && shares.get(claim.key)!.greaterThan(claim.max));
    const under = free.filter((claim) => claim.min !== undefined && shares.get(claim.key)!.lessThan(claim.min));
    const excess = over.reduce((sum, claim) => sum.plus(shares.get(claim.key)!.minus(claim.max!)), new Dec(0));
    const deficit = under.reduce((sum, claim) => sum.plus(new Dec(claim.min!).minus(shares.get(claim.key)!)), new Dec(0));
    if (!excess.lessThan(deficit)) for (const claim of over) held.set(claim.key, claim.max!);
    if (!deficit.lessThan(excess)) for (const claim of under) held.set(claim.key, claim.min!);
    const changed = over.length + under.length > 0;
    if (changed) continue;
    return hamilton(remaining, free, shares, held, claims);
  }
}

function hamilton(
  remaining: number,
  free: readonly AllocationClaim[],
  shares: Map<string, Dec>,
  held: Map<string, number>,
  claims: readonly AllocationClaim[],
): AllocationPart[] {
  // Worker counts, not money: safe integers.
  const floors = new Map(free.map((claim) => [claim.key, shares.get(claim.key)!.floor().toNumber()]));
  let leftover = remaining - [...floors.values()].reduce((sum, count) => sum + count, 0);
  const byRemainder = [...free]
    .filter((claim) => !claim.weight.isZero())
    .sort((a, b) => {
      const remainderA = shares.get(a.key)!.minus(floors.get(a.key)!);
      const remainderB = shares.get(b.key)!.minus(floors.get(b.key)!);
      return remainderB.comparedTo(remainderA) || compareKeys(a.key, b.key);
    });
  for (const claim of byRemainder) {
    if (leftover === 0) break;
    // A part already at its max takes no more (its share was at most max, so its floor can equal it).
    if (claim.max !== undefined && floors.get(claim.key)! >= claim.max) continue;
    floors.set(claim.key, floors.get(claim.key)! + 1);
    leftover--;
  }
  const total = remaining + [...held.values()].reduce((sum, count) => sum + count, 0);
  const weightSum = claims.reduce((sum, claim) => sum.plus(claim.weight), new Dec(0));
  return claims.map((claim) => ({
    key: claim.key,
    weight: claim.weight,
    exactShare: weightSum.isZero() ? new Dec(0) : claim.weight.times(total).dividedBy(weightSum),
    allocated: held.get(claim.key) ?? floors.get(claim.key)!,
  }));
}
