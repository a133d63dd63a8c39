// A budget → the lines of a budget document: the regency's RKA/DPA-SKPD (one line per account and unit price, as typed
// into SIPD) or a village's APB Nagari/APBDes (one line per village and unit price, as kept in Siskeudes).
// The lines are built from each worker's priced months, the same ones the budget adds, so they add up to its total.
import { BudgetBuilder, type BudgetReport } from "./budget.js";
import type { PeriodContribution } from "./contribution.js";
import type { Month } from "./month.js";
import { PROGRAMS, type Program } from "./program.js";

/** kabupaten: the regency's APBD; nagari: a village budget (APB Nagari / APBDes). */
export const DOCUMENT_LEVELS = ["kabupaten", "nagari"] as const;
export type DocumentLevel = (typeof DOCUMENT_LEVELS)[number];

export const DATA_STATUSES = ["verified", "secondary", "open"] as const;
export type DataStatus = (typeof DATA_STATUSES)[number];

interface Sourced {
  status: DataStatus;
  reference: string;
  note: string;
  /** Where the row was read: the table file and its line. */
  file: string;
  line: number;
}

/** A regency account: one per programme (JKK, JKM, JHT). */
export interface BudgetAccount extends Sourced {
  program: Program;
  code: string;
  name: string;
  /** The text of the line under the account (rincian). */
  uraian: string;
  unit: string;
}

/** The village activity every village line belongs to; its code may be empty (not known). */
export interface VillageActivity extends Sourced {
  code: string;
  name: string;
  uraian: string;
  unit: string;
}

/** A village funding source code (Siskeudes SumberDana): DDS, ADD, PBH, PADes. */
export interface SourceCode extends Sourced {
  code: string;
  name: string;
}

export interface DocumentAccounts {
  accounts: readonly BudgetAccount[];
  activity: VillageActivity;
  sources: readonly SourceCode[];
}

/** One line of the document: koefisien (workers × months, or worker-months) × harga satuan = jumlah. */
export interface DocumentLine {
  /** The village's name as the budget shows it (nagari level); "" at the regency level. */
  village: string;
  /** The programme of a regency line; null for a village line, which prices every programme together. */
  program: Program | null;
  unitPrice: bigint;
  /** Workers with at least one month at this price. */
  workers: number;
  workerMonths: number;
  /** The months every one of those workers has at this price; null when they differ (the line is in worker-months). */
  months: number | null;
  firstMonth: Month;
  lastMonth: Month;
  amount: bigint;
}

export interface BudgetDocument {
  level: DocumentLevel;
  lines: readonly DocumentLine[];
  /** Per village (nagari level; one entry at the regency level): its lines' sum. */
  villages: readonly { village: string; total: bigint }[];
  total: bigint;
}

interface LineTally {
  key: readonly string[];
  program: Program | null;
  unitPrice: bigint;
  workers: number;
  workerMonths: number;
  months: number | null | undefined;
  firstMonth: Month;
  lastMonth: Month;
}

/**
 * A budget builder that also keeps, per group, programme and unit price, the workers and months priced at it:
 * bounded by the distinct prices, never by the workers.
 */
export class DocumentBuilder extends BudgetBuilder {
  private readonly tallies = new Map<string, LineTally>();

  constructor(
    readonly level: DocumentLevel,
    ...budget: ConstructorParameters<typeof BudgetBuilder>
  ) {
    super(...budget);
  }

  protected override added(key: readonly string[], programs: readonly Program[], period: PeriodContribution, start: Month, count: number): void {
    // A village line prices the programmes together (Rp 16.800 an OB); a regency line has one account per programme.
    const parts: (Program | null)[] = this.level === "nagari" ? [null] : [...programs];
    for (const program of parts) {
      const indexes = program === null ? programs.map((each) => PROGRAMS.indexOf(each)) : [PROGRAMS.indexOf(program)];
      // The months of this worker at each unit price, in order.
      const byPrice = new Map<bigint, { months: number; first: Month; last: Month }>();
      period.monthly.forEach((amounts, offset) => {
        let price = 0n;
        for (const index of indexes) price += amounts[index]!;
        const month = start + offset;
        const seen = byPrice.get(price);
        if (seen) {
          seen.months++;
          seen.last = month;
        } else byPrice.set(price, { months: 1, first: month, last: month });
      });
      for (const [price, at] of byPrice) {
        // A month priced at nothing (a relief of 100%) is no spending and no line.
        if (price === 0n) continue;
        const id = [...key, program ?? "", price].join("\u001f");
        const tally = this.tallies.get(id);
        if (!tally) {
          this.tallies.set(id, { key: [...key], program, unitPrice: price, workers: count, workerMonths: at.months * count, months: at.months, firstMonth: at.first, lastMonth: at.last });
          continue;
        }
        tally.workers += count;
        tally.workerMonths += at.months * count;
        if (tally.months !== at.months) tally.months = null;
        if (at.first < tally.firstMonth) tally.firstMonth = at.first;
        if (at.last > tally.lastMonth) tally.lastMonth = at.last;
      }
    }
  }

  /** The document's lines, with the budget they were built beside: its total is theirs. */
  document(): { document: BudgetDocument; budget: BudgetReport } {
    const budget = this.report();
    const lines: DocumentLine[] = [...this.tallies.values()].map((tally) => ({
      village: this.level === "nagari" ? this.shownKey(tally.key)[0] ?? "" : "",
      program: tally.program,
      unitPrice: tally.unitPrice,
      workers: tally.workers,
      workerMonths: tally.workerMonths,
      months: tally.months ?? null,
      firstMonth: tally.firstMonth,
      lastMonth: tally.lastMonth,
      amount: tally.unitPrice * BigInt(tally.workerMonths),
    }));
    lines.sort(compareLines);
    const villages = new Map<string, bigint>();
    for (const line of lines) villages.set(line.village, (villages.get(line.village) ?? 0n) + line.amount);
    const total = lines.reduce((sum, line) => sum + line.amount, 0n);
    return {
      document: { level: this.level, lines, villages: [...villages].map(([village, sum]) => ({ village, total: sum })), total },
      budget,
    };
  }
}

/** Village by name (code-point order), then programme in the fixed order, then the earlier months, then the higher price. */
function compareLines(a: DocumentLine, b: DocumentLine): number {
  if (a.village !== b.village) return a.village < b.village ? -1 : 1;
  const programOrder = (line: DocumentLine) => (line.program === null ? -1 : PROGRAMS.indexOf(line.program));
  if (a.program !== b.program) return programOrder(a) - programOrder(b);
  if (a.firstMonth !== b.firstMonth) return a.firstMonth - b.firstMonth;
  if (a.lastMonth !== b.lastMonth) return a.lastMonth - b.lastMonth;
  return a.unitPrice > b.unitPrice ? -1 : a.unitPrice < b.unitPrice ? 1 : 0;
}

/** The account a regency line goes on; undefined when the table has none for its programme. */
export function accountFor(accounts: DocumentAccounts, program: Program): BudgetAccount | undefined {
  return accounts.accounts.find((account) => account.program === program);
}

/** A village funding source code as the table spells it, matched without regard to case; undefined if unknown. */
export function sourceCode(accounts: DocumentAccounts, text: string): SourceCode | undefined {
  const wanted = text.trim().toUpperCase();
  return accounts.sources.find((source) => source.code.toUpperCase() === wanted);
}
