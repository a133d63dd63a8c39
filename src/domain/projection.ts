// Multi-year scenarios: workers per year (optionally grown), each year priced month by month from January.
import { totalOf } from "./budget.js";
import { emptyAmounts, type Pricer, type ProgramAmounts } from "./contribution.js";
import { t } from "../text/render.js";
import { MAX_WORKERS, workersBound } from "./count.js";
import { Dec } from "./money.js";
import { monthOf } from "./month.js";
import { termsKey, type WorkerTerms } from "./worker.js";

export interface YearPlan {
  year: number;
  workers: number;
  /** Months covered from January; 12 for a whole year. */
  months: number;
  terms: WorkerTerms;
}

export interface YearResult {
  year: number;
  workers: number;
  workerMonths: number;
  amounts: ProgramAmounts;
  total: bigint;
  /** Against the previous year; null for the first. */
  change: bigint | null;
}

/** A plan beyond two generations is not a budget: at most this many years in one projection. */
export const MAX_PROJECTION_YEARS = 50;

/**
 * Yearly growth in percent lies above −100 (which leaves nobody) and at most +1,000 (eleven times the workers in a
 * year: beyond any programme's expansion, so a typing slip), with at most GROWTH_PLACES decimal places.
 */
export const MIN_GROWTH_PERCENT = -100;
export const MAX_GROWTH_PERCENT = 1000;
export const GROWTH_PLACES = 6;

/** A projection left its bounds: growth out of range, or a year with more workers than any count may hold. */
export class ProjectionError extends Error {}

/**
 * Next year's workers: previous × (1 + growth), rounded half-up to whole workers. Exact by bound: previous ≤
 * MAX_WORKERS (9 digits) and 1 + growth ≤ 11 with at most GROWTH_PLACES + 2 decimals make a product of at most
 * 19 significant digits, well inside Dec's 60, and a result ≤ 11 × MAX_WORKERS < 2^53.
 */
export function grownWorkers(previous: number, growth: Dec): number {
  return new Dec(previous).times(growth.plus(1)).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/** Whether a yearly growth (a fraction: 0.1 for 10 %) is within the bounds above. */
export function isGrowthInBounds(growth: Dec): boolean {
  // Compared as a fraction, as given: no arithmetic (which Dec would round) before the check.
  return growth.greaterThan(MIN_GROWTH_PERCENT / 100) && growth.lessThanOrEqualTo(MAX_GROWTH_PERCENT / 100) && growth.decimalPlaces() <= GROWTH_PLACES + 2;
}

/** Plans from a first year's headcount and a constant growth rate; refused once a year exceeds MAX_WORKERS. */
export function growthPlans(firstYear: number, years: number, workers: number, growth: Dec, months: number, terms: WorkerTerms): YearPlan[] {
  if (!Number.isSafeInteger(years) || years < 1 || years > MAX_PROJECTION_YEARS) throw new ProjectionError(t("projection.years", { max: MAX_PROJECTION_YEARS, years: String(years) }));
  if (!Number.isSafeInteger(workers) || workers < 0 || workers > MAX_WORKERS) throw new ProjectionError(t("projection.workers", { max: MAX_WORKERS, workers: String(workers) }));
  if (!isGrowthInBounds(growth)) throw new ProjectionError(t("projection.growth", { growth: growth.toString(), min: MIN_GROWTH_PERCENT, max: MAX_GROWTH_PERCENT, places: GROWTH_PLACES }));
  const plans: YearPlan[] = [];
  let current = workers;
  for (let index = 0; index < years; index++) {
    if (index > 0) current = grownWorkers(current, growth);
    // Checked each year, before the next is grown from it, so every figure above stays within its proof.
    if (current > MAX_WORKERS) {
      throw new ProjectionError(t("projection.tooManyWorkers", { year: firstYear + index, workers: current, bound: workersBound() }));
    }
    plans.push({ year: firstYear + index, workers: current, months, terms });
  }
  return plans;
}

export function project(pricer: Pricer, plans: readonly YearPlan[]): YearResult[] {
  let previous: bigint | null = null;
  return plans.map((plan) => {
    const period = pricer.period(plan.terms, termsKey(plan.terms), monthOf(plan.year, 1), plan.months);
    const amounts = emptyAmounts().map((_, index) => period.total[index]! * BigInt(plan.workers));
    const total = totalOf(amounts);
    const change: bigint | null = previous === null ? null : total - previous;
    previous = total;
    // workers ≤ MAX_WORKERS and months ≤ 12: at most 3.6 × 10^9 worker-months, an exact integer.
    return { year: plan.year, workers: plan.workers, workerMonths: plan.workers * plan.months, amounts, total, change };
  });
}
