// Checking a reported total against the formula, and explaining a mismatch the way an analyst would.
//
// Every implied figure comes from one division: the reported total by the cost of one worker-month. Over a stated
// period that cost is the period's own (its average where a relief starts or ends inside it); without a period it
// is the start month's, and the first later month that costs something else is named, so the reading is never
// stretched across rates nobody stated.
//
// A published figure is read with its precision (published-amount.ts): "Rp 2,7 miliar" holds when the formula gives
// any total it stands for. A figure that does not hold is tried against the common slips (rate-slip.ts).
import { totalOf } from "./budget.js";
import type { ClaimStatus } from "./claim-status.js";
import { PricingError, Pricer, type ContributionLine } from "./contribution.js";
import { Dec, rupiahToDec } from "./money.js";
import { calendarMonthOf, MAX_MONTHS, yearOf, type Month } from "./month.js";
import { coarserStepThatHolds, coarserStepWhere, isExact, stands, wholeMultiples, widened, type PublishedAmount } from "./published-amount.js";
import { findSlips, type PricedReading, type Slip } from "./rate-slip.js";
import { TariffBook } from "./tariff.js";
import { labelKey, termsKey, type WorkerTerms } from "./worker.js";

export type { ClaimStatus } from "./claim-status.js";

export interface Claim {
  label: string;
  /** The figure as published, with the precision of its text. */
  reported: PublishedAmount;
  /** The workers the report states; null when it states none (published figures often give only a total). */
  workers: number | null;
  /** The months the report states; null when it states none. */
  months: number | null;
  /** The month the period starts; null when the report states none (the total is then read at the full rate). */
  start: Month | null;
  terms: WorkerTerms;
  /** For a figure written in full, a difference up to this many rupiah either way still counts as OK. */
  tolerance: bigint;
}

/**
 * computed: workers and months are stated, and the formula's total is compared with the figure. implied: either is
 * left out, and the figure is OK when some whole reading gives a total it stands for (nothing was compared exactly).
 */
export type ClaimBasis = "computed" | "implied";

/** The whole readings a figure stands for: workers for stated months, months for stated workers, or worker-months. */
export interface WholeRange {
  what: "workers" | "months" | "worker-months";
  first: bigint;
  last: bigint;
}

/** Without a stated start: the full rate the total is read at, and the reliefs that would give other figures. */
export interface FullRateReading {
  /** The month the latest tariff rows of these terms start: the rate priced, with no relief. */
  from: Month;
  reliefs: ReliefPeriod[];
}

/** A relief that prices a worker-month of these terms otherwise, from its first month. */
export interface ReliefPeriod {
  reference: string;
  from: Month;
  to: Month | null;
  rate: bigint;
  impliedWorkerMonths: Dec;
}

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

export interface ClaimResult {
  claim: Claim;
  /** The formula's total for the stated workers and months; null when the claim leaves either out. */
  computed: bigint | null;
  /** reported − computed; null with computed. */
  difference: bigint | null;
  status: ClaimStatus;
  basis: ClaimBasis;
  /** The month the pricing starts: the stated start, or the full-rate month when none is stated. */
  start: Month;
  /** Without a stated start: the full rate read, and the reliefs that would give other figures; null with a start. */
  fullRate: FullRateReading | null;
  /** INCONSISTENT-PRECISION: the coarser step (a power of ten) at which the figure holds. */
  heldAt: bigint | null;
  /** For an implied reading: the whole readings the figure stands for; null for a computed total or when none. */
  wholeRange: WholeRange | null;
  /** For a rounded figure: the implied worker-months of the lowest and highest totals it stands for (high exclusive). */
  impliedRange: { low: Dec; high: Dec } | null;
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
  /** For a figure that does not hold: the common slips that give it exactly (another year's tariff and a relief applied or not among them). */
  slips: Slip[];
}

function periodCost(pricer: Pricer, terms: WorkerTerms, start: Month, months: number): bigint {
  return totalOf(pricer.period(terms, termsKey(terms), start, months).total);
}

function decOf(count: number | bigint): Dec {
  return new Dec(count.toString());
}

/** The one rate of months that all cost the same; null when they differ. */
function uniformRateOf(monthly: readonly bigint[]): bigint | null {
  const [first] = monthly;
  return first !== undefined && monthly.every((rate) => rate === first) ? first : null;
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

/** The totals an exact figure stands for under --tolerance, or the interval a rounded figure stands for. */
export function acceptedAmount(claim: Claim): PublishedAmount {
  return isExact(claim.reported) ? widened(claim.reported, claim.tolerance) : claim.reported;
}

type StatedClaim = Claim & { start: Month };

export function checkClaim(pricer: Pricer, claim: Claim): ClaimResult {
  if (claim.start !== null) return checkStated(pricer, claim as StatedClaim, true);
  // No start: the full rate of the terms, at their latest tariff rows with no relief; the reliefs are named instead.
  const from = fullRateMonth(pricer.book, claim.terms);
  const full = new Pricer(bookWithoutReliefs(pricer.book), pricer.rounding, pricer.belowFloor);
  // The tariff rows priced are the run's, for its notes.
  for (const line of full.month(claim.terms, from)) pricer.record(line, claim.terms);
  const result = checkStated(full, { ...claim, start: from }, true, reliefReadings(pricer.sibling(), claim, from));
  return { ...result, claim, fullRate: { from, reliefs: reliefPeriods(pricer.sibling(), claim, result.monthlyRate) } };
}

function checkStated(pricer: Pricer, claim: StatedClaim, findingSlips: boolean, fullRateReadings?: readonly PricedReading[]): ClaimResult {
  // What-if pricing (other readings, other lengths, later months) goes through its own Pricer, so the tariffs it
  // tries are not reported as used.
  const whatIf = pricer.sibling();
  const monthlyRate = periodCost(pricer, claim.terms, claim.start, 1);
  const result = claim.months === null ? checkFromStart(pricer, whatIf, claim, monthlyRate) : checkOverPeriod(pricer, whatIf, claim, claim.months, monthlyRate);
  if (!findingSlips || result.status !== "MISMATCH") return result;
  const readings = fullRateReadings ?? (claim.months === null ? [] : readingsOf(whatIf, claim, claim.months));
  const slips = findSlips({
    reported: acceptedAmount(claim),
    workers: claim.workers,
    months: claim.months,
    monthlyRates: claim.months === null ? [] : pricer.period(claim.terms, termsKey(claim.terms), claim.start, claim.months).monthly.map(totalOf),
    programs: claim.terms.programs,
    startCalendarMonth: calendarMonthOf(claim.start),
    price: ({ programs, startShift, months }) => {
      const terms = programs === undefined ? claim.terms : { ...claim.terms, programs: [...programs] };
      try {
        const priced = whatIf.period(terms, termsKey(terms), claim.start + (startShift ?? 0), months);
        return { perWorker: totalOf(priced.total), rate: uniformRateOf(priced.monthly.map(totalOf)) };
      } catch (error) {
        if (!(error instanceof PricingError)) throw error;
        return null;
      }
    },
    readings,
    // The figure read in another unit holds when the formula, as the claim states it, gives it.
    holds: (amount) => checkStated(pricer, { ...claim, reported: amount, tolerance: 0n }, false).status === "OK",
  });
  // A slip that is another tariff reading (a relief applied or left out, another year's rows) prices the figure at a
  // tariff rate: the flag that no tariff rate gives it would contradict the slip.
  const tariffReading = slips.some((slip) => slip.reading !== null);
  const flags = tariffReading ? result.flags.filter((flag) => flag.code !== "RATE_MATCHES_NO_TARIFF") : result.flags;
  return { ...result, flags, slips: simplestReadings(slips) };
}

/** A claim with stated months: every implied figure at the cost of one worker-month over those months. */
function checkOverPeriod(pricer: Pricer, whatIf: Pricer, claim: StatedClaim, months: number, monthlyRate: bigint): ClaimResult {
  const { workers, start, terms, reported } = claim;
  const accepted = acceptedAmount(claim);
  const priced = pricer.period(terms, termsKey(terms), start, months);
  const perWorker = totalOf(priced.total);
  const periodRates = runsOf(start, priced.monthly.map(totalOf));
  const rateVaries = periodRates.length > 1;
  const reportedDec = rupiahToDec(reported.written);
  // reported ÷ (perWorker ÷ months): exact where the rate is uniform, at the period's average where it is not.
  const perWorkerMonth = (total: bigint) => (perWorker === 0n ? new Dec(0) : rupiahToDec(total).times(months).dividedBy(rupiahToDec(perWorker)));
  const impliedWorkerMonths = perWorkerMonth(reported.written);
  const impliedWorkers = impliedWorkerMonths.dividedBy(months);
  const impliedMonths = workers === null ? null : impliedWorkerMonths.dividedBy(workers);
  // Counts multiply in bigint: workers × months may pass 2^53.
  const workerMonths = workers === null ? null : BigInt(workers) * BigInt(months);
  const impliedMonthlyRate = workerMonths === null ? null : reportedDec.dividedBy(decOf(workerMonths));
  const computed = workers === null ? null : perWorker * BigInt(workers);
  const difference = computed === null ? null : reported.written - computed;
  const wholeWorkers = (amount: PublishedAmount) => (perWorker <= 0n ? (stands(amount, 0n) ? { first: 0n, last: 0n } : null) : wholeMultiples(amount, perWorker));
  const workersWhole = wholeWorkers(accepted);
  let status: ClaimStatus;
  let heldAt: bigint | null = null;
  if (computed !== null) {
    heldAt = stands(accepted, computed) ? null : coarserStepThatHolds(reported, computed);
    status = stands(accepted, computed) ? "OK" : heldAt !== null ? "INCONSISTENT-PRECISION" : "MISMATCH";
  } else {
    heldAt = workersWhole !== null ? null : coarserStepWhere(reported, (coarser) => wholeWorkers(coarser) !== null);
    status = workersWhole !== null ? "OK" : heldAt !== null ? "INCONSISTENT-PRECISION" : "MISMATCH";
  }

  const readings = status === "MISMATCH" ? readingsOf(whatIf, claim, months) : [];
  const flags: ClaimFlag[] = [];
  if (status === "MISMATCH") {
    const firstYear = yearOf(start);
    const lastYear = yearOf(start + months - 1);
    const limit = MONTHS_A_BUDGET_YEAR * (lastYear - firstYear + 1);
    if (impliedMonths !== null && workers !== null && beyond(impliedWorkerMonths, workers, limit)) {
      flags.push({ code: "MONTHS_BEYOND_BUDGET_YEARS", months: impliedMonths, limit, firstYear, lastYear });
    }
    if (workersWhole === null) flags.push({ code: "WORKERS_NOT_WHOLE", workers: impliedWorkers, months });
    if (impliedMonthlyRate !== null && workerMonths !== null && !matchesSomeRate(readings, accepted, workerMonths, months)) {
      flags.push({ code: "RATE_MATCHES_NO_TARIFF", rate: impliedMonthlyRate });
    }
  }
  return {
    claim,
    computed,
    difference,
    status,
    basis: computed === null ? "implied" : "computed",
    start,
    fullRate: null,
    heldAt,
    wholeRange: computed === null && workersWhole !== null ? { what: "workers", ...workersWhole } : null,
    impliedRange: isExact(reported) ? null : { low: perWorkerMonth(reported.low), high: perWorkerMonth(reported.high) },
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
    nearest: status === "OK" && computed !== null ? [] : shownCombinations(status, nearestCombinations(whatIf, claim, impliedWorkers, impliedMonths), accepted),
    slips: [],
  };
}

/**
 * A claim without stated months: one month priced, at the start, and the first later month at another rate named,
 * so the reading is never stretched across rates nobody stated.
 */
function checkFromStart(pricer: Pricer, whatIf: Pricer, claim: StatedClaim, monthlyRate: bigint): ClaimResult {
  const { workers, start, terms, reported } = claim;
  const accepted = acceptedAmount(claim);
  const perMonthOfRate = (total: bigint) => (monthlyRate === 0n ? new Dec(0) : rupiahToDec(total).dividedBy(rupiahToDec(monthlyRate)));
  const impliedWorkerMonths = perMonthOfRate(reported.written);
  const impliedMonths = workers === null ? null : impliedWorkerMonths.dividedBy(workers);
  const rateChange = firstRateChange(pricer, terms, start, monthlyRate);
  // The reading covers the workers for ⌈implied months⌉ months from the start; without workers its length is open.
  const readingEnd = impliedMonths === null ? null : start + impliedMonths.ceil().toNumber();
  const rateChangesWithinReading = rateChange !== null && (readingEnd === null || rateChange.month < readingEnd);
  const nearest = workers === null ? [] : nearestCombinations(whatIf, claim, null, impliedMonths, bracketingMonths(whatIf, claim, workers, reported.written));
  // Every whole number of months around the figure can be priced at the rates of its own months: then those decide.
  const priceable = workers !== null && impliedMonths!.lessThanOrEqualTo(MAX_MONTHS) && !(rateChangesWithinReading && rateChange!.rate === null);
  const perWorker = workers === null ? 1n : BigInt(workers);
  const unit = monthlyRate * perWorker;
  const divisor = rateChangesWithinReading ? commonDivisorOfRates(pricer, terms, start, monthlyRate) * perWorker : null;
  const monthsWithin = (amount: PublishedAmount) => (workers === null ? null : wholeMonthsWithin(whatIf, claim, workers, amount));
  const holdsAt = (amount: PublishedAmount): boolean => {
    if (monthsWithin(amount) !== null) return true;
    if (priceable) return false;
    // A figure that is not a whole reading at a rate holding throughout cannot be right; one that may cross a rate
    // change may be, at rates the claim does not state: it is still a sum of worker-months at the rates in force
    // from the start, a multiple of their greatest common divisor (8,400 for 16,800 and 8,400).
    return wholeOf(amount, unit) || (divisor !== null && wholeOf(amount, divisor));
  };
  const holds = holdsAt(accepted);
  const heldAt = holds ? null : coarserStepWhere(reported, holdsAt);
  const status: ClaimStatus = holds ? "OK" : heldAt !== null ? "INCONSISTENT-PRECISION" : "MISMATCH";
  const flags: ClaimFlag[] = [];
  if (impliedMonths !== null && workers !== null && beyond(impliedWorkerMonths, workers, PLAUSIBLE_MONTHS_WITHOUT_PERIOD)) {
    flags.push({ code: "MONTHS_BEYOND_PLAUSIBLE", months: impliedMonths, limit: PLAUSIBLE_MONTHS_WITHOUT_PERIOD });
  }
  const months = monthsWithin(accepted);
  const workerMonths = workers === null && monthlyRate > 0n ? wholeMultiples(accepted, monthlyRate) : null;
  return {
    claim,
    computed: null,
    difference: null,
    status,
    basis: "implied",
    start,
    fullRate: null,
    heldAt,
    wholeRange: months !== null ? { what: "months", ...months } : workerMonths !== null ? { what: "worker-months", ...workerMonths } : null,
    impliedRange: isExact(reported) ? null : { low: perMonthOfRate(reported.low), high: perMonthOfRate(reported.high) },
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
    nearest: shownCombinations(status, nearest, accepted),
    slips: [],
  };
}

/** Whether the amount stands for some whole multiple of `unit` (for a unit of 0: for nothing but 0). */
function wholeOf(amount: PublishedAmount, unit: bigint): boolean {
  return unit <= 0n ? stands(amount, 0n) : wholeMultiples(amount, unit) !== null;
}

/** The whole numbers of months from the start whose cost for `workers` the amount stands for; null when none. */
function wholeMonthsWithin(pricer: Pricer, claim: StatedClaim, workers: number, amount: PublishedAmount): { first: bigint; last: bigint } | null {
  // The most months costing at most high − 1, and at most low − 1: the months between them cost what the amount stands for.
  const [upTo] = bracketingMonths(pricer, claim, workers, amount.high - 1n);
  if (upTo === undefined || amount.low <= 0n) return null;
  const [below] = bracketingMonths(pricer, claim, workers, amount.low - 1n);
  if (below === undefined) return null;
  const first = BigInt(below + 1);
  const last = BigInt(upTo);
  return first >= 1n && first <= last ? { first, last } : null;
}

/** The month the latest tariff rows of these terms start: the full rate, read when a claim states no start. */
export function fullRateMonth(book: TariffBook, terms: WorkerTerms): Month {
  const rows = book.rows.filter((row) => row.segment === terms.segment && terms.programs.includes(row.program));
  return Math.max(...(rows.length > 0 ? rows : book.rows).map((row) => row.effectiveFrom));
}

function bookWithoutReliefs(book: TariffBook): TariffBook {
  const built = TariffBook.build(book.rows, []);
  // The rows come from a valid book: without reliefs they cannot conflict.
  if (!("book" in built)) throw new Error("tariff rows of a valid book conflict without its reliefs");
  return built.book;
}

/** The reliefs that price a worker-month of these terms otherwise than the full rate, each from its first month. */
function reliefPeriods(pricer: Pricer, claim: Claim, fullRate: bigint): ReliefPeriod[] {
  const periods: ReliefPeriod[] = [];
  for (const relief of pricer.book.reliefs) {
    let rate: bigint;
    try {
      rate = periodCost(pricer, claim.terms, relief.effectiveFrom, 1);
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
      continue;
    }
    if (rate === fullRate || periods.some((period) => period.rate === rate && period.from === relief.effectiveFrom)) continue;
    const impliedWorkerMonths = rate === 0n ? new Dec(0) : rupiahToDec(claim.reported.written).dividedBy(rupiahToDec(rate));
    periods.push({ reference: relief.reference, from: relief.effectiveFrom, to: relief.effectiveTo, rate, impliedWorkerMonths });
  }
  return periods;
}

/** Without a start: the stated months priced from the first month of each relief, as readings a slip may be. */
function reliefReadings(pricer: Pricer, claim: Claim, fullRateFrom: Month): PricedReading[] {
  if (claim.months === null) return [];
  const readings: PricedReading[] = [];
  for (const relief of pricer.book.reliefs) {
    try {
      const priced = pricer.period(claim.terms, termsKey(claim.terms), relief.effectiveFrom, claim.months);
      const perWorker = totalOf(priced.total);
      if (readings.some((reading) => reading.perWorker === perWorker)) continue;
      readings.push({ yearShift: 0, funding: null, transportSector: false, changes: 1, perWorker, rate: uniformRateOf(priced.monthly.map(totalOf)), from: relief.effectiveFrom, relief: relief.reference });
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
    }
  }
  // A reading that prices like the full rate explains nothing the full rate does not.
  const full = periodCost(new Pricer(bookWithoutReliefs(pricer.book), pricer.rounding, pricer.belowFloor), claim.terms, fullRateFrom, claim.months);
  return readings.filter((reading) => reading.perWorker !== full);
}

/**
 * Whether the figure pays for at least one whole worker-month more than `workers` workers can have at `limit` months
 * each: a fraction of a month over is a slip in the total (flagged as not whole), not a roster too long.
 */
function beyond(impliedWorkerMonths: Dec, workers: number, limit: number): boolean {
  return impliedWorkerMonths.minus(decOf(BigInt(workers) * BigInt(limit))).greaterThanOrEqualTo(1);
}

/** An implied reading that holds shows the whole combinations that give a total the figure stands for; any other, the nearest ones. */
function shownCombinations(status: ClaimStatus, combinations: Combination[], accepted: PublishedAmount): Combination[] {
  return status === "OK" ? combinations.filter((combination) => stands(accepted, combination.total)) : combinations;
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
function bracketingMonths(pricer: Pricer, claim: StatedClaim, workers: number, reported: bigint): number[] {
  const { book } = pricer;
  const { start, terms } = claim;
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
function nearestCombinations(pricer: Pricer, claim: StatedClaim, impliedWorkers: Dec | null, impliedMonths: Dec | null, moreMonths: readonly number[] = []): Combination[] {
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
      combinations.push({ workers, months, total, difference: claim.reported.written - total });
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
interface Reading extends PricedReading {
  /** Each month of the period, for one worker. */
  monthly: bigint[];
}

/**
 * Readings an official may have used instead: another year's tariff for the same months, the relief applied or
 * not (funding stated otherwise), the transport-sector relief, and their combinations.
 */
function readingsOf(pricer: Pricer, claim: StatedClaim, months: number): Reading[] {
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
          readings.push({ yearShift, funding: funding.reading, transportSector: sector.transport, changes, perWorker: totalOf(priced.total), rate: uniformRateOf(priced.monthly.map(totalOf)), monthly: priced.monthly.map(totalOf), from: null, relief: null });
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
 * one of its months, or its average over the period, giving a total the figure stands for.
 */
function matchesSomeRate(readings: readonly Reading[], accepted: PublishedAmount, workerMonths: bigint, months: number): boolean {
  const workerMonthsDec = decOf(workerMonths);
  const [low, high] = [rupiahToDec(accepted.low), rupiahToDec(accepted.high)];
  const rates = new Set<string>();
  for (const reading of readings) {
    for (const rate of reading.monthly) rates.add(rupiahToDec(rate).toString());
    rates.add(rupiahToDec(reading.perWorker).dividedBy(months).toString());
  }
  return [...rates].some((rate) => {
    const total = new Dec(rate).times(workerMonthsDec);
    return total.greaterThanOrEqualTo(low) && total.lessThan(high);
  });
}

/**
 * Of the slips that are other readings (another year's tariff, a relief applied or not), the simplest only: fewest
 * changes, and of readings alike but for the year, the nearest year.
 */
function simplestReadings(slips: readonly Slip[]): Slip[] {
  const readings = slips.filter((slip) => slip.reading !== null);
  const fewest = Math.min(...readings.map((slip) => slip.reading!.changes));
  const kinds = new Set<string>();
  return slips.filter((slip) => {
    if (slip.reading === null) return true;
    const { yearShift, funding, transportSector, relief, changes } = slip.reading;
    const kind = `${yearShift === 0}|${funding}|${transportSector}|${relief}`;
    if (changes !== fewest || kinds.has(kind)) return false;
    kinds.add(kind);
    return true;
  });
}
