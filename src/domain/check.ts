// Checking a reported total against the formula, and explaining a mismatch the way an analyst would.
import { totalOf } from "./budget.js";
import { PricingError, Pricer } from "./contribution.js";
import { Dec, rupiahToDec } from "./money.js";
import { MAX_MONTHS, type Month } from "./month.js";
import { labelKey, termsKey, type WorkerTerms } from "./worker.js";

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

/** Another reading that gives exactly the reported figure: what differs from the claim as stated. */
export interface AlternativeReading {
  /** The same months this many years later (negative: earlier); 0 for the claim's own months. */
  yearShift: number;
  /** "unstated": as if nobody said who pays (reliefs excluding APBN/APBD apply); "APBD": as paid by APBD. */
  funding: "unstated" | "APBD" | null;
  transportSector: boolean;
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
  /** The worker-months the reported figure pays for: stated workers × implied months. */
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
  // Workers for the stated months: exact whatever the rates. Months for the stated workers: walked month by
  // month from the start, so a rate change inside the period is respected (not averaged).
  const impliedWorkers = perWorker === 0n ? new Dec(0) : reportedDec.dividedBy(rupiahToDec(perWorker));
  const impliedMonths = workers === 0 ? new Dec(0) : monthsPaidFor(new Pricer(pricer.book, pricer.rounding), claim, reportedDec.dividedBy(workers));
  const impliedWorkerMonths = impliedMonths.times(workers);
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

/** How many months from the start one worker's `amount` pays for: whole months, then a fraction of the next. */
function monthsPaidFor(pricer: Pricer, claim: Claim, amount: Dec): Dec {
  let remaining = amount;
  for (let offset = 0; offset < MAX_MONTHS; offset++) {
    let rate: bigint;
    try {
      rate = periodCost(pricer, claim.terms, claim.start + offset, 1);
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
      break;
    }
    if (rate <= 0n) break;
    const rateDec = rupiahToDec(rate);
    if (remaining.lessThanOrEqualTo(rateDec)) return remaining.dividedBy(rateDec).plus(offset);
    remaining = remaining.minus(rateDec);
  }
  return new Dec(MAX_MONTHS);
}

function nearestCombinations(pricer: Pricer, claim: Claim, impliedWorkers: Dec, impliedMonths: Dec): Combination[] {
  const candidates = new Map<string, { workers: number; months: number }>();
  const addCandidate = (workers: number, months: number) => {
    if (workers >= 0 && months >= 1 && months <= MAX_MONTHS) candidates.set(`${workers}x${months}`, { workers, months });
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

/**
 * Readings an official may have used instead: another year's tariff for the same months, the relief applied or
 * not (funding stated otherwise), the transport-sector relief, and their combinations.
 */
function alternativeReadings(pricer: Pricer, claim: Claim): AlternativeReading[] {
  const { workers, months, start, terms } = claim;
  const fundings = [
    { funding: terms.funding, reading: null },
    { funding: "", reading: "unstated" as const },
    { funding: "APBD", reading: "APBD" as const },
  ].filter((option, index) => index === 0 || labelKey(option.funding) !== labelKey(terms.funding));
  const sectors = [
    { sector: terms.sector, transport: false },
    { sector: "transport", transport: true },
  ].filter((option, index) => index === 0 || labelKey(option.sector) !== labelKey(terms.sector));
  const found: (AlternativeReading & { changes: number })[] = [];
  for (const yearShift of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]) {
    for (const funding of fundings) {
      for (const sector of sectors) {
        const changes = (yearShift === 0 ? 0 : 1) + (funding.reading === null ? 0 : 1) + (sector.transport ? 1 : 0);
        if (changes === 0) continue;
        try {
          const total = periodCost(pricer, { ...terms, funding: funding.funding, sector: sector.sector }, start + 12 * yearShift, months) * BigInt(workers);
          if (total === claim.reported) found.push({ yearShift, funding: funding.reading, transportSector: sector.transport, total, changes });
        } catch (error) {
          if (!(error instanceof PricingError)) throw error;
        }
      }
    }
  }
  // The simplest explanations only: fewest changes, and of readings alike but for the year, the nearest year.
  const fewest = Math.min(...found.map((reading) => reading.changes));
  const kept: AlternativeReading[] = [];
  const kinds = new Set<string>();
  for (const { changes, ...reading } of found.filter((candidate) => candidate.changes === fewest)) {
    const kind = `${reading.yearShift === 0}|${reading.funding}|${reading.transportSector}`;
    if (kinds.has(kind)) continue;
    kinds.add(kind);
    kept.push(reading);
  }
  return kept;
}
