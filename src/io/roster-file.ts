// Streams a roster CSV into a budget: header aliases, per-row validation, pricing, grouping.
// Every row is either added to the budget or reported as an error; none is dropped.
import { MONTH_COLUMN, type BudgetBuilder } from "../domain/budget.js";
import { PricingError, type Pricer, type PricingErrorCode } from "../domain/contribution.js";
import type { Explanation } from "../domain/explain.js";
import type { WindowTally } from "../domain/window.js";
import type { DecimalMark } from "../domain/money.js";
import { formatMonth, MAX_MONTHS, numericDateOrder, type Month } from "../domain/month.js";
import { checkNik, maskNik, nikPrefix } from "../domain/nik.js";
import { NikRegistry } from "../domain/nik-registry.js";
import type { Program } from "../domain/program.js";
import { incomeField, monthsField, programsField, riskClassField, segmentField, startField, wageField, type FieldReading } from "../domain/worker-fields.js";
import { UNSTATED_FUNDING, type FundingVocabulary } from "../domain/funding.js";
import { quoteCell } from "../domain/personal-data.js";
import { isRegionHeader, REGION_VALUES_KEPT } from "../domain/region-name.js";
import { warning, type Warning } from "../text/message.js";
import { t } from "../text/render.js";
import { labelKey, termsKey, type Segment, type WorkerTerms } from "../domain/worker.js";
import { CsvSyntaxError, openCsv, type CsvRecord, type ReadOptions } from "./csv-source.js";
import { ErrorList, type InputError, type InputErrorCode } from "./input-error.js";
import { placeOf, sheetOf } from "./input-position.js";
import type { Delimiter, Encoding } from "./text-decoding.js";
import type { LoadedFile } from "./tariff-file.js";

import { FooterHold, footerSkipped, footerTotalsDisagree, type AcceptedFigures } from "./roster-footer.js";
import { canonicalColumn, groupColumnName, headerList, looksLikeWorker, mapHeader, ROSTER_COLUMNS, unreadLookalikes, type HeaderProblem, type RosterColumn } from "./roster-header.js";

export { canonicalColumn, columnAliases, groupColumnName, ROSTER_COLUMNS, type RosterColumn } from "./roster-header.js";
/** How many leading rows may be a title above the header. */
const TITLE_ROWS = 5;

/** Values that apply to rows which do not state their own (from command-line flags). */
export interface RosterDefaults {
  start: Month | null;
  months: number;
  /** --year/--until without --months: a row with no months cell runs from its start to this month. */
  monthsUntil?: Month | null;
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
  /** "xlsx" for a workbook, whose delimiter is "". */
  encoding: Encoding | "xlsx";
  delimiter: Delimiter | "";
  /** The sheet read, for a workbook. */
  sheet?: string;
  /** Rows read = accepted + rejected + skipped; blank lines and the header are not rows. */
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Lines that cannot be workers, skipped with a warning: a title above the header, a footer under the data. */
  rowsSkipped: number;
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
  /** Reads funding cells into categories (with the user's --funding-map). */
  funding: FundingVocabulary;
}

/** Where accepted rows go; without a pricer rows are only validated (iuran audit without a period). */
export interface RosterSink {
  pricer?: Pricer;
  builder?: BudgetBuilder;
  explanation?: Explanation;
  /** --year/--until: each row's months are cut to the window before pricing, and what falls outside is counted. */
  window?: WindowTally;
}

/** Receives each rejected row with its reasons (--rejects). */
export interface RejectedRowSink {
  /** A promise when the sink is behind (a workbook being zipped): the reader waits for it, so memory stays bounded. */
  reject(file: string, header: readonly string[], fields: readonly string[], nikIndex: number | undefined, line: number, errors: readonly InputError[]): void | Promise<void>;
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
  /** Per workbook, NIKs read from number cells (intact, 16 digits): counted for one warning each. */
  private readonly niksStoredAsNumbers = new Map<string, { count: number; first: string; column: string }>();
  private readonly headerNotes: Warning[] = [];
  /** Per file, numeric start dates by the order they show: a file with both a month/day date and dates that read either way is flagged. */
  private readonly dateOrders = new Map<string, { monthFirst: number; firstMonthFirst: number; either: number; firstEither: number }>();
  /** The distinct values of a region (kabupaten/kota) column, if a roster has one: which region's names to check. */
  readonly regionsNamed = new Set<string>();

  constructor(
    private readonly options: RosterOptions,
    private readonly sink: RosterSink,
    private readonly rejects?: RejectedRowSink,
  ) {}

  /**
   * Warnings (not errors): titles and footers skipped, a footer's total that disagrees, headers read by their words or
   * not read, NIKs whose prefix is no kecamatan.
   */
  warnings(): Warning[] {
    const { count, first } = this.unknownPrefixes;
    const prefixes =
      count === 0
        ? []
        : [warning("UNKNOWN_NIK_PREFIX", t("roster.unknownNikPrefix", { count, first }))];
    const mixed = [...this.dateOrders]
      .filter(([, orders]) => orders.monthFirst > 0 && orders.either > 0)
      .map(([file, orders]) => warning("DATE_ORDER_MIXED", t("roster.dateOrderMixed", { file, monthFirst: orders.monthFirst, firstMonthFirst: orders.firstMonthFirst, either: orders.either, firstEither: orders.firstEither })));
    const numbers = [...this.niksStoredAsNumbers].map(([file, { count, first, column }]) => warning("NIK_STORED_AS_NUMBER", t("workbookIn.nikStoredAsNumber", { file, count, first, column })));
    return [...this.headerNotes, ...prefixes, ...mixed, ...numbers];
  }

  /** Notes the order a numeric start date shows (month.ts numericDateOrder). */
  private noteDateOrder(file: string, line: number, text: string): void {
    const order = numericDateOrder(text);
    if (order === undefined || order === "dayFirst") return;
    const orders = this.dateOrders.get(file) ?? { monthFirst: 0, firstMonthFirst: 0, either: 0, firstEither: 0 };
    if (order === "monthFirst" && orders.monthFirst++ === 0) orders.firstMonthFirst = line;
    if (order === "either" && orders.either++ === 0) orders.firstEither = line;
    this.dateOrders.set(file, orders);
  }

  async read(file: string): Promise<RosterRun> {
    const { groupBy, defaults, columnMap } = this.options;
    const source = await openCsv(file, this.options.read);
    const sourceIndex = this.runs.length;
    let header: readonly string[] | undefined;
    let columns: Map<RosterColumn, number> | undefined;
    let groupValues: GroupValue[] = [];
    let regionIndex = -1;
    let rowsAccepted = 0;
    let rowsRejected = 0;
    let headerLine = 1;
    const headerError = (code: InputErrorCode, message: string, line = headerLine) => this.errors.add({ file, line, column: 0, code, message });
    // Excel exports often carry a title above the header ("DAFTAR PEKERJA RENTAN …"): the header is the first of the
    // leading rows that names the required columns. Only rows that cannot be workers (no NIK-like cell) may be a
    // title; a worker above the header (a header sorted into the data, or no header at all) stops the run.
    const aboveHeader: { line: number; fields: readonly string[]; problem: HeaderProblem }[] = [];
    let workerAboveHeader: number | undefined;
    // Rows under the data that cannot be workers (JUMLAH, signatures) are held back until a worker row follows them
    // (they are ordinary rows) or the file ends (they are the footer, skipped): see roster-footer.ts.
    const footer = new FooterHold();
    const accepted: AcceptedFigures = { workers: 0n, months: 0n, income: 0n, wage: 0n };

    try {
      for await (const record of footer.rows(source.records, () => columns)) {
        const { line, kinds } = record;
        // A workbook row simply ends after its last cell: the cells after it are empty, not cut off.
        const fields = source.workbook && header !== undefined && record.fields.length < header.length ? padded(record.fields, header.length) : record.fields;
        const blank = fields.every((field) => field.trim() === "");
        if (header === undefined) {
          if (blank) continue;
          const mapped = mapHeader(fields, columnMap);
          if (workerAboveHeader !== undefined) {
            // Looking past the worker rows for the header, only to say where it is.
            if ("code" in mapped) continue;
            headerError("NO_HEADER", t("roster.noHeaderAbove", { workerLine: workerAboveHeader, headerLine: line }), workerAboveHeader);
            header = [];
            break;
          }
          if ("code" in mapped) {
            if (looksLikeWorker(fields)) {
              // Workers right under a row that failed as a header: that row is the header, with a fault to report.
              if (aboveHeader.length > 0) {
                const faulty = aboveHeader[aboveHeader.length - 1]!;
                header = faulty.fields;
                headerLine = faulty.line;
                headerError(faulty.problem.code, faulty.problem.message);
                break;
              }
              workerAboveHeader = line;
              continue;
            }
            aboveHeader.push({ line, fields, problem: mapped });
            if (mapped.code === "MISSING_COLUMN" && aboveHeader.length < TITLE_ROWS) continue;
            // No header within reach: report the first row's problem; a duplicated column is a faulty header, not a title.
            const reported = mapped.code === "MISSING_COLUMN" ? aboveHeader[0]! : aboveHeader[aboveHeader.length - 1]!;
            header = reported.fields;
            headerLine = reported.line;
            headerError(reported.problem.code, reported.problem.message);
            break;
          }
          // A line above the header with a name and a kecamatan where the header puts them may be a worker whose NIK
          // is missing or mistyped: it is no title, and the run stops rather than skip it.
          const named = (row: readonly string[], column: RosterColumn) => (row[mapped.columns.get(column)!] ?? "").trim() !== "";
          const worker = aboveHeader.find(({ fields: row }) => named(row, "name") && named(row, "district"));
          if (worker) {
            headerError("NO_HEADER", t("roster.namedAboveHeader", { workerLine: worker.line, headerLine: line }), worker.line);
            header = [];
            break;
          }
          header = fields;
          headerLine = line;
          columns = mapped.columns;
          regionIndex = fields.findIndex(isRegionHeader);
          if (aboveHeader.length > 0) {
            // The title is not quoted: whatever it says, a warning carries no cell of the roster.
            this.headerNotes.push(warning("TITLE_SKIPPED", t("roster.titleSkipped", { file, line, lines: aboveHeader.length })));
          }
          for (const { header: name, column } of mapped.readByWords) this.headerNotes.push(warning("COLUMN_READ_BY_WORDS", t("roster.readByWords", { file, header: quoteCell(name, 40), column })));
          this.headerNotes.push(...unreadLookalikes(file, fields, columns));
          const readers = groupBy.map((name) => groupValueReader(name, fields, columns!, columnMap));
          const unknown = readers.findIndex((reader) => reader === undefined);
          if (unknown >= 0) {
            headerError("MISSING_COLUMN", t("roster.noGroupColumn", { name: quoteCell(groupBy[unknown]!), header: headerList(fields) }));
            break;
          }
          groupValues = readers as GroupValue[];
          if (!columns.has("start") && defaults.start === null && this.sink.pricer) {
            headerError("MISSING_COLUMN", t("roster.noStartColumn"));
            break;
          }
          continue;
        }
        if (blank) continue;
        const rowErrors: InputError[] = [];
        const read = this.readRow(file, line, fields, header, columns!, rowErrors, kinds);
        // A row with no month in the window is still accepted (and counted), but not priced.
        const cut = read && this.sink.window?.clip(read.start, read.months);
        const row = read && cut ? { ...read, start: cut.start, months: cut.months } : read;
        const priced = row && row.months > 0 && this.sink.pricer ? this.price(file, line, row, columns!, rowErrors) : undefined;
        // Only a row that would be paid is registered: a corrected copy of a rejected row is no duplicate.
        if (row && rowErrors.length === 0) this.checkDuplicate(file, sourceIndex, line, row.nik, columns!, rowErrors);
        if (rowErrors.length > 0) {
          for (const error of rowErrors) this.errors.add(error);
          await this.rejects?.reject(file, header, fields, columns!.get("nik"), line, rowErrors);
          rowsRejected++;
          continue;
        }
        if (cut) this.sink.window!.count(cut);
        if (row && priced) {
          this.sink.builder?.add(groupValues.map((value) => value(fields, row)), row.terms.programs, priced.period, row.start, row.months);
          this.sink.explanation?.add(row.terms, priced.key, row.start, row.months);
        }
        if (read) {
          // The months as the roster states them, not as cut to a --year window: a footer's total sums the former.
          accepted.workers++;
          accepted.months += BigInt(read.months);
          accepted.income += read.terms.income;
          accepted.wage += read.terms.wage ?? 0n;
        }
        const region = regionIndex < 0 ? "" : (fields[regionIndex] ?? "").trim();
        if (region !== "" && this.regionsNamed.size < REGION_VALUES_KEPT) this.regionsNamed.add(region);
        rowsAccepted++;
      }
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      // A workbook that cannot be read at all has no header to look for.
      if (error.error.line === 0) header ??= [];
      this.errors.add(error.error);
      if (!header) header = [];
    }
    if (header === undefined && workerAboveHeader !== undefined) {
      headerError("NO_HEADER", t("roster.noHeader", { line: workerAboveHeader }), workerAboveHeader);
      header = [];
    }
    // A file whose only rows are title-like: the first one is reported as the header it failed to be.
    if (header === undefined && aboveHeader.length > 0) {
      headerLine = aboveHeader[0]!.line;
      headerError(aboveHeader[0]!.problem.code, aboveHeader[0]!.problem.message);
      header = aboveHeader[0]!.fields;
    }
    // (A file that broke before its header was read has had its error already.)
    if (header === undefined || (header.length > 0 && header.every((name) => name.trim() === ""))) {
      headerError("MISSING_COLUMN", t("roster.empty"));
    }
    // Title lines count as rows read and skipped only once a header below them was found.
    const rowsSkipped = columns === undefined ? 0 : aboveHeader.length + footer.footer.length;
    if (columns !== undefined && header !== undefined) {
      this.headerNotes.push(...footerSkipped(file, footer.footer));
      this.headerNotes.push(...footerTotalsDisagree(file, footer.footer, header, columns, accepted, rowsRejected, this.options.decimalMark));
    }
    const run: RosterRun = {
      file: { file, sha256: source.sha256() },
      encoding: source.workbook ? "xlsx" : source.encoding,
      delimiter: source.workbook ? "" : source.delimiter,
      sheet: sheetOf(file),
      rowsRead: rowsAccepted + rowsRejected + rowsSkipped,
      rowsAccepted,
      rowsRejected,
      rowsSkipped,
    };
    this.runs.push(run);
    return run;
  }

  private noteNikStoredAsNumber(file: string, line: number, column: string): void {
    const noted = this.niksStoredAsNumbers.get(file);
    if (noted) noted.count++;
    else this.niksStoredAsNumbers.set(file, { count: 1, first: placeOf(file, line), column: quoteCell(column, 40) });
  }

  private checkDuplicate(file: string, sourceIndex: number, line: number, nik: string, columns: Map<RosterColumn, number>, rowErrors: InputError[]): void {
    const seen = this.niks.add(nik, { source: sourceIndex, line });
    if (!seen) return;
    const shown = this.options.showNik ? nik : maskNik(nik);
    const message =
      seen.source === sourceIndex
        ? t("roster.duplicateNik", { nik: shown, line: seen.line })
        : t("roster.duplicateNikElsewhere", { nik: shown, place: placeOf(this.runs[seen.source]?.file.file ?? t("roster.earlierRoster"), seen.line) });
    rowErrors.push({ file, line, column: (columns.get("nik") ?? -1) + 1, code: "DUPLICATE_NIK", message });
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
    kinds?: CsvRecord["kinds"],
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

    // A row that ends before a column iuran reads (a line cut short, a truncated file) is not priced with defaults in
    // place of what was cut off; columns iuran does not read may be missing.
    if (fields.length < header.length) {
      const missing = [...columns].filter(([, index]) => index >= fields.length).sort((a, b) => a[1] - b[1]);
      if (missing.length > 0) {
        fail(fields.length, "TOO_FEW_FIELDS", t("roster.tooFewFields", { fields: fields.length, header: header.length, missing: missing.map(([column]) => column) }));
        return undefined;
      }
    }
    // A value beyond the header's last column has no name: usually a delimiter inside an unquoted value.
    const stray = fields.findIndex((field, index) => index >= header.length && field.trim() !== "");
    if (stray >= 0) {
      const beyond = fields.slice(header.length).filter((field) => field.trim() !== "");
      const extra = beyond.slice(0, 3).map((field) => quoteCell(field)).join(", ") + (beyond.length > 3 ? ", …" : "");
      fail(stray, "TOO_MANY_FIELDS", t("roster.tooManyFields", { fields: fields.length, header: header.length, extra }));
    }
    // A workbook cell iuran reads that holds an error value or a formula never calculated has no value to read.
    if (kinds !== undefined) {
      for (const [column, index] of columns) {
        if (kinds[index] === "error") fail(column, "CELL_ERROR", t("workbookIn.cellError", { value: quoteCell(fields[index] ?? "") }));
        else if (kinds[index] === "uncalculated") fail(column, "FORMULA_NOT_CALCULATED", t("workbookIn.formulaNotCalculated"));
      }
      if (rowErrors.length > 0) return undefined;
    }
    const nikIndex = columns.get("nik");
    const nik = checkNik(cell("nik"));
    if (!nik.ok) fail("nik", nik.code, nik.reason);
    else if (nikIndex !== undefined && kinds?.[nikIndex] === "number") this.noteNikStoredAsNumber(file, line, header[nikIndex] ?? "");
    else if (this.options.knownPrefixes && !this.options.knownPrefixes.has(nikPrefix(nik.nik))) {
      if (this.unknownPrefixes.count++ === 0) this.unknownPrefixes.first = placeOf(file, line);
    }
    if (cell("name") === "") fail("name", "MISSING_VALUE", t("roster.nameEmpty"));
    if (cell("district") === "") fail("district", "MISSING_VALUE", t("roster.districtEmpty"));

    // Each field is read by the same rule as its command-line flag (worker-fields.ts); an empty cell takes the flag's.
    const field = <T>(column: RosterColumn, read: (text: string) => FieldReading<T>, fallback: T): T => {
      if (cell(column) === "") return fallback;
      const reading = read(cell(column));
      if (reading.ok) return reading.value;
      fail(column, reading.code, reading.message);
      return fallback;
    };
    const income = field("income", (text) => incomeField(text, decimalMark), defaults.income);
    const wage = field<bigint | null>("wage", (text) => wageField(text, decimalMark), defaults.wage);
    const programs = field<readonly Program[]>("programs", programsField, defaults.programs);
    const segment = field("segment", segmentField, defaults.segment);
    const riskClass = field<number | null>("risk_class", riskClassField, defaults.riskClass);
    const start = field<Month | null>("start", startField, defaults.start);
    if (cell("start") !== "") this.noteDateOrder(file, line, cell("start"));
    if (cell("start") === "" && start === null && this.sink.pricer) fail("start", "MISSING_VALUE", t("roster.startEmpty"));
    const runsToWindowEnd = cell("months") === "" && defaults.monthsUntil != null && start !== null && start <= defaults.monthsUntil;
    const months = runsToWindowEnd ? Math.min(defaults.monthsUntil! - start! + 1, MAX_MONTHS) : field("months", monthsField, defaults.months);
    let funding = defaults.funding;
    if (cell("funding") !== "") {
      const reading = this.options.funding.resolve(cell("funding"));
      if (!reading.ok) fail("funding", "UNKNOWN_FUNDING", t("funding.refused", { value: quoteCell(cell("funding")), reason: reading.reason }));
      else if (reading.source !== UNSTATED_FUNDING) funding = reading.source;
    }
    if (rowErrors.length > 0 || !nik.ok) return undefined;
    const terms: WorkerTerms = {
      segment,
      programs,
      income,
      wage,
      riskClass,
      sector: cell("sector") || defaults.sector,
      funding,
    };
    return { nik: nik.nik, terms, start: start ?? 0, months };
  }
}

/** How one grouping column gets its value for a row: the effective value for priced columns, else the cell. */
function groupValueReader(name: string, header: readonly string[], columns: Map<RosterColumn, number>, columnMap: ReadonlyMap<RosterColumn, string>): GroupValue | undefined {
  const column = groupColumnName(name, columnMap);
  switch (column) {
    case "nik":
      // Grouped by the whole NIK (two workers can share a masked form); the report renderers mask it.
      return (_, row) => row.nik;
    case MONTH_COLUMN:
      return () => "";
    case "sector":
      return (_, row) => row.terms.sector.toLowerCase();
    case "funding":
      // The category's name: "APBD Kab. Sijunjung" and "APBD-P" are one source.
      return (_, row) => row.terms.funding;
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
  const canonical = column in ROSTER_COLUMNS ? (column as RosterColumn) : canonicalColumn(column);
  const index = canonical !== undefined ? columns.get(canonical) : header.findIndex((field) => labelKey(field) === labelKey(name));
  if (index === undefined || index < 0) return undefined;
  return (fields) => (fields[index] ?? "").trim();
}

/** Fields padded with empty cells to a width. */
function padded(fields: readonly string[], width: number): string[] {
  const all = [...fields];
  while (all.length < width) all.push("");
  return all;
}
