// Dated, cited tariff rows and reliefs, and the lookup of the ones in force for a worker in a month.
// Like OpenFisca parameters: data with a validity period and a legal reference on every value.
import { t } from "../text/render.js";
import type { Dec } from "./money.js";
import { formatMonth, type Month } from "./month.js";
import { quoteCell } from "./personal-data.js";
import type { Program } from "./program.js";
import { labelWords, type Segment, type WorkerTerms } from "./worker.js";

/** Whether a sector's words hold a relief's sector entry ("ojek online", "kurir") as words in a row. */
export function namesSector(entry: string, sectorWords: readonly string[]): boolean {
  const words = entry.split(" ");
  for (let start = 0; start + words.length <= sectorWords.length; start++) {
    if (words.every((word, index) => sectorWords[start + index] === word)) return true;
  }
  return false;
}

/** Where a row came from, so every figure can be traced back to a file and line. */
export interface Provenance {
  file: string;
  line: number;
  /** Later tariff files override earlier ones where they cover the same month. */
  layer: number;
}

export type TariffBasis = "percent" | "flat";

export interface TariffRow {
  id: string;
  program: Program;
  segment: Segment;
  /** PU work-accident risk group 1–5; null where the rate does not depend on it. */
  riskClass: number | null;
  basis: TariffBasis;
  /** Percent of declared income (BPU) or wage (PU), e.g. 1 for 1 %; set when basis is "percent". */
  ratePercent: Dec | null;
  /** Rupiah per month; set when basis is "flat". */
  flatAmount: bigint | null;
  /** Declared income below this is refused (BPU). */
  incomeFloor: bigint | null;
  /** Declared income above this is refused (BPU). */
  incomeCeiling: bigint | null;
  /** The percentage applies to the wage up to this cap (PU pension). */
  wageCap: bigint | null;
  effectiveFrom: Month;
  /** Inclusive; null while in force. */
  effectiveTo: Month | null;
  reference: string;
  source: Provenance;
}

export interface Relief {
  id: string;
  programs: readonly Program[];
  /** null: every segment. */
  segment: Segment | null;
  /**
   * Sectors it is limited to, each as lower-case words ("ojek online"); empty: every sector. A worker's sector is
   * one of them when its words hold the entry's words in a row: "Ojek Pangkalan" and "Driver Ojol" are transport.
   */
  sectors: readonly string[];
  excludedSectors: readonly string[];
  /** Funding categories (names) it does not apply to (PP 50/2025: APBN, APBD, APBD Provinsi). */
  excludedFunding: readonly string[];
  /** Funding categories for which it is an open legal question whether the exclusion covers them. */
  disputedFunding: readonly string[];
  /** A bundled tariff file holding the other reading of a disputed exclusion (for --tariff NAME), or "". */
  alternative: string;
  /** What remains to pay: 0.5 for a 50 % cut, 0.01 for 99 %. */
  multiplier: Dec;
  effectiveFrom: Month;
  effectiveTo: Month | null;
  reference: string;
  /** Who the relief is for, in English and in Indonesian (for reports in either language). */
  condition: string;
  conditionId: string;
  source: Provenance;
}

function covers(from: Month, to: Month | null, month: Month): boolean {
  return from <= month && (to === null || month <= to);
}

function overlaps(a: { effectiveFrom: Month; effectiveTo: Month | null }, b: typeof a): boolean {
  const aEnd = a.effectiveTo ?? Number.MAX_SAFE_INTEGER;
  const bEnd = b.effectiveTo ?? Number.MAX_SAFE_INTEGER;
  return a.effectiveFrom <= bEnd && b.effectiveFrom <= aEnd;
}

/** A relief that some funding sources exclude, applied to a worker whose funding source nobody stated. */
export function dependsOnUnstatedFunding(relief: Relief, terms: WorkerTerms): boolean {
  return relief.excludedFunding.length > 0 && terms.funding === "";
}

/** A relief applied to a worker whose funding category is one the law leaves open for it (village budgets). */
export function dependsOnDisputedFunding(relief: Relief, terms: WorkerTerms): boolean {
  return terms.funding !== "" && relief.disputedFunding.includes(terms.funding);
}

export interface TariffConflict {
  first: Provenance;
  second: Provenance;
  message: string;
}

/** A period in words: "from 2015-07", "2020-01 to 2020-12" (in Indonesian with month names). */
export function describePeriod(from: Month, to: Month | null): string {
  return to === null ? t("tariff.periodFrom", { from: formatMonth(from) }) : t("tariff.periodBetween", { from: formatMonth(from), to: formatMonth(to) });
}

function scheduleKey(program: Program, segment: Segment, riskClass: number | null): string {
  return `${program}|${segment}|${riskClass ?? ""}`;
}

export class TariffBook {
  private readonly schedules = new Map<string, TariffRow[]>();

  private constructor(
    readonly rows: readonly TariffRow[],
    readonly reliefs: readonly Relief[],
  ) {
    for (const row of rows) {
      const key = scheduleKey(row.program, row.segment, row.riskClass);
      const schedule = this.schedules.get(key) ?? [];
      schedule.push(row);
      this.schedules.set(key, schedule);
    }
    // Newest layer first, so the first row that covers a month is the one in force.
    for (const schedule of this.schedules.values()) schedule.sort((a, b) => b.source.layer - a.source.layer);
  }

  /**
   * Builds a book, or lists the conflicts that make it ambiguous: within one file, two rows for the same
   * programme, segment and risk class may not cover the same month. A later file may override an earlier one.
   */
  static build(rows: readonly TariffRow[], reliefs: readonly Relief[]): { book: TariffBook } | { conflicts: TariffConflict[] } {
    const conflicts: TariffConflict[] = [];
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        const a = rows[i]!;
        const b = rows[j]!;
        if (
          a.source.layer === b.source.layer &&
          scheduleKey(a.program, a.segment, a.riskClass) === scheduleKey(b.program, b.segment, b.riskClass) &&
          overlaps(a, b)
        ) {
          const rows = {
            first: quoteCell(a.id),
            firstPeriod: describePeriod(a.effectiveFrom, a.effectiveTo),
            second: quoteCell(b.id),
            secondPeriod: describePeriod(b.effectiveFrom, b.effectiveTo),
            program: a.program,
            segment: a.segment,
          };
          const message = a.riskClass === null ? t("tariff.rowsOverlap", rows) : t("tariff.rowsOverlapRisk", { ...rows, risk: a.riskClass });
          conflicts.push({ first: a.source, second: b.source, message });
        }
      }
    }
    return conflicts.length > 0 ? { conflicts } : { book: new TariffBook(rows, reliefs) };
  }

  /** Whether any row, in any month, prices this programme for this segment. */
  hasSchedule(program: Program, segment: Segment): boolean {
    return this.rows.some((row) => row.program === program && row.segment === segment);
  }

  /** The tariff row in force, or undefined when no row covers the month (never a silent zero). */
  rowFor(program: Program, segment: Segment, riskClass: number | null, month: Month): TariffRow | undefined {
    const exact = this.schedules.get(scheduleKey(program, segment, riskClass));
    const found = exact?.find((row) => covers(row.effectiveFrom, row.effectiveTo, month));
    if (found || riskClass === null) return found;
    // A rate that does not depend on the risk class (PU JKM, JHT, JP) is written without one.
    return this.schedules.get(scheduleKey(program, segment, null))?.find((row) => covers(row.effectiveFrom, row.effectiveTo, month));
  }

  /** The reliefs that apply to this worker's programme in this month. More than one is a data conflict. */
  reliefsFor(program: Program, terms: WorkerTerms, month: Month): Relief[] {
    const sector = labelWords(terms.sector);
    return this.reliefs.filter(
      (relief) =>
        relief.programs.includes(program) &&
        (relief.segment === null || relief.segment === terms.segment) &&
        covers(relief.effectiveFrom, relief.effectiveTo, month) &&
        (relief.sectors.length === 0 || relief.sectors.some((entry) => namesSector(entry, sector))) &&
        !relief.excludedSectors.some((entry) => namesSector(entry, sector)) &&
        !(terms.funding !== "" && relief.excludedFunding.includes(terms.funding)),
    );
  }
}
