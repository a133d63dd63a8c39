// Coverage and count claims for `iuran check`: their options, their rows in a claims file, and their sections.
import type { Command } from "commander";
import { checkCount, parsePeopleCount, parsePublishedCount, splitParts, type CountClaim, type PublishedCount } from "../domain/count-claim.js";
import { checkCoverage, type CoverageClaim } from "../domain/coverage-claim.js";
import { quoteCell, safeInline } from "../domain/personal-data.js";
import { parsePublishedPercent, type PublishedPercent } from "../domain/published-percent.js";
import type { ClaimRowReader } from "../io/claims-file.js";
import type { InputErrorCode } from "../io/input-error.js";
import { cellOf, optionalColumnIndex, type TableErrors, type TableRow } from "../io/table-file.js";
import { coverageSection, countSection } from "../report/figure-claims.js";
import type { ClaimSection } from "../report/claim-section.js";
import type { Lang } from "../report/format.js";
import { t, tIn } from "../text/render.js";
import { UsageError } from "./exit-codes.js";

/** The options of coverage and count claims, by their commander names. */
const FIGURE_FLAGS = {
  covered: "--covered",
  of: "--of",
  percent: "--percent",
  count: "--count",
  perUnit: "--per-unit",
  units: "--units",
  sum: "--sum",
} as const;
type FigureFlag = keyof typeof FIGURE_FLAGS;

export function withFigureOptions(command: Command): Command {
  return command
    .option("--covered <n>", t("figures.helpCovered"))
    .option("--of <n>", t("figures.helpOf"))
    .option("--percent <percent>", t("figures.helpPercent"))
    .option("--count <n>", t("figures.helpCount"))
    .option("--per-unit <n>", t("figures.helpPerUnit"))
    .option("--units <n>", t("figures.helpUnits"))
    .option("--sum <n+n>", t("figures.helpSum"));
}

/** The coverage and count options given, as written on the command line (for "leave out …" messages). */
export function figureFlagsGiven(options: Record<string, unknown>): string[] {
  return (Object.keys(FIGURE_FLAGS) as FigureFlag[]).filter((name) => options[name] !== undefined).map((name) => FIGURE_FLAGS[name]);
}

type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A whole count of people (18.338 or 18,338) from `least` up to the bound of every count (count.ts). */
function wholeCount(text: string, least: 0 | 1): Reading<bigint> {
  const parsed = parsePeopleCount(text);
  if (!parsed.ok) return { ok: false, reason: `${quoteCell(text)} ${parsed.reason}` };
  if (parsed.count < least) return { ok: false, reason: t("figures.notPositive", { text: quoteCell(text) }) };
  return { ok: true, value: BigInt(parsed.count) };
}

function percentReading(text: string): Reading<PublishedPercent> {
  const parsed = parsePublishedPercent(text);
  return parsed.ok ? { ok: true, value: parsed.percent } : { ok: false, reason: `${quoteCell(text)} ${parsed.reason}` };
}

function countReading(text: string): Reading<PublishedCount> {
  const parsed = parsePublishedCount(text);
  return parsed.ok ? { ok: true, value: parsed.count } : { ok: false, reason: `${quoteCell(text)} ${parsed.reason}` };
}

function partsReading(text: string): Reading<bigint[]> {
  const parts: bigint[] = [];
  for (const part of splitParts(text)) {
    if (part === "") return { ok: false, reason: t("figures.partsEmpty", { text: quoteCell(text) }) };
    const reading = wholeCount(part, 0);
    if (!reading.ok) return reading;
    parts.push(reading.value);
  }
  return { ok: true, value: parts };
}

/** The coverage and count claims of one run, from flags or from a claims file, and their report sections. */
export class FigureClaims {
  readonly coverage: CoverageClaim[] = [];
  readonly counts: CountClaim[] = [];

  /**
   * Reads the claims the flags state (at most one of each kind), under `label` or the kind's name. Returns whether
   * there was any. Covered above `of` is not refused here: a published share above 100% is a finding (MISMATCH).
   */
  fromFlags(options: Record<string, unknown>, label: string | undefined, lang: Lang): boolean {
    const text = (name: FigureFlag) => (typeof options[name] === "string" ? (options[name] as string) : undefined);
    const read = <T>(name: FigureFlag, reader: (text: string) => Reading<T>): T | null => {
      const given = text(name);
      if (given === undefined) return null;
      const reading = reader(given);
      if (!reading.ok) throw new UsageError(`${FIGURE_FLAGS[name]}: ${reading.reason}`);
      return reading.value;
    };
    const labelled = (key: "figures.defaultCoverageLabel" | "figures.defaultCountLabel") => safeInline(label ?? tIn(lang, key), false);
    const covered = read("covered", (value) => wholeCount(value, 0));
    const of = read("of", (value) => wholeCount(value, 1));
    const percent = read("percent", percentReading);
    const stated = [covered, of, percent].filter((value) => value !== null).length;
    if (stated === 1) throw new UsageError(t("figures.usageCoverageNeedsTwo"));
    if (stated >= 2) this.coverage.push({ label: labelled("figures.defaultCoverageLabel"), covered, of, percent });

    const count = read("count", countReading);
    const perUnit = read("perUnit", (value) => wholeCount(value, 1));
    const units = read("units", (value) => wholeCount(value, 1));
    const parts = read("sum", partsReading);
    if (parts !== null) {
      const mixed = (["perUnit", "units"] as const).filter((name) => text(name) !== undefined).map((name) => FIGURE_FLAGS[name]);
      if (mixed.length > 0) throw new UsageError(t("figures.usageSumAndProduct", { flags: mixed }));
      if (count === null) throw new UsageError(t("figures.usageCountNeedsTwo"));
      this.counts.push({ label: labelled("figures.defaultCountLabel"), form: "sum", count, parts });
    } else {
      const given = [count, perUnit, units].filter((value) => value !== null).length;
      if (given === 1) throw new UsageError(t("figures.usageCountNeedsTwo"));
      if (given >= 2) this.counts.push({ label: labelled("figures.defaultCountLabel"), form: "product", count, perUnit, units });
    }
    return this.coverage.length + this.counts.length > 0;
  }

  /** The readers of coverage rows and count rows in a claims file. */
  readers(): ClaimRowReader[] {
    return [this.coverageReader(), this.countReader()];
  }

  /** The sections of the report: coverage, then counts, each when it has claims. */
  sections(lang: Lang, explain: boolean): ClaimSection[] {
    const sections: ClaimSection[] = [];
    if (this.coverage.length > 0) sections.push(coverageSection(this.coverage.map(checkCoverage), lang, explain));
    if (this.counts.length > 0) sections.push(countSection(this.counts.map(checkCount), lang, explain));
    return sections;
  }

  private coverageReader(): ClaimRowReader {
    let columns: Record<"covered" | "of" | "percent", number | undefined>;
    return {
      kind: "coverage",
      columnNames: ["covered", "tercakup", "terlindungi", "peserta_tercakup", "of", "dari", "total_sasaran", "sasaran", "percent", "persen", "persentase"],
      prepare: (table) => {
        columns = {
          covered: optionalColumnIndex(table, "covered", ["tercakup", "terlindungi", "peserta_tercakup"]),
          of: optionalColumnIndex(table, "of", ["dari", "total_sasaran", "sasaran"]),
          percent: optionalColumnIndex(table, "percent", ["persen", "persentase"]),
        };
        return Object.values(columns).some((index) => index !== undefined);
      },
      states: (row) => Object.values(columns).some((index) => cellOf(row, index) !== ""),
      read: (row, errors, label) => {
        const before = errors.count;
        const covered = cellReading(row, errors, columns.covered, "covered", "INVALID_COUNT", (text) => wholeCount(text, 0));
        const of = cellReading(row, errors, columns.of, "of", "INVALID_COUNT", (text) => wholeCount(text, 1));
        const percent = cellReading(row, errors, columns.percent, "percent", "INVALID_PERCENT", percentReading);
        if (errors.count !== before) return;
        if ([covered, of, percent].filter((value) => value !== null).length < 2) {
          errors.add(row, undefined, "INVALID_CLAIM", t("figures.fileCoverageNeedsTwo"));
          return;
        }
        this.coverage.push({ label, covered, of, percent });
      },
    };
  }

  private countReader(): ClaimRowReader {
    let columns: Record<"count" | "perUnit" | "units" | "sum", number | undefined>;
    return {
      kind: "count",
      columnNames: ["count", "jumlah", "banyaknya", "per_unit", "jumlah_per_unit", "per_nagari", "per_desa", "units", "unit", "nagari", "desa", "jumlah_unit", "sum", "rincian", "parts"],
      prepare: (table) => {
        columns = {
          count: optionalColumnIndex(table, "count", ["jumlah", "banyaknya"]),
          perUnit: optionalColumnIndex(table, "per_unit", ["jumlah_per_unit", "per_nagari", "per_desa"]),
          units: optionalColumnIndex(table, "units", ["unit", "nagari", "desa", "jumlah_unit"]),
          sum: optionalColumnIndex(table, "sum", ["rincian", "parts"]),
        };
        return Object.values(columns).some((index) => index !== undefined);
      },
      states: (row) => Object.values(columns).some((index) => cellOf(row, index) !== ""),
      read: (row, errors, label) => {
        const before = errors.count;
        const count = cellReading(row, errors, columns.count, "count", "INVALID_COUNT", countReading);
        const perUnit = cellReading(row, errors, columns.perUnit, "per_unit", "INVALID_COUNT", (text) => wholeCount(text, 1));
        const units = cellReading(row, errors, columns.units, "units", "INVALID_COUNT", (text) => wholeCount(text, 1));
        const parts = cellReading(row, errors, columns.sum, "sum", "INVALID_COUNT", partsReading);
        if (errors.count !== before) return;
        if (parts !== null) {
          if (perUnit !== null || units !== null) errors.add(row, columns.sum, "INVALID_CLAIM", t("figures.fileSumAndProduct"));
          else if (count === null) errors.add(row, columns.count, "INVALID_CLAIM", t("figures.fileCountNeedsTwo"));
          else this.counts.push({ label, form: "sum", count, parts });
          return;
        }
        if ([count, perUnit, units].filter((value) => value !== null).length < 2) {
          errors.add(row, undefined, "INVALID_CLAIM", t("figures.fileCountNeedsTwo"));
          return;
        }
        this.counts.push({ label, form: "product", count, perUnit, units });
      },
    };
  }
}

/** A cell's value, null when empty; a bad value is an error at its cell (named by its canonical column). */
function cellReading<T>(row: TableRow, errors: TableErrors, index: number | undefined, column: string, code: InputErrorCode, reader: (text: string) => Reading<T>): T | null {
  const text = cellOf(row, index);
  if (text === "") return null;
  const reading = reader(text);
  if (reading.ok) return reading.value;
  errors.add(row, index, code, `${column} ${reading.reason}`);
  return null;
}
