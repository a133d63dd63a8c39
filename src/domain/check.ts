// Checking a reported total against the formula, and explaining a mismatch the way an analyst would.
//
// Every implied figure comes from one division: the reported total by the cost of one worker-month. Over a stated
// period that cost is the period's own (its average where a relief starts or ends inside it); without a period it
// is the start month's, and the first later month that costs something else is named, so the reading is never
// stretched across rates nobody stated.
import { totalOf } from "./budget.js";
import { PricingError, Pricer, type ContributionLine } from "./contribution.js";
import { Dec, rupiahToDec } from "./money.js";
import { MAX_MONTHS, yearOf, type Month } from "./month.js";
import type { TariffBook } from "./tariff.js";
import { labelKey, termsKey, type WorkerTerms } from "./worker.js";

export interface Claim {
  label: string;
  reported: bigint;
  /** The workers the report states; null when it states none (published figures often give only a total). */
  workers: number | null;
  /** The months the report states; null when it states none. */
  months: number | null;
  start: Month;
  terms: WorkerTerms;
  /** A difference up to this many rupiah, either way, still counts as OK. */
  tolerance: bigint;
}

/**
 * OK: the formula gives the reported figure for the stated workers and months. MISMATCH: it does not; for a claim
 * without workers or months, no whole reading gives it at a rate that holds throughout. IMPLIED: the claim leaves
 * out workers or months, so there is no computed figure to compare with, and nothing contradicts the implied ones.
 */
export type ClaimStatus = "OK" | "MISMATCH" | "IMPLIED";

/**
 * Where the cost of one worker-month comes from. uniform: every month of the stated period costs the same, so the
 * implied figures are exact. average: the rate changes inside the stated period; the period's cost for one worker
 * ÷ its months. start-month: no period is stated; the start month's rate, which holds until `rateChange`.
 */
export type RateBasis = "uniform" | "average" | "start-month";

/** A run of months at one rate per worker. */
export interface RateRun {
  from: Month;
  months: number;
  rate: bigint;
}

/** The first month after the start in which one worker-month costs something else. */
export interface RateChange {
  month: Month;
  /** The new cost of one worker-month; null when the tariff tables cannot price that month. */
  rate: bigint | null;
  /** The regulations behind the change (a relief starting or ending, another tariff row). */
  references: string[];
}

/**
 * Regional budgets (APBD, APB Nagari) run by calendar year, so a roster covers a worker at most this many months in
 * each year a stated period touches. The stated months themselves may be the slip, so they are not the bound.
 */
export const MONTHS_A_BUDGET_YEAR = 12;

/**
 * Above this many months per worker, a reading without a stated period is not a programme but a misread total:
 * regional budgets are yearly and medium-term plans (RPJMD) run five years, so ten years is already generous.
 */
export const PLAUSIBLE_MONTHS_WITHOUT_PERIOD = 120;

/** Readings no roster could have: shown next to the figures, never hidden. */
export type ClaimFlag =
  /** More months per worker than the budget years of the stated period hold (MONTHS_A_BUDGET_YEAR a year), by at least one worker-month. */
  | { code: "MONTHS_BEYOND_BUDGET_YEARS"; months: Dec; limit: number; firstYear: number; lastYear: number }
  /** No period stated, and more than PLAUSIBLE_MONTHS_WITHOUT_PERIOD months per worker, by at least one worker-month. */
  | { code: "MONTHS_BEYOND_PLAUSIBLE"; months: Dec; limit: number }
  /** With the stated months, no whole number of workers gives the figure. */
  | { code: "WORKERS_NOT_WHOLE"; workers: Dec; months: number }
  /** The monthly rate per worker the figure implies is no rate of these terms in any reading tried. */
  | { code: "RATE_MATCHES_NO_TARIFF"; rate: Dec };

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
  /** The workers of the reading: the stated ones, or the whole number the reading implies when none is stated. */
  workers: number;
  total: bigint;
}

export interface ClaimResult {
  claim: Claim;
  /** The formula's total for the stated workers and months; null when the claim leaves either out. */
  computed: bigint | null;
  /** reported − computed; null with computed. */
  difference: bigint | null;
  status: ClaimStatus;
  /** One worker's cost in the start month. */
  monthlyRate: bigint;
  /** Whether the rate changes inside the stated period (false when no period is stated). */
  rateVaries: boolean;
  /** The rates of the stated period, run by run; null when no period is stated. */
  periodRates: RateRun[] | null;
  /** The cost of one worker-month every implied figure is divided by, and where it comes from. */
  workerMonthCost: Dec;
  rateBasis: RateBasis;
  /** Without a stated period: the first later month at another rate, or null when the tariff tables have none. */
  rateChange: RateChange | null;
  /** Without a stated period: whether that change falls inside the months the reading implies for the workers. */
  rateChangesWithinReading: boolean;
  /** reported ÷ workerMonthCost: the same whatever headcount is stated. */
  impliedWorkerMonths: Dec;
  /** impliedWorkerMonths ÷ workers; null when no workers are stated. */
  impliedMonths: Dec | null;
  /** impliedWorkerMonths ÷ months; null when no months are stated. */
  impliedWorkers: Dec | null;
  /** reported ÷ (workers × months); null unless both are stated. */
  impliedMonthlyRate: Dec | null;
  flags: ClaimFlag[];
  nearest: Combination[];
  /** Other readings (another year's tariff, a relief applied or not) that give exactly the reported figure. */
  alternatives: AlternativeReading[];
}

function periodCost(pricer: Pricer, terms: WorkerTerms, start: Month, months: number): bigint {
  return totalOf(pricer.period(terms, termsKey(terms), start, months).total);
}

function decOf(count: number | bigint): Dec {
  return new Dec(count.toString());
}

/** Whether some whole number of `unit`s lies within `tolerance` of `reported`. */
function wholeWithin(reported: bigint, unit: bigint, tolerance: bigint): boolean {
  if (unit <= 0n) return reported <= tolerance;
  const remainder = reported % unit;
  return remainder <= tolerance || unit - remainder <= tolerance;
}

function runsOf(start: Month, rates: readonly bigint[]): RateRun[] {
  const runs: RateRun[] = [];
  rates.forEach((rate, offset) => {
    const last = runs[runs.length - 1];
    if (last && last.rate === rate) last.months++;
    else runs.push({ from: start + offset, months: 1, rate });
  });
  return runs;
}

export function checkClaim(pricer: Pricer, claim: Claim): ClaimResult {
  // What-if pricing (other readings, other lengths, later months) goes through its own Pricer, so the tariffs it
  // tries are not reported as used.
  const whatIf = pricer.sibling();
  const monthlyRate = periodCost(pricer, claim.terms, claim.start, 1);
  return claim.months === null ? checkFromStart(pricer, whatIf, claim, monthlyRate) : checkOverPeriod(pricer, whatIf, claim, claim.months, monthlyRate);
}

/** A claim with stated months: every implied figure at the cost of one worker-month over those months. */
function checkOverPeriod(pricer: Pricer, whatIf: Pricer, claim: Claim, months: number, monthlyRate: bigint): ClaimResult {
  const { workers, start, terms, reported, tolerance } = claim;
  const priced = pricer.period(terms, termsKey(terms), start, months);
  const perWorker = totalOf(priced.total);
  const periodRates = runsOf(start, priced.monthly.map(totalOf));
  const rateVaries = periodRates.length > 1;
  const reportedDec = rupiahToDec(reported);
  // reported ÷ (perWorker ÷ months): exact where the rate is uniform, at the period's average where it is not.
  const impliedWorkerMonths = perWorker === 0n ? new Dec(0) : reportedDec.times(months).dividedBy(rupiahToDec(perWorker));
  const impliedWorkers = impliedWorkerMonths.dividedBy(months);
  const impliedMonths = workers === null ? null : impliedWorkerMonths.dividedBy(workers);
  // Counts multiply in bigint: workers × months may pass 2^53.
  const workerMonths = workers === null ? null : BigInt(workers) * BigInt(months);
  const impliedMonthlyRate = workerMonths === null ? null : reportedDec.dividedBy(decOf(workerMonths));
  const computed = workers === null ? null : perWorker * BigInt(workers);
  const difference = computed === null ? null : reported - computed;
  const workersWhole = wholeWithin(reported, perWorker, tolerance);
  const status: ClaimStatus = difference !== null ? (absolute(difference) <= tolerance ? "OK" : "MISMATCH") : workersWhole ? "IMPLIED" : "MISMATCH";

  const readings = status === "MISMATCH" ? readingsOf(whatIf, claim, months) : [];
  const flags: ClaimFlag[] = [];
  if (status === "MISMATCH") {
    const firstYear = yearOf(start);
    const lastYear = yearOf(start + months - 1);
    const limit = MONTHS_A_BUDGET_YEAR * (lastYear - firstYear + 1);
    if (impliedMonths !== null && workers !== null && beyond(impliedWorkerMonths, workers, limit)) {
      flags.push({ code: "MONTHS_BEYOND_BUDGET_YEARS", months: impliedMonths, limit, firstYear, lastYear });
    }
    if (!workersWhole) flags.push({ code: "WORKERS_NOT_WHOLE", workers: impliedWorkers, months });
    if (impliedMonthlyRate !== null && workerMonths !== null && !matchesSomeRate(readings, reported, workerMonths, months, tolerance)) {
      flags.push({ code: "RATE_MATCHES_NO_TARIFF", rate: impliedMonthlyRate });
    }
  }
  return {
    claim,
    computed,
    difference,
    status,
    monthlyRate,
    rateVaries,
    periodRates,
    workerMonthCost: rupiahToDec(perWorker).dividedBy(months),
    rateBasis: rateVaries ? "average" : "uniform",
    rateChange: null,
    rateChangesWithinReading: false,
    impliedWorkerMonths,
    impliedMonths,
    impliedWorkers,
    impliedMonthlyRate,
    flags,
    nearest: status === "OK" ? [] : shownCombinations(status, nearestCombinations(whatIf, claim, impliedWorkers, impliedMonths), tolerance),
    alternatives: alternativeReadings(readings, claim),
  };
}

/**
 * A claim without stated months: one month priced, at the start, and the first later month at another rate named,
 * so the reading is never stretched across rates nobody stated.
 */
function checkFromStart(pricer: Pricer, whatIf: Pricer, claim: Claim, monthlyRate: bigint): ClaimResult {
  const { workers, start, terms, reported, tolerance } = claim;
  const impliedWorkerMonths = monthlyRate === 0n ? new Dec(0) : rupiahToDec(reported).dividedBy(rupiahToDec(monthlyRate));
  const impliedMonths = workers === null ? null : impliedWorkerMonths.dividedBy(workers);
  const rateChange = firstRateChange(pricer, terms, start, monthlyRate);
  // The reading covers the workers for ⌈implied months⌉ months from the start; without workers its length is open.
  const readingEnd = impliedMonths === null ? null : start + impliedMonths.ceil().toNumber();
  const rateChangesWithinReading = rateChange !== null && (readingEnd === null || rateChange.month < readingEnd);
  const nearest = workers === null ? [] : nearestCombinations(whatIf, claim, null, impliedMonths, bracketingMonths(whatIf, claim, workers));
  let status: ClaimStatus;
  if (nearest.some((combination) => absolute(combination.difference) <= tolerance)) {
    status = "IMPLIED";
  } else if (workers !== null && impliedMonths!.lessThanOrEqualTo(MAX_MONTHS) && !(rateChangesWithinReading && rateChange!.rate === null)) {
    // Every whole number of months around the figure was priced at the rates of its own months, and none gives it.
    status = "MISMATCH";
  } else {
    // A figure that is not a whole reading at a rate holding throughout cannot be right; one that may cross a rate
    // change may be, at rates the claim does not state.
    // A figure across rate changes is still a sum of worker-months at the rates in force from the start: a multiple
    // of their greatest common divisor (8,400 for 16,800 and 8,400), or no reading gives it.
    const perWorker = workers === null ? 1n : BigInt(workers);
    const unit = monthlyRate * perWorker;
    const acrossRates = rateChangesWithinReading && wholeWithin(reported, commonDivisorOfRates(pricer, terms, start, monthlyRate) * perWorker, tolerance);
    status = wholeWithin(reported, unit, tolerance) || acrossRates ? "IMPLIED" : "MISMATCH";
  }
  const flags: ClaimFlag[] = [];
  if (impliedMonths !== null && workers !== null && beyond(impliedWorkerMonths, workers, PLAUSIBLE_MONTHS_WITHOUT_PERIOD)) {
    flags.push({ code: "MONTHS_BEYOND_PLAUSIBLE", months: impliedMonths, limit: PLAUSIBLE_MONTHS_WITHOUT_PERIOD });
  }
  return {
    claim,
    computed: null,
    difference: null,
    status,
    monthlyRate,
    rateVaries: false,
    periodRates: null,
    workerMonthCost: rupiahToDec(monthlyRate),
    rateBasis: "start-month",
    rateChange,
    rateChangesWithinReading,
    impliedWorkerMonths,
    impliedMonths,
    impliedWorkers: null,
    impliedMonthlyRate: null,
    flags,
    nearest: shownCombinations(status, nearest, tolerance),
    alternatives: [],
  };
}

/**
 * Whether the figure pays for at least one whole worker-month more than `workers` workers can have at `limit` months
 * each: a fraction of a month over is a slip in the total (flagged as not whole), not a roster too long.
 */
function beyond(impliedWorkerMonths: Dec, workers: number, limit: number): boolean {
  return impliedWorkerMonths.minus(decOf(BigInt(workers) * BigInt(limit))).greaterThanOrEqualTo(1);
}

/** An implied reading shows the whole combinations that give the figure; a mismatch, the nearest ones. */
function shownCombinations(status: ClaimStatus, combinations: Combination[], tolerance: bigint): Combination[] {
  return status === "IMPLIED" ? combinations.filter((combination) => absolute(combination.difference) <= tolerance) : combinations;
}

function absolute(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** The first month after the start in which one worker-month of these terms costs something else. */
export function firstRateChange(pricer: Pricer, terms: WorkerTerms, start: Month, startRate: bigint): RateChange | null {
  const { book } = pricer;
  const startLines = pricer.month(terms, start);
  for (const month of boundariesAfter(book, start)) {
    let lines: ContributionLine[];
    try {
      lines = pricer.month(terms, month);
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
      return { month, rate: null, references: [] };
    }
    const rate = totalOfLines(lines);
    if (rate !== startRate) return { month, rate, references: changedReferences(startLines, lines) };
  }
  return null;
}

/** The greatest common divisor of one worker-month's cost at the start and at every change of rate after it. */
function commonDivisorOfRates(pricer: Pricer, terms: WorkerTerms, start: Month, startRate: bigint): bigint {
  let divisor = startRate;
  for (const month of boundariesAfter(pricer.book, start)) {
    try {
      divisor = gcd(divisor, totalOfLines(pricer.month(terms, month)));
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
    }
  }
  return divisor;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** The regulations of the rows and reliefs that differ between two months' lines, in programme order. */
function changedReferences(before: readonly ContributionLine[], after: readonly ContributionLine[]): string[] {
  const references = new Set<string>();
  after.forEach((line, index) => {
    const previous = before[index]!;
    if (line.tariff !== previous.tariff) references.add(line.tariff.reference);
    if (line.relief !== previous.relief) references.add((line.relief ?? previous.relief)!.reference);
  });
  return [...references];
}

/**
 * For stated workers without stated months: the largest whole number of months from the start (up to MAX_MONTHS)
 * whose cost is at most the reported figure, and the next. A price stays the same between the months where a tariff
 * row or relief starts or ends, so only those are priced; the candidates themselves are then priced in full.
 */
function bracketingMonths(pricer: Pricer, claim: Claim, workers: number): number[] {
  const { book } = pricer;
  const { start, terms, reported } = claim;
  const end = start + MAX_MONTHS;
  const marks = [start, ...boundariesAfter(book, start).filter((month) => month < end), end];
  let spent = 0n;
  for (let index = 0; index + 1 < marks.length; index++) {
    const from = marks[index]!;
    let rate: bigint;
    try {
      rate = totalOfLines(pricer.month(terms, from)) * BigInt(workers);
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
      // The tariff tables end here: the months before are all there is to compare with.
      return [from - start];
    }
    const length = marks[index + 1]! - from;
    if (rate > 0n && spent + rate * BigInt(length) > reported) {
      // Fewer than `length` (at most MAX_MONTHS) months, so the quotient is a small count.
      const within = Number((reported - spent) / rate);
      return [from - start + within, from - start + within + 1];
    }
    spent += rate * BigInt(length);
  }
  // MAX_MONTHS months cost at most the figure: there are no whole months to compare with.
  return [];
}

function totalOfLines(lines: readonly ContributionLine[]): bigint {
  return lines.reduce((sum, line) => sum + line.amount, 0n);
}

/** The months after `start` in which a tariff row or relief starts or ends: the only months a price can change. */
function boundariesAfter(book: TariffBook, start: Month): Month[] {
  const boundaries = new Set<Month>();
  for (const dated of [...book.rows, ...book.reliefs]) {
    boundaries.add(dated.effectiveFrom);
    if (dated.effectiveTo !== null) boundaries.add(dated.effectiveTo + 1);
  }
  return [...boundaries].filter((boundary) => boundary > start).sort((a, b) => a - b);
}

/**
 * Whole workers for the stated months and whole months for the stated workers, each priced by the formula over
 * its own months (a combination past the stated period prices the months it names, at their rates).
 */
function nearestCombinations(pricer: Pricer, claim: Claim, impliedWorkers: Dec | null, impliedMonths: Dec | null, moreMonths: readonly number[] = []): Combination[] {
  const candidates = new Map<string, { workers: number; months: number }>();
  const addCandidate = (workers: Dec, months: Dec) => {
    // Headcounts stay countable in a JavaScript number.
    if (workers.greaterThanOrEqualTo(1) && workers.lessThanOrEqualTo(Number.MAX_SAFE_INTEGER) && months.greaterThanOrEqualTo(1) && months.lessThanOrEqualTo(MAX_MONTHS)) {
      candidates.set(`${workers}x${months}`, { workers: workers.toNumber(), months: months.toNumber() });
    }
  };
  if (impliedWorkers !== null && claim.months !== null) {
    for (const workers of [impliedWorkers.floor(), impliedWorkers.ceil()]) addCandidate(workers, new Dec(claim.months));
  }
  if (impliedMonths !== null && claim.workers !== null) {
    for (const months of [impliedMonths.floor(), impliedMonths.ceil()]) addCandidate(new Dec(claim.workers), months);
  }
  if (claim.workers !== null) for (const months of moreMonths) addCandidate(new Dec(claim.workers), new Dec(months));
  const combinations: Combination[] = [];
  for (const { workers, months } of candidates.values()) {
    try {
      const total = periodCost(pricer, claim.terms, claim.start, months) * BigInt(workers);
      combinations.push({ workers, months, total, difference: claim.reported - total });
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
    }
  }
  return combinations.sort((a, b) => {
    const size = absolute(a.difference) - absolute(b.difference);
    return size < 0n ? -1 : size > 0n ? 1 : a.workers - b.workers;
  });
}

/** One way an official may have priced the stated months: the claim's own terms, or one to three changes to them. */
interface Reading {
  yearShift: number;
  funding: AlternativeReading["funding"];
  transportSector: boolean;
  changes: number;
  /** One worker over the period, and each of its months. */
  perWorker: bigint;
  monthly: bigint[];
}

/**
 * Readings an official may have used instead: another year's tariff for the same months, the relief applied or
 * not (funding stated otherwise), the transport-sector relief, and their combinations.
 */
function readingsOf(pricer: Pricer, claim: Claim, months: number): Reading[] {
  const { start, terms } = claim;
  const fundings = [
    { funding: terms.funding, reading: null },
    { funding: "", reading: "unstated" as const },
    { funding: "APBD", reading: "APBD" as const },
  ].filter((option, index) => index === 0 || labelKey(option.funding) !== labelKey(terms.funding));
  const sectors = [
    { sector: terms.sector, transport: false },
    { sector: "transport", transport: true },
  ].filter((option, index) => index === 0 || labelKey(option.sector) !== labelKey(terms.sector));
  const readings: Reading[] = [];
  for (const yearShift of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]) {
    for (const funding of fundings) {
      for (const sector of sectors) {
        const changes = (yearShift === 0 ? 0 : 1) + (funding.reading === null ? 0 : 1) + (sector.transport ? 1 : 0);
        const readingTerms = { ...terms, funding: funding.funding, sector: sector.sector };
        try {
          const priced = pricer.period(readingTerms, termsKey(readingTerms), start + 12 * yearShift, months);
          readings.push({ yearShift, funding: funding.reading, transportSector: sector.transport, changes, perWorker: totalOf(priced.total), monthly: priced.monthly.map(totalOf) });
        } catch (error) {
          if (!(error instanceof PricingError)) throw error;
        }
      }
    }
  }
  return readings;
}

/**
 * Whether the monthly rate per worker the figure implies (reported ÷ worker-months) is a rate of some reading:
 * one of its months, or its average over the period, within the tolerance on the total.
 */
function matchesSomeRate(readings: readonly Reading[], reported: bigint, workerMonths: bigint, months: number, tolerance: bigint): boolean {
  const reportedDec = rupiahToDec(reported);
  const workerMonthsDec = decOf(workerMonths);
  const toleranceDec = rupiahToDec(tolerance);
  const rates = new Set<string>();
  for (const reading of readings) {
    for (const rate of reading.monthly) rates.add(rupiahToDec(rate).toString());
    rates.add(rupiahToDec(reading.perWorker).dividedBy(months).toString());
  }
  return [...rates].some((rate) => reportedDec.minus(new Dec(rate).times(workerMonthsDec)).abs().lessThanOrEqualTo(toleranceDec));
}

/** The readings that give exactly the reported figure: for the stated workers, or a whole number of them. */
function alternativeReadings(readings: readonly Reading[], claim: Claim): AlternativeReading[] {
  const found: (AlternativeReading & { changes: number })[] = [];
  for (const reading of readings) {
    if (reading.changes === 0 || reading.perWorker <= 0n) continue;
    const workers = claim.workers !== null ? BigInt(claim.workers) : claim.reported / reading.perWorker;
    if (workers < 1n || workers > BigInt(Number.MAX_SAFE_INTEGER)) continue;
    const total = reading.perWorker * workers;
    if (total !== claim.reported) continue;
    const { yearShift, funding, transportSector, changes } = reading;
    found.push({ yearShift, funding, transportSector, workers: Number(workers), total, changes });
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
