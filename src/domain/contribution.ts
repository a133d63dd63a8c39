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
}

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

export function monthlyContribution(book: TariffBook, terms: WorkerTerms, month: Month, rounding: RoundingMode, memo?: LineMemo): ContributionLine[] {
  return terms.programs.map((program) => contributionLine(book, terms, program, month, rounding, memo));
}

function contributionLine(book: TariffBook, terms: WorkerTerms, program: Program, month: Month, rounding: RoundingMode, memo?: LineMemo): ContributionLine {
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
  if (tariff.basis === "percent") {
    const earnings = terms.segment === "PU" ? terms.wage! : terms.income;
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
  return { program, tariff, relief, base, exact: line.exact, amount: line.amount };
}

function checkIncomeRange(tariff: TariffRow, earnings: bigint, terms: WorkerTerms): void {
  const wage = terms.segment === "PU";
  const row = { amount: earnings, program: tariff.program, segment: tariff.segment, reference: tariff.reference };
  if (tariff.incomeFloor !== null && earnings < tariff.incomeFloor) {
    const params = { ...row, floor: tariff.incomeFloor };
    throw new PricingError("INCOME_BELOW_FLOOR", wage ? t("pricing.wageBelowFloor", params) : t("pricing.incomeBelowFloor", params));
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
}

export const NO_RELIEF_USE: ReliefUse = { tariffs: [], reliefs: [], reliefsOnUnstatedFunding: [], reliefsOnDisputedFunding: [] };

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
  private readonly periods = new Map<string, PeriodContribution>();
  private readonly tariffsUsed = new Set<TariffRow>();
  private readonly reliefsUsed = new Set<Relief>();
  private readonly reliefsOnUnstatedFunding = new Set<Relief>();
  private readonly reliefsOnDisputedFunding = new Map<Relief, Set<string>>();
  private readonly lines: LineMemo = new Map();
  private static readonly MEMO_LIMIT = 50_000;

  constructor(
    readonly book: TariffBook,
    readonly rounding: RoundingMode,
  ) {}

  period(terms: WorkerTerms, termsKey: string, start: Month, months: number): PeriodContribution {
    const key = `${termsKey}|${start}|${months}`;
    const known = this.periods.get(key);
    if (known) return known;
    const monthly: ProgramAmounts[] = [];
    const total = emptyAmounts();
    for (let offset = 0; offset < months; offset++) {
      const amounts = emptyAmounts();
      for (const line of monthlyContribution(this.book, terms, start + offset, this.rounding, this.lines)) {
        const index = PROGRAMS.indexOf(line.program);
        amounts[index] = line.amount;
        total[index] = total[index]! + line.amount;
        this.record(line, terms);
      }
      monthly.push(amounts);
    }
    const priced = { monthly, total };
    // Rosters with many distinct incomes must not grow memory without bound.
    if (this.periods.size >= Pricer.MEMO_LIMIT) this.periods.clear();
    if (this.lines.size >= Pricer.MEMO_LIMIT) this.lines.clear();
    this.periods.set(key, priced);
    return priced;
  }

  /** Notes the tariff row and relief behind a line, for the report's notes and meta. */
  record(line: ContributionLine, terms: WorkerTerms): void {
    this.tariffsUsed.add(line.tariff);
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
    };
  }
}
