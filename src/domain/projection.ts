// Multi-year scenarios: workers per year (optionally grown), each year priced month by month from January.
import { totalOf } from "./budget.js";
import { emptyAmounts, type Pricer, type ProgramAmounts } from "./contribution.js";
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

/** Next year's workers: previous × (1 + growth), rounded half-up to whole workers. */
export function grownWorkers(previous: number, growth: Dec): number {
  return new Dec(previous).times(growth.plus(1)).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/** Plans from a first year's headcount and a constant growth rate. */
export function growthPlans(firstYear: number, years: number, workers: number, growth: Dec, months: number, terms: WorkerTerms): YearPlan[] {
  const plans: YearPlan[] = [];
  let current = workers;
  for (let index = 0; index < years; index++) {
    if (index > 0) current = grownWorkers(current, growth);
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
    return { year: plan.year, workers: plan.workers, workerMonths: plan.workers * plan.months, amounts, total, change };
  });
}
