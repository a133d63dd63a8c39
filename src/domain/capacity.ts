// What a budget ceiling (pagu) buys: how many workers for a period, or how many months for a headcount.
import { t } from "../text/render.js";
import { MAX_WORKERS, workersBound } from "./count.js";
import { MAX_MONTHS } from "./month.js";

/**
 * The largest amount in rupiah iuran takes (a budget, a reported total, a tolerance, a declared income or wage):
 * Rp 1,000 trillion, over a quarter of Indonesia's whole state budget (APBN), so a larger figure is a typing slip.
 * Amounts are bigint and exact at any size; the bound also keeps what a total implies per rupiah of cost (workers,
 * worker-months) below 2^53, so such a figure is an exact JavaScript integer.
 */
export const MAX_BUDGET = 1_000_000_000_000_000n;

export interface Capacity {
  workers: number;
  months: number;
  cost: bigint;
  leftover: bigint;
}

export class CapacityError extends Error {}

/** The largest number of identical workers whose period cost fits the budget; the rest is left over (sisa). */
export function workersForBudget(budget: bigint, costPerWorker: bigint, months: number): Capacity {
  if (costPerWorker <= 0n) throw new CapacityError(t("capacity.freeWorker"));
  const workers = budget / costPerWorker;
  // Compared as bigint, so the count is never rounded on its way to a number.
  if (workers > BigInt(MAX_WORKERS)) {
    throw new CapacityError(t("capacity.tooManyWorkers", { workers, bound: workersBound() }));
  }
  const cost = workers * costPerWorker;
  return { workers: Number(workers), months, cost, leftover: budget - cost };
}

/**
 * The most whole months, counted from the start, for which `workers` workers fit the budget. Months are priced one
 * by one (`costOfMonth(offset)` for all of them), so tariff changes and reliefs along the way are respected.
 */
export function monthsForBudget(budget: bigint, workers: number, costOfMonth: (offset: number) => bigint, limit = MAX_MONTHS): Capacity {
  let months = 0;
  let cost = 0n;
  while (months < limit) {
    const next = costOfMonth(months);
    if (next <= 0n) throw new CapacityError(t("capacity.freeMonth"));
    if (cost + next > budget) break;
    cost += next;
    months++;
  }
  if (months === limit) throw new CapacityError(t("capacity.tooManyMonths", { limit, years: limit / 12, workers }));
  return { workers, months, cost, leftover: budget - cost };
}
