// Streams a roster CSV into a budget: header aliases, per-row validation, pricing, grouping.
// Every row is either added to the budget or reported as an error; none is dropped.
import { MONTH_COLUMN, type BudgetBuilder } from "../domain/budget.js";
import { PricingError, type Pricer, type PricingErrorCode } from "../domain/contribution.js";
import type { Explanation } from "../domain/explain.js";
import { parseRupiah, type DecimalMark } from "../domain/money.js";
import { formatMonth, MAX_MONTHS, parseMonth, parseMonthCount, type Month } from "../domain/month.js";
import { checkNik, maskNik, nikPrefix } from "../domain/nik.js";
import { NikRegistry } from "../domain/nik-registry.js";
import { parsePrograms, type Program } from "../domain/program.js";
import { fundingLabel, labelKey, parseRiskClass, parseSegment, termsKey, type Segment, type WorkerTerms } from "../domain/worker.js";
import { CsvSyntaxError, openCsv, type ReadOptions } from "./csv-source.js";
import { ErrorList, type InputError, type InputErrorCode } from "./input-error.js";
import type { Delimiter, Encoding } from "./text-decoding.js";
import type { LoadedFile } from "./tariff-file.js";

/** Canonical roster columns and the headers accepted for each (compared without case, spaces or punctuation). */
export const ROSTER_COLUMNS = {
  nik: ["nik", "noktp", "nomorktp", "nomorinduk", "nomorindukkependudukan"],
  name: ["name", "nama", "namalengkap", "namapekerja", "namapeserta"],
  district: ["district", "kecamatan", "kec"],
  village: ["village", "nagari", "desa", "kelurahan", "nagaridesa", "desanagari", "desakelurahan", "nagaridesakelurahan"],
  occupation: ["occupation", "pekerjaan", "profesi", "jenispekerjaan"],
  sector: ["sector", "sektor"],
  income: ["income", "penghasilan", "pendapatan", "penghasilanperbulan", "penghasilanrp", "pendapatanrp", "penghasilanperbulanrp"],
  programs: ["programs", "program", "programmes", "programme"],
  start: ["start", "mulai", "bulanmulai"],
  // Not "bulan" alone: in Indonesian that is the calendar month, which --by bulan groups by.
  months: ["months", "jumlahbulan", "jmlbulan", "lamabulan", "lama"],
  funding: ["funding", "sumberdana", "sumberpendanaan", "pendanaan", "pembiayaan"],
  segment: ["segment", "segmen"],
  wage: ["wage", "upah", "gaji", "upahrp", "gajirp"],
  risk_class: ["riskclass", "risk", "kelompokrisiko", "tingkatrisiko", "risiko"],
} as const;
export type RosterColumn = keyof typeof ROSTER_COLUMNS;
const REQUIRED: readonly RosterColumn[] = ["nik", "name", "district"];
/** How the usual Indonesian exports head the required columns, for messages. */
const REQUIRED_EXAMPLES: Record<string, string> = { nik: "NIK, No KTP", name: "Nama", district: "Kecamatan" };
const MONTH_NAMES = ["month", "bulan"];
/** How many leading rows may be a title above the header. */
const TITLE_ROWS = 5;

/** The canonical column a header or --by name stands for, if any. */
export function canonicalColumn(name: string): RosterColumn | undefined {
  const key = labelKey(name);
  for (const [column, aliases] of Object.entries(ROSTER_COLUMNS)) {
    if ((aliases as readonly string[]).includes(key)) return column as RosterColumn;
  }
  return undefined;
}

/** The headers another file may use for a grouping column (a potential or weights file keyed by district…). */
export function columnAliases(name: string): readonly string[] {
  const column = canonicalColumn(name);
  return column ? ROSTER_COLUMNS[column] : [];
}

/** The name a --by column goes by in reports: "month", a canonical column, or the name as given. */
export function groupColumnName(name: string): string {
  if (MONTH_NAMES.includes(labelKey(name))) return MONTH_COLUMN;
  return canonicalColumn(name) ?? name;
}

/** Values that apply to rows which do not state their own (from command-line flags). */
export interface RosterDefaults {
  start: Month | null;
  months: number;
  income: bigint;
  programs: readonly Program[];
  sector: string;
  funding: string;
  segment: Segment;
  wage: bigint | null;
  riskClass: number | null;
}

export interface RosterRun {
  file: LoadedFile;
  encoding: Encoding;
  delimiter: Delimiter;
  /** Rows read = rows accepted + rows rejected; blank lines are not rows. */
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
}

interface PricedRow {
  nik: string;
  terms: WorkerTerms;
  start: Month;
  months: number;
}

type GroupValue = (fields: readonly string[], row: PricedRow) => string;

/** Which roster column a pricing problem points at. */
const PRICING_COLUMN: Partial<Record<PricingErrorCode, (segment: Segment) => RosterColumn>> = {
  INCOME_BELOW_FLOOR: (segment) => (segment === "PU" ? "wage" : "income"),
  INCOME_ABOVE_CEILING: (segment) => (segment === "PU" ? "wage" : "income"),
  MISSING_WAGE: () => "wage",
  MISSING_RISK_CLASS: () => "risk_class",
};

/** How rosters are read: flags about the file, and the checks that apply to every row. */
export interface RosterOptions {
  groupBy: readonly string[];
  defaults: RosterDefaults;
  read: ReadOptions;
  decimalMark?: DecimalMark;
  /** --map district=Kec: headers named by the user for canonical columns. */
  columnMap: ReadonlyMap<RosterColumn, string>;
  /** NIK prefixes of every kecamatan; a NIK outside them gets a warning. */
  knownPrefixes?: ReadonlySet<string>;
  showNik: boolean;
}

/** Where accepted rows go; without a pricer rows are only validated (iuran audit without a period). */
export interface RosterSink {
  pricer?: Pricer;
  builder?: BudgetBuilder;
  explanation?: Explanation;
}

/** Receives each rejected row with its reasons (--rejects). */
export interface RejectedRowSink {
  reject(file: string, header: readonly string[], fields: readonly string[], nikIndex: number | undefined, line: number, errors: readonly InputError[]): void;
}

/**
 * Reads one roster after another into one budget. Shared across rosters: the error list, and the NIKs seen, so a
 * worker listed in two rosters is caught like one listed twice in one.
 */
export class RosterReader {
  readonly errors = new ErrorList();
  readonly runs: RosterRun[] = [];
  private readonly niks = new NikRegistry();
  private readonly unknownPrefixes = { count: 0, first: "" };

  constructor(
    private readonly options: RosterOptions,
    private readonly sink: RosterSink,
    private readonly rejects?: RejectedRowSink,
  ) {}

  private readonly unreadColumns: string[] = [];

  /** Warnings (not errors): NIKs whose prefix is no kecamatan code; columns that look meant but are not read. */
  warnings(): string[] {
    const { count, first } = this.unknownPrefixes;
    const prefixes =
      count === 0 ? [] : [`${count} NIK${count === 1 ? " starts" : "s start"} with six digits that are no kecamatan code (first at ${first}); check ${count === 1 ? "it" : "them"} against the KTP`];
    return [...this.unreadColumns, ...prefixes];
  }

  async read(file: string): Promise<RosterRun> {
    const { groupBy, defaults } = this.options;
    const source = await openCsv(file, this.options.read);
    const sourceIndex = this.runs.length;
    let header: readonly string[] | undefined;
    let columns: Map<RosterColumn, number> | undefined;
    let groupValues: GroupValue[] = [];
    let rowsRead = 0;
    let rowsAccepted = 0;
    let headerLine = 1;
    const headerError = (code: InputErrorCode, message: string) => this.errors.add({ file, line: headerLine, column: 0, code, message });
    // Excel exports often carry a title above the header ("DAFTAR PEKERJA RENTAN …"): the header is the first of the
    // leading rows that names the required columns; the rows above it are skipped with a warning, never as workers.
    const aboveHeader: { line: number; fields: readonly string[]; problem: HeaderProblem }[] = [];

    try {
      for await (const { fields, line } of source.records) {
        const blank = fields.every((field) => field.trim() === "");
        if (!header) {
          if (blank) continue;
          const mapped = mapHeader(fields, this.options.columnMap);
          if ("code" in mapped) {
            aboveHeader.push({ line, fields, problem: mapped });
            if (mapped.code === "MISSING_COLUMN" && aboveHeader.length < TITLE_ROWS) continue;
            // No header within reach: report the first row's problem; a duplicated column is a faulty header, not a title.
            const reported = mapped.code === "MISSING_COLUMN" ? aboveHeader[0]! : aboveHeader[aboveHeader.length - 1]!;
            header = reported.fields;
            headerLine = reported.line;
            headerError(reported.problem.code, reported.problem.message);
            break;
          }
          header = fields;
          headerLine = line;
          if (aboveHeader.length > 0) {
            const title = aboveHeader[0]!.fields.filter((field) => field.trim() !== "").join(" ");
            this.unreadColumns.push(
              `${file}: the header is on line ${line}; ${aboveHeader.length === 1 ? "the line" : `the ${aboveHeader.length} lines`} above it (starting "${title.slice(0, 60)}") ${aboveHeader.length === 1 ? "was" : "were"} skipped as a title`,
            );
          }
          columns = mapped;
          this.unreadColumns.push(...unreadLookalikes(file, fields, mapped));
          const readers = groupBy.map((name) => groupValueReader(name, fields, mapped));
          const unknown = readers.findIndex((reader) => reader === undefined);
          if (unknown >= 0) {
            headerError("MISSING_COLUMN", `cannot group by "${groupBy[unknown]}": the roster has no such column (it has: ${fields.join(", ")})`);
            break;
          }
          groupValues = readers as GroupValue[];
          if (!columns.has("start") && defaults.start === null && this.sink.pricer) {
            headerError("MISSING_COLUMN", "the roster has no start column: give the first month with --start YYYY-MM");
            break;
          }
          continue;
        }
        if (blank) continue;
        rowsRead++;
        const rowErrors: InputError[] = [];
        const row = this.readRow(file, line, fields, header, columns!, rowErrors);
        const priced = row && this.sink.pricer ? this.price(file, line, row, columns!, rowErrors) : undefined;
        // Only a row that would be paid is registered: a corrected copy of a rejected row is no duplicate.
        if (row && rowErrors.length === 0) this.checkDuplicate(file, sourceIndex, line, row.nik, columns!, rowErrors);
        if (rowErrors.length > 0) {
          for (const error of rowErrors) this.errors.add(error);
          this.rejects?.reject(file, header, fields, columns!.get("nik"), line, rowErrors);
          continue;
        }
        if (row && priced) {
          this.sink.builder?.add(groupValues.map((value) => value(fields, row)), row.terms.programs, priced.period, row.start, row.months);
          this.sink.explanation?.add(row.terms, priced.key, row.start, row.months);
        }
        rowsAccepted++;
      }
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      this.errors.add(error.error);
      if (!header) header = [];
    }
    // A file whose only rows are title-like: the first one is reported as the header it failed to be.
    if (header === undefined && aboveHeader.length > 0) {
      headerLine = aboveHeader[0]!.line;
      headerError(aboveHeader[0]!.problem.code, aboveHeader[0]!.problem.message);
      header = aboveHeader[0]!.fields;
    }
    // (A file that broke before its header was read has had its error already.)
    if (header === undefined || (header.length > 0 && header.every((name) => name.trim() === ""))) {
      headerError("MISSING_COLUMN", "the roster is empty: expected a header row such as nik,name,district");
    }
    const run: RosterRun = {
      file: { file, sha256: source.sha256() },
      encoding: source.encoding,
      delimiter: source.delimiter,
      rowsRead,
      rowsAccepted,
      rowsRejected: rowsRead - rowsAccepted,
    };
    this.runs.push(run);
    return run;
  }

  private checkDuplicate(file: string, sourceIndex: number, line: number, nik: string, columns: Map<RosterColumn, number>, rowErrors: InputError[]): void {
    const seen = this.niks.add(nik, { source: sourceIndex, line });
    if (!seen) return;
    const where = seen.source === sourceIndex ? `line ${seen.line}` : `${this.runs[seen.source]?.file.file ?? "an earlier roster"}:${seen.line}`;
    rowErrors.push({
      file,
      line,
      column: (columns.get("nik") ?? -1) + 1,
      code: "DUPLICATE_NIK",
      message: `NIK ${this.options.showNik ? nik : maskNik(nik)} is also on ${where}: a worker listed twice is paid twice`,
    });
  }

  private price(file: string, line: number, row: PricedRow, columns: Map<RosterColumn, number>, rowErrors: InputError[]) {
    const key = termsKey(row.terms);
    try {
      return { key, period: this.sink.pricer!.period(row.terms, key, row.start, row.months) };
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
      const column = PRICING_COLUMN[error.code]?.(row.terms.segment);
      rowErrors.push({ file, line, column: column === undefined ? 0 : (columns.get(column) ?? -1) + 1, code: error.code, message: error.message });
      return undefined;
    }
  }

  private readRow(
    file: string,
    line: number,
    fields: readonly string[],
    header: readonly string[],
    columns: Map<RosterColumn, number>,
    rowErrors: InputError[],
  ): PricedRow | undefined {
    const { defaults, decimalMark } = this.options;
    const fail = (column: RosterColumn | number, code: InputErrorCode, message: string) => {
      const index = typeof column === "number" ? column : (columns.get(column) ?? -1);
      rowErrors.push({ file, line, column: index + 1, code, message });
    };
    const cell = (column: RosterColumn): string => {
      const index = columns.get(column);
      return index === undefined ? "" : (fields[index] ?? "").trim();
    };

    // A value beyond the header's last column has no name: usually a delimiter inside an unquoted value.
    const stray = fields.findIndex((field, index) => index >= header.length && field.trim() !== "");
    if (stray >= 0) {
      const extra = fields.slice(header.length).filter((field) => field.trim() !== "").map((field) => `"${field}"`).join(", ");
      fail(stray, "TOO_MANY_FIELDS", `the row has ${fields.length} fields but the header has ${header.length} (beyond it: ${extra}); quote values that contain the delimiter`);
    }
    const nik = checkNik(cell("nik"));
    if (!nik.ok) fail("nik", nik.code, nik.reason);
    else if (this.options.knownPrefixes && !this.options.knownPrefixes.has(nikPrefix(nik.nik))) {
      if (this.unknownPrefixes.count++ === 0) this.unknownPrefixes.first = `${file}:${line}`;
    }
    if (cell("name") === "") fail("name", "MISSING_VALUE", "name is empty");
    if (cell("district") === "") fail("district", "MISSING_VALUE", "district (kecamatan) is empty");

    const rupiah = (column: "income" | "wage", fallback: bigint | null): bigint | null => {
      if (cell(column) === "") return fallback;
      const parsed = parseRupiah(cell(column), decimalMark);
      if (!parsed.ok) fail(column, "INVALID_AMOUNT", `${column} "${cell(column)}" ${parsed.reason}`);
      else if (parsed.rupiah === 0n) fail(column, "INVALID_AMOUNT", `${column} is 0; a declared ${column} is at least Rp 1`);
      else return parsed.rupiah;
      return fallback;
    };
    const income = rupiah("income", defaults.income)!;
    const wage = rupiah("wage", defaults.wage);

    let programs = defaults.programs;
    if (cell("programs") !== "") {
      const parsed = parsePrograms(cell("programs"));
      if (parsed.ok) programs = parsed.programs;
      else fail("programs", "INVALID_PROGRAM", `programs "${cell("programs")}" ${parsed.reason}`);
    }
    let segment = defaults.segment;
    if (cell("segment") !== "") {
      const parsed = parseSegment(cell("segment"));
      if (parsed) segment = parsed;
      else fail("segment", "INVALID_SEGMENT", `segment must be BPU or PU, got "${cell("segment")}"`);
    }
    let riskClass = defaults.riskClass;
    if (cell("risk_class") !== "") {
      const parsed = parseRiskClass(cell("risk_class"));
      if (parsed !== undefined) riskClass = parsed;
      else fail("risk_class", "INVALID_RISK_CLASS", `risk class must be 1 to 5, got "${cell("risk_class")}"`);
    }
    let start = defaults.start;
    if (cell("start") !== "") {
      const parsed = parseMonth(cell("start"));
      if (parsed !== undefined) start = parsed;
      else fail("start", "INVALID_MONTH", `start must be a month like 2022-04, got "${cell("start")}"`);
    } else if (start === null && this.sink.pricer) {
      fail("start", "MISSING_VALUE", "start is empty and no --start was given");
    }
    let months = defaults.months;
    if (cell("months") !== "") {
      const parsed = parseMonthCount(cell("months"));
      if (parsed !== undefined) months = parsed;
      else fail("months", "INVALID_MONTHS", `months must be a whole number from 1 to ${MAX_MONTHS}, got "${cell("months")}"`);
    }
    if (rowErrors.length > 0 || !nik.ok) return undefined;
    const terms: WorkerTerms = {
      segment,
      programs,
      income,
      wage,
      riskClass,
      sector: cell("sector") || defaults.sector,
      funding: cell("funding") || defaults.funding,
    };
    return { nik: nik.nik, terms, start: start ?? 0, months };
  }
}

interface HeaderProblem {
  code: InputErrorCode;
  message: string;
}

/** Maps headers to canonical columns (--map first, then aliases), or says what is wrong with the header. */
function mapHeader(header: readonly string[], columnMap: ReadonlyMap<RosterColumn, string>): Map<RosterColumn, number> | HeaderProblem {
  const columns = new Map<RosterColumn, number>();
  const mappedHeaders = new Map([...columnMap].map(([column, name]) => [labelKey(name), column]));
  for (const [column, name] of columnMap) {
    if (!header.some((field) => labelKey(field) === labelKey(name))) {
      return { code: "MISSING_COLUMN", message: `--map ${column}=${name}: the header has no column "${name}" (it has: ${header.join(", ")})` };
    }
  }
  for (const [index, name] of header.entries()) {
    const key = labelKey(name);
    // A header the user mapped goes to its column; a column the user mapped takes no other header by alias.
    const column = mappedHeaders.get(key) ?? canonicalColumn(name);
    if (!column || (columnMap.has(column) && !mappedHeaders.has(key))) continue;
    if (columns.has(column)) return { code: "DUPLICATE_COLUMN", message: `columns "${header[columns.get(column)!]}" and "${name}" both give ${column}; keep one` };
    columns.set(column, index);
  }
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length === 0) return columns;
  if (header.every((name) => name.trim() === "")) return { code: "MISSING_COLUMN", message: "the roster is empty: expected a header row such as nik,name,district" };
  const accepted = missing.map((column) => `"${column}" (or ${REQUIRED_EXAMPLES[column]})`).join(", ");
  const suggestions = missing.flatMap((column) => {
    const closest = closestHeader(header, ROSTER_COLUMNS[column]);
    return closest === undefined ? [] : [`closest to ${column}: "${closest}" (if that is it, add --map ${column}="${closest}")`];
  });
  return {
    code: "MISSING_COLUMN",
    message: `required column${missing.length > 1 ? "s" : ""} ${accepted} not found; the header has: ${header.join(", ")}${suggestions.length > 0 ? `; ${suggestions.join("; ")}` : ""}`,
  };
}

/**
 * Headers iuran does not read that look like a column it would (a typing slip, a unit in the name): without a word,
 * a roster's incomes could be priced at the default.
 */
function unreadLookalikes(file: string, header: readonly string[], columns: Map<RosterColumn, number>): string[] {
  const read = new Set(columns.values());
  const warnings: string[] = [];
  for (const column of Object.keys(ROSTER_COLUMNS) as RosterColumn[]) {
    if (columns.has(column)) continue;
    const candidates = header.filter((_, index) => !read.has(index));
    const lookalike =
      closestHeader(candidates, ROSTER_COLUMNS[column]) ??
      candidates.find((name) => ROSTER_COLUMNS[column].some((alias) => alias.length >= 5 && labelKey(name).startsWith(alias)));
    if (lookalike !== undefined) {
      warnings.push(`${file}: column "${lookalike}" is not read; if it holds ${column}, add --map ${column}="${lookalike}" (without it, ${column} is the default)`);
    }
  }
  return warnings;
}

/** The header nearest to any accepted name of a column, by edit distance, if near enough to be a typing slip. */
function closestHeader(header: readonly string[], names: readonly string[]): string | undefined {
  let best: { header: string; distance: number } | undefined;
  for (const field of header) {
    const key = labelKey(field);
    if (key === "") continue;
    for (const name of names) {
      const distance = editDistance(key, name);
      if (distance <= Math.max(2, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = { header: field, distance };
    }
  }
  return best?.header;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** How one grouping column gets its value for a row: the effective value for priced columns, else the cell. */
function groupValueReader(name: string, header: readonly string[], columns: Map<RosterColumn, number>): GroupValue | undefined {
  const column = groupColumnName(name);
  switch (column) {
    case "nik":
      // Grouped by the whole NIK (two workers can share a masked form); reports mask it (BudgetExtras.displayKey).
      return (_, row) => row.nik;
    case MONTH_COLUMN:
      return () => "";
    case "sector":
      return (_, row) => row.terms.sector.toLowerCase();
    case "funding":
      return (_, row) => fundingLabel(row.terms.funding);
    case "segment":
      return (_, row) => row.terms.segment;
    case "programs":
      return (_, row) => row.terms.programs.join("+");
    case "income":
      return (_, row) => row.terms.income.toString();
    case "start":
      return (_, row) => formatMonth(row.start);
    case "months":
      return (_, row) => `${row.months}`;
    default:
      break;
  }
  const canonical = canonicalColumn(column);
  const index = canonical !== undefined ? columns.get(canonical) : header.findIndex((field) => labelKey(field) === labelKey(name));
  if (index === undefined || index < 0) return undefined;
  return (fields) => (fields[index] ?? "").trim();
}
