// Checking a reported total against the formula, and explaining a mismatch the way an analyst would.
import { totalOf } from "./budget.js";
import { PricingError, Pricer } from "./contribution.js";
import { Dec, rupiahToDec } from "./money.js";
import { formatMonth, type Month } from "./month.js";
import { termsKey, type WorkerTerms } from "./worker.js";

export interface Claim {
  label: string;
  reported: bigint;
  workers: number;
  months: number;
  start: Month;
  terms: WorkerTerms;
  /** A difference up to this many rupiah, either way, still counts as OK. */
  tolerance: bigint;
}

export interface Combination {
  workers: number;
  months: number;
  total: bigint;
  difference: bigint;
}

export interface AlternativeReading {
  description: string;
  total: bigint;
}

export interface ClaimResult {
  claim: Claim;
  computed: bigint;
  /** reported − computed. */
  difference: bigint;
  status: "OK" | "MISMATCH";
  /** One worker's cost in the first month, and whether every month of the period costs the same. */
  monthlyRate: bigint;
  rateVaries: boolean;
  /** reported ÷ (the period's cost per worker ÷ months): the worker-months the reported figure pays for. */
  impliedWorkerMonths: Dec;
  impliedMonths: Dec;
  impliedWorkers: Dec;
  /** reported ÷ (workers × months): the monthly rate per worker the report implies. */
  impliedMonthlyRate: Dec;
  nearest: Combination[];
  /** Other readings (another year's tariff, a relief applied or not) that give exactly the reported figure. */
  alternatives: AlternativeReading[];
}

function periodCost(pricer: Pricer, terms: WorkerTerms, start: Month, months: number): bigint {
  return totalOf(pricer.period(terms, termsKey(terms), start, months).total);
}

export function checkClaim(pricer: Pricer, claim: Claim): ClaimResult {
  const { workers, months, start, terms, reported } = claim;
  const perWorker = periodCost(pricer, terms, start, months);
  const computed = perWorker * BigInt(workers);
  const difference = reported - computed;
  const absolute = difference < 0n ? -difference : difference;
  const status = absolute <= claim.tolerance ? "OK" : "MISMATCH";
  const monthly = pricer.period(terms, termsKey(terms), start, months).monthly.map(totalOf);
  const monthlyRate = monthly[0] ?? 0n;
  const rateVaries = monthly.some((rate) => rate !== monthlyRate);

  const reportedDec = rupiahToDec(reported);
  const averageRate = rupiahToDec(perWorker).dividedBy(months);
  const impliedWorkerMonths = averageRate.isZero() ? new Dec(0) : reportedDec.dividedBy(averageRate);
  const impliedMonths = workers === 0 ? new Dec(0) : impliedWorkerMonths.dividedBy(workers);
  const impliedWorkers = impliedWorkerMonths.dividedBy(months);
  const impliedMonthlyRate = workers === 0 ? new Dec(0) : reportedDec.dividedBy(workers * months);

  return {
    claim,
    computed,
    difference,
    status,
    monthlyRate,
    rateVaries,
    impliedWorkerMonths,
    impliedMonths,
    impliedWorkers,
    impliedMonthlyRate,
    // What-if pricing goes through its own Pricer, so the tariffs it tries are not reported as used.
    nearest: status === "OK" ? [] : nearestCombinations(new Pricer(pricer.book, pricer.rounding), claim, impliedWorkers, impliedMonths),
    alternatives: status === "OK" ? [] : alternativeReadings(new Pricer(pricer.book, pricer.rounding), claim),
  };
}

function nearestCombinations(pricer: Pricer, claim: Claim, impliedWorkers: Dec, impliedMonths: Dec): Combination[] {
  const candidates = new Map<string, { workers: number; months: number }>();
  const addCandidate = (workers: number, months: number) => {
    if (workers >= 0 && months >= 1 && months <= 1200) candidates.set(`${workers}x${months}`, { workers, months });
  };
  for (const workers of [impliedWorkers.floor(), impliedWorkers.ceil()]) addCandidate(workers.toNumber(), claim.months);
  for (const months of [impliedMonths.floor(), impliedMonths.ceil()]) addCandidate(claim.workers, months.toNumber());
  const combinations: Combination[] = [];
  for (const { workers, months } of candidates.values()) {
    try {
      const total = periodCost(pricer, claim.terms, claim.start, months) * BigInt(workers);
      combinations.push({ workers, months, total, difference: claim.reported - total });
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
    }
  }
  const size = (value: bigint) => (value < 0n ? -value : value);
  return combinations.sort((a, b) => (size(a.difference) < size(b.difference) ? -1 : size(a.difference) > size(b.difference) ? 1 : a.workers - b.workers));
}

/** Readings an official may have used instead: another year's tariff for the same months, or a relief's rule. */
function alternativeReadings(pricer: Pricer, claim: Claim): AlternativeReading[] {
  const { workers, months, start, terms } = claim;
  const readings: { description: string; terms: WorkerTerms; start: Month }[] = [];
  for (let years = -6; years <= 6; years++) {
    if (years !== 0) readings.push({ description: `priced at the tariff of ${formatMonth(start + 12 * years)} onwards`, terms, start: start + 12 * years });
  }
  if (terms.funding !== "") readings.push({ description: "with funding not stated (reliefs that exclude APBN/APBD applied)", terms: { ...terms, funding: "" }, start });
  if (terms.funding === "" || !/^apb[dn]$/i.test(terms.funding.replace(/\s/g, ""))) {
    readings.push({ description: "paid through APBD (reliefs that exclude it not applied)", terms: { ...terms, funding: "APBD" }, start });
  }
  if (terms.sector.toLowerCase() !== "transport") readings.push({ description: "as transport-sector workers", terms: { ...terms, sector: "transport" }, start });
  const found: AlternativeReading[] = [];
  for (const reading of readings) {
    try {
      const total = periodCost(pricer, reading.terms, reading.start, months) * BigInt(workers);
      if (total === claim.reported) found.push({ description: reading.description, total });
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
    }
  }
  return found;
}
