// One worker, one month: a whole-rupiah line per programme, from the tariff row and relief in force.
import { t } from "../text/render.js";
import { Dec, roundToRupiah, rupiahToDec, type RoundingMode } from "./money.js";
import { formatMonth, type Month } from "./month.js";
import { quoteCell } from "./personal-data.js";
import { PROGRAMS, type Program } from "./program.js";
import { dependsOnDisputedFunding, dependsOnUnstatedFunding, type Relief, type TariffBook, type TariffRow } from "./tariff.js";
import type { WorkerTerms } from "./worker.js";

export interface ContributionLine {
  program: Program;
  tariff: TariffRow;
  relief: Relief | null;
  /** The income or wage the percentage applies to (after a wage cap); null for a flat amount. */
  base: bigint | null;
  /** rate × base (or the flat amount) × relief multiplier, before rounding. */
  exact: Dec;
  amount: bigint;
  /** The declared income, when it was below the row's floor and --below-floor raise priced the floor instead. */
  raisedFrom?: bigint;
}

/** What to do with a BPU income below a tariff row's floor: refuse the worker, or price the floor (--below-floor). */
export const BELOW_FLOOR_CHOICES = ["error", "raise"] as const;
export type BelowFloor = (typeof BELOW_FLOOR_CHOICES)[number];

export type PricingErrorCode =
  | "NO_TARIFF"
  | "INCOME_BELOW_FLOOR"
  | "INCOME_ABOVE_CEILING"
  | "MISSING_WAGE"
  | "MISSING_RISK_CLASS"
  | "RELIEF_CONFLICT";

/** A worker the tariff cannot price: reported against the input that asked for it. */
export class PricingError extends Error {
  constructor(
    readonly code: PricingErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const HUNDRED = new Dec(100);

/** Exact and rounded amounts already worked out, by tariff row, relief and base: the same line for many workers. */
export type LineMemo = Map<string, { exact: Dec; amount: bigint }>;

export function monthlyContribution(
  book: TariffBook,
  terms: WorkerTerms,
  month: Month,
  rounding: RoundingMode,
  memo?: LineMemo,
  belowFloor: BelowFloor = "error",
): ContributionLine[] {
  return terms.programs.map((program) => contributionLine(book, terms, program, month, rounding, memo, belowFloor));
}

function contributionLine(
  book: TariffBook,
  terms: WorkerTerms,
  program: Program,
  month: Month,
  rounding: RoundingMode,
  memo: LineMemo | undefined,
  belowFloor: BelowFloor,
): ContributionLine {
  if (terms.segment === "PU" && terms.wage === null) {
    throw new PricingError("MISSING_WAGE", t("pricing.missingWage"));
  }
  const tariff = book.rowFor(program, terms.segment, terms.riskClass, month);
  if (!tariff) {
    if (!book.hasSchedule(program, terms.segment)) {
      throw new PricingError("NO_TARIFF", t("pricing.notAProgramme", { program, segment: terms.segment }));
    }
    if (terms.segment === "PU" && terms.riskClass === null && program === "JKK") {
      throw new PricingError("MISSING_RISK_CLASS", t("pricing.missingRiskClass"));
    }
    const where = { program, segment: terms.segment, month: formatMonth(month) };
    throw new PricingError(
      "NO_TARIFF",
      program === "JKK" && terms.riskClass !== null ? t("pricing.noTariffRisk", { ...where, risk: terms.riskClass }) : t("pricing.noTariff", where),
    );
  }
  const reliefs = book.reliefsFor(program, terms, month);
  if (reliefs.length > 1) {
    const ids = reliefs.map((relief) => quoteCell(relief.id)).join(` ${t("list.and")} `);
    throw new PricingError("RELIEF_CONFLICT", t("pricing.reliefConflict", { reliefs: ids, program, month: formatMonth(month) }));
  }
  const relief = reliefs[0] ?? null;

  let base: bigint | null = null;
  let raisedFrom: bigint | undefined;
  if (tariff.basis === "percent") {
    let earnings = terms.segment === "PU" ? terms.wage! : terms.income;
    // A BPU income below the floor is priced at the floor when asked: BPJS bills the floor in any case.
    if (belowFloor === "raise" && terms.segment === "BPU" && tariff.incomeFloor !== null && earnings < tariff.incomeFloor) {
      raisedFrom = earnings;
      earnings = tariff.incomeFloor;
    }
    checkIncomeRange(tariff, earnings, terms);
    base = tariff.wageCap !== null && earnings > tariff.wageCap ? tariff.wageCap : earnings;
  }
  const key = `${tariff.id}|${tariff.source.layer}|${relief?.id ?? ""}|${base ?? ""}`;
  let line = memo?.get(key);
  if (!line) {
    // The tariff reader guarantees a flat amount for flat rows and a rate for percent rows; PU wage is checked above.
    const undiscounted = base === null ? rupiahToDec(tariff.flatAmount!) : tariff.ratePercent!.times(rupiahToDec(base)).dividedBy(HUNDRED);
    const exact = relief ? undiscounted.times(relief.multiplier) : undiscounted;
    line = { exact, amount: roundToRupiah(exact, rounding) };
    memo?.set(key, line);
  }
  const priced: ContributionLine = { program, tariff, relief, base, exact: line.exact, amount: line.amount };
  if (raisedFrom !== undefined) priced.raisedFrom = raisedFrom;
  return priced;
}

function checkIncomeRange(tariff: TariffRow, earnings: bigint, terms: WorkerTerms): void {
  const wage = terms.segment === "PU";
  const row = { amount: earnings, program: tariff.program, segment: tariff.segment, reference: tariff.reference };
  if (tariff.incomeFloor !== null && earnings < tariff.incomeFloor) {
    const params = { ...row, floor: tariff.incomeFloor };
    if (wage) throw new PricingError("INCOME_BELOW_FLOOR", t("pricing.wageBelowFloor", params));
    // What to do about it: declare the floor, or let iuran price the floor.
    throw new PricingError("INCOME_BELOW_FLOOR", `${t("pricing.incomeBelowFloor", params)}; ${t("forms.belowFloorAdvice", { floor: tariff.incomeFloor })}`);
  }
  if (tariff.incomeCeiling !== null && earnings > tariff.incomeCeiling) {
    const params = { ...row, ceiling: tariff.incomeCeiling };
    throw new PricingError("INCOME_ABOVE_CEILING", wage ? t("pricing.wageAboveCeiling", params) : t("pricing.incomeAboveCeiling", params));
  }
}

/** What priced a report, for its notes: tariff rows and reliefs used, and reliefs whose application hinges on funding. */
export interface ReliefUse {
  tariffs: TariffRow[];
  reliefs: Relief[];
  /** Applied to workers whose funding nobody stated, though some funding excludes them. */
  reliefsOnUnstatedFunding: Relief[];
  /** Applied to workers paid from a category the law leaves open for the relief (village budgets). */
  reliefsOnDisputedFunding: { relief: Relief; fundings: string[] }[];
  /** Priced at the floor by --below-floor raise; null when none was. */
  raisedToFloor: RaisedToFloor | null;
}

/** Workers priced at the floor instead of their declared income (--below-floor raise). */
export interface RaisedToFloor {
  /** Workers (periods priced) with at least one line raised. */
  workers: number;
  /** The declared incomes raised, lowest first. */
  incomes: bigint[];
  /** The floors priced instead, lowest first (one, unless the tariff changes its floor). */
  floors: bigint[];
}

export const NO_RELIEF_USE: ReliefUse = { tariffs: [], reliefs: [], reliefsOnUnstatedFunding: [], reliefsOnDisputedFunding: [], raisedToFloor: null };

/** Per-programme amounts indexed like PROGRAMS, so sums are four bigint additions and no objects. */
export type ProgramAmounts = bigint[];

export function emptyAmounts(): ProgramAmounts {
  return PROGRAMS.map(() => 0n);
}

export interface PeriodContribution {
  /** One entry per covered month, in order from the start month. */
  monthly: ProgramAmounts[];
  total: ProgramAmounts;
}

/**
 * Prices workers over periods, remembering each (terms, start, months) it has seen: a roster of a million rows
 * usually holds a handful of distinct terms, so the exact arithmetic runs a handful of times.
 */
export class Pricer {
  private readonly periods = new Map<string, { priced: PeriodContribution; raised: boolean }>();
  private readonly tariffsUsed = new Set<TariffRow>();
  private readonly reliefsUsed = new Set<Relief>();
  private readonly reliefsOnUnstatedFunding = new Set<Relief>();
  private readonly reliefsOnDisputedFunding = new Map<Relief, Set<string>>();
  private readonly lines: LineMemo = new Map();
  private readonly raisedIncomes = new Set<bigint>();
  private readonly raisedFloors = new Set<bigint>();
  private raisedWorkers = 0;
  private static readonly MEMO_LIMIT = 50_000;

  constructor(
    readonly book: TariffBook,
    readonly rounding: RoundingMode,
    readonly belowFloor: BelowFloor = "error",
  ) {}

  /** One month's lines for one worker, priced as this Pricer prices (its rounding and --below-floor). */
  month(terms: WorkerTerms, month: Month): ContributionLine[] {
    return monthlyContribution(this.book, terms, month, this.rounding, this.lines, this.belowFloor);
  }

  /** A Pricer with the same rules and nothing recorded: for what-if pricing that must not show in a report's notes. */
  sibling(): Pricer {
    return new Pricer(this.book, this.rounding, this.belowFloor);
  }

  period(terms: WorkerTerms, termsKey: string, start: Month, months: number): PeriodContribution {
    const key = `${termsKey}|${start}|${months}`;
    const known = this.periods.get(key);
    if (known) {
      if (known.raised) this.raisedWorkers++;
      return known.priced;
    }
    const monthly: ProgramAmounts[] = [];
    const total = emptyAmounts();
    let raised = false;
    for (let offset = 0; offset < months; offset++) {
      const amounts = emptyAmounts();
      for (const line of this.month(terms, start + offset)) {
        const index = PROGRAMS.indexOf(line.program);
        amounts[index] = line.amount;
        total[index] = total[index]! + line.amount;
        this.record(line, terms);
        if (line.raisedFrom !== undefined) raised = true;
      }
      monthly.push(amounts);
    }
    if (raised) this.raisedWorkers++;
    const priced = { monthly, total };
    // Rosters with many distinct incomes must not grow memory without bound.
    if (this.periods.size >= Pricer.MEMO_LIMIT) this.periods.clear();
    if (this.lines.size >= Pricer.MEMO_LIMIT) this.lines.clear();
    this.periods.set(key, { priced, raised });
    return priced;
  }

  /** Notes the tariff row and relief behind a line, for the report's notes and meta. */
  record(line: ContributionLine, terms: WorkerTerms): void {
    this.tariffsUsed.add(line.tariff);
    if (line.raisedFrom !== undefined) {
      this.raisedIncomes.add(line.raisedFrom);
      this.raisedFloors.add(line.base!);
    }
    if (line.relief) {
      this.reliefsUsed.add(line.relief);
      // Whether the relief should apply hinges on who pays: worth a warning when the roster does not say.
      if (dependsOnUnstatedFunding(line.relief, terms)) this.reliefsOnUnstatedFunding.add(line.relief);
      // Applied to a village budget, which the law may or may not exclude: the report must say so.
      if (dependsOnDisputedFunding(line.relief, terms)) {
        const fundings = this.reliefsOnDisputedFunding.get(line.relief) ?? new Set<string>();
        fundings.add(terms.funding);
        this.reliefsOnDisputedFunding.set(line.relief, fundings);
      }
    }
  }

  /** The tariff rows and reliefs that priced at least one line, in table order. */
  used(): ReliefUse {
    return {
      tariffs: this.book.rows.filter((row) => this.tariffsUsed.has(row)),
      reliefs: this.book.reliefs.filter((relief) => this.reliefsUsed.has(relief)),
      reliefsOnUnstatedFunding: this.book.reliefs.filter((relief) => this.reliefsOnUnstatedFunding.has(relief)),
      reliefsOnDisputedFunding: this.book.reliefs
        .filter((relief) => this.reliefsOnDisputedFunding.has(relief))
        .map((relief) => ({ relief, fundings: [...this.reliefsOnDisputedFunding.get(relief)!] })),
      raisedToFloor:
        this.raisedIncomes.size === 0
          ? null
          : { workers: this.raisedWorkers, incomes: [...this.raisedIncomes].sort(byAmount), floors: [...this.raisedFloors].sort(byAmount) },
    };
  }
}

function byAmount(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
