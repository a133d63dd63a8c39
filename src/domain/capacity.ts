// What a budget ceiling (pagu) buys: how many workers for a period, or how many months for a headcount.

export interface Capacity {
  workers: number;
  months: number;
  cost: bigint;
  leftover: bigint;
}

export class CapacityError extends Error {}

/** The largest number of identical workers whose period cost fits the budget; the rest is left over (sisa). */
export function workersForBudget(budget: bigint, costPerWorker: bigint, months: number): Capacity {
  if (costPerWorker <= 0n) throw new CapacityError("a worker costs nothing over this period, so any budget covers any number");
  const workers = budget / costPerWorker;
  if (workers > BigInt(Number.MAX_SAFE_INTEGER)) throw new CapacityError("the budget covers more workers than can be counted exactly");
  const cost = workers * costPerWorker;
  return { workers: Number(workers), months, cost, leftover: budget - cost };
}

/**
 * The most whole months, counted from the start, for which `workers` workers fit the budget. Months are priced one
 * by one (`costOfMonth(offset)` for all of them), so tariff changes and reliefs along the way are respected.
 */
export function monthsForBudget(budget: bigint, workers: number, costOfMonth: (offset: number) => bigint, limit = 1200): Capacity {
  let months = 0;
  let cost = 0n;
  while (months < limit) {
    const next = costOfMonth(months);
    if (next <= 0n) throw new CapacityError("a month costs nothing, so the budget would last forever");
    if (cost + next > budget) break;
    cost += next;
    months++;
  }
  if (months === limit) throw new CapacityError(`the budget covers more than ${limit} months (${limit / 12} years) for ${workers} workers`);
  return { workers, months, cost, leftover: budget - cost };
}
