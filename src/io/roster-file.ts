// Streams a roster CSV into a budget: header aliases, per-row validation, pricing, grouping.
// Every row is either added to the budget or reported as an error; none is dropped.
import { MONTH_COLUMN, type BudgetBuilder } from "../domain/budget.js";
import { PricingError, type Pricer } from "../domain/contribution.js";
import { parseRupiah } from "../domain/money.js";
import { formatMonth, parseMonth, type Month } from "../domain/month.js";
import { checkNik } from "../domain/nik.js";
import { parsePrograms, type Program } from "../domain/program.js";
import { isSegment, labelKey, termsKey, type Segment, type WorkerTerms } from "../domain/worker.js";
import { CsvSyntaxError, openCsv } from "./csv-source.js";
import type { ErrorList, InputErrorCode } from "./input-error.js";
import type { LoadedFile } from "./tariff-file.js";

/** Canonical roster columns and the headers accepted for each (compared without case, spaces or punctuation). */
export const ROSTER_COLUMNS = {
  nik: ["nik", "noktp", "nomorktp", "nomorinduk", "nomorindukkependudukan"],
  name: ["name", "nama", "namalengkap", "namapekerja", "namapeserta"],
  district: ["district", "kecamatan", "kec"],
  village: ["village", "nagari", "desa", "kelurahan", "nagaridesa", "desanagari", "desakelurahan", "nagaridesakelurahan"],
  occupation: ["occupation", "pekerjaan", "profesi", "jenispekerjaan"],
  sector: ["sector", "sektor"],
  income: ["income", "penghasilan", "pendapatan", "penghasilanperbulan"],
  programs: ["programs", "program", "programmes", "programme"],
  start: ["start", "mulai", "bulanmulai"],
  months: ["months", "bulan", "jumlahbulan", "lamabulan"],
  funding: ["funding", "sumberdana", "sumberpendanaan", "pendanaan", "pembiayaan"],
  segment: ["segment", "segmen"],
  wage: ["wage", "upah", "gaji"],
  risk_class: ["riskclass", "risk", "kelompokrisiko", "tingkatrisiko", "risiko"],
} as const;
export type RosterColumn = keyof typeof ROSTER_COLUMNS;
const REQUIRED: readonly RosterColumn[] = ["nik", "name", "district"];
/** How the usual Indonesian exports head the required columns, for messages. */
const REQUIRED_EXAMPLES: Record<string, string> = { nik: "NIK, No KTP", name: "Nama", district: "Kecamatan" };

export function headerKey(header: string): string {
  return labelKey(header);
}

/** The canonical column a header or --by name stands for, if any. */
export function canonicalColumn(name: string): RosterColumn | undefined {
  const key = headerKey(name);
  for (const [column, aliases] of Object.entries(ROSTER_COLUMNS)) {
    if ((aliases as readonly string[]).includes(key)) return column as RosterColumn;
  }
  return undefined;
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
}

export interface RosterRun {
  file: LoadedFile;
  rowsRead: number;
  rowsAccepted: number;
}

/** A problem with the roster as a whole (its header), rather than a row: reported before any row is read. */
export class RosterHeaderError extends Error {
  constructor(
    readonly file: string,
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function groupColumnName(name: string): string {
  return name === MONTH_COLUMN ? MONTH_COLUMN : (canonicalColumn(name) ?? name);
}

export async function addRoster(
  file: string,
  options: { groupBy: readonly string[]; defaults: RosterDefaults; pricer: Pricer; builder: BudgetBuilder; errors: ErrorList },
): Promise<RosterRun> {
  const { groupBy, defaults, pricer, builder, errors } = options;
  const source = await openCsv(file);
  let columns: Map<RosterColumn, number> | undefined;
  let groupSlots: ((fields: readonly string[], effective: Effective) => string)[] = [];
  let rowsRead = 0;
  let rowsAccepted = 0;

  try {
    for await (const { fields, line } of source.records) {
      if (!columns) {
        columns = mapHeader(file, fields);
        groupSlots = groupBy.map((name) => groupValueReader(file, name, fields, columns!));
        if (!columns.has("start") && defaults.start === null) {
          throw new RosterHeaderError(file, "MISSING_COLUMN", "the roster has no start column: give the first month with --start YYYY-MM");
        }
        continue;
      }
      if (fields.every((field) => field.trim() === "")) continue;
      rowsRead++;
      const row = readRow(file, line, fields, columns, defaults, errors);
      if (!row) continue;
      let period;
      try {
        period = pricer.period(row.terms, termsKey(row.terms), row.start, row.months);
      } catch (error) {
        if (!(error instanceof PricingError)) throw error;
        const column = pricingColumn(error, row.terms.segment, columns);
        errors.add({ file, line, column, code: error.code, message: error.message });
        continue;
      }
      const effective: Effective = row;
      builder.add(
        groupSlots.map((slot) => slot(fields, effective)),
        row.terms.programs,
        period,
        row.start,
        row.months,
      );
      rowsAccepted++;
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      errors.add(error.error);
    } else {
      throw error;
    }
  }
  if (!columns) throw new RosterHeaderError(file, "MISSING_COLUMN", "the roster is empty: expected a header row with nik,name,district");
  return { file: { file, sha256: source.sha256() }, rowsRead, rowsAccepted };
}

interface Effective {
  terms: WorkerTerms;
  start: Month;
  months: number;
}

function mapHeader(file: string, header: readonly string[]): Map<RosterColumn, number> {
  const columns = new Map<RosterColumn, number>();
  header.forEach((name, index) => {
    const column = canonicalColumn(name);
    if (!column) return;
    if (columns.has(column)) {
      throw new RosterHeaderError(
        file,
        "DUPLICATE_COLUMN",
        `columns "${header[columns.get(column)!]}" and "${name}" both give ${column}; keep one`,
      );
    }
    columns.set(column, index);
  });
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    const accepted = missing.map((column) => `"${column}" (or ${REQUIRED_EXAMPLES[column]})`).join(", ");
    throw new RosterHeaderError(
      file,
      "MISSING_COLUMN",
      `required column${missing.length > 1 ? "s" : ""} ${accepted} not found; the header has: ${header.join(", ")}`,
    );
  }
  return columns;
}

/** How one grouping column gets its value for a row: the effective value for priced columns, else the cell. */
function groupValueReader(
  file: string,
  name: string,
  header: readonly string[],
  columns: Map<RosterColumn, number>,
): (fields: readonly string[], effective: Effective) => string {
  if (name === MONTH_COLUMN) return () => "";
  const column = canonicalColumn(name);
  switch (column) {
    case "sector":
      return (_, row) => row.terms.sector;
    case "funding":
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
  const index = column !== undefined ? columns.get(column) : header.findIndex((header) => headerKey(header) === headerKey(name));
  if (index === undefined || index < 0) {
    throw new RosterHeaderError(file, "MISSING_COLUMN", `cannot group by "${name}": the roster has no such column (it has: ${header.join(", ")})`);
  }
  return (fields) => (fields[index] ?? "").trim();
}

function readRow(
  file: string,
  line: number,
  fields: readonly string[],
  columns: Map<RosterColumn, number>,
  defaults: RosterDefaults,
  errors: ErrorList,
): Effective | undefined {
  let valid = true;
  const fail = (column: RosterColumn, code: InputErrorCode, message: string) => {
    valid = false;
    errors.add({ file, line, column: (columns.get(column) ?? -1) + 1, code, message });
  };
  const cell = (column: RosterColumn): string => {
    const index = columns.get(column);
    return index === undefined ? "" : (fields[index] ?? "").trim();
  };

  const nik = checkNik(cell("nik"));
  if (!nik.ok) fail("nik", "INVALID_NIK", nik.reason);
  if (cell("name") === "") fail("name", "MISSING_VALUE", "name is empty");
  if (cell("district") === "") fail("district", "MISSING_VALUE", "district (kecamatan) is empty");

  let income = defaults.income;
  if (cell("income") !== "") {
    const parsed = parseRupiah(cell("income"));
    if (parsed.ok) income = parsed.rupiah;
    else fail("income", "INVALID_AMOUNT", `income "${cell("income")}" ${parsed.reason}`);
  }
  let wage: bigint | null = null;
  if (cell("wage") !== "") {
    const parsed = parseRupiah(cell("wage"));
    if (parsed.ok) wage = parsed.rupiah;
    else fail("wage", "INVALID_AMOUNT", `wage "${cell("wage")}" ${parsed.reason}`);
  }
  let programs = defaults.programs;
  if (cell("programs") !== "") {
    const parsed = parsePrograms(cell("programs"));
    if (parsed.ok) programs = parsed.programs;
    else fail("programs", "INVALID_PROGRAM", `programs "${cell("programs")}" ${parsed.reason}`);
  }
  let segment = defaults.segment;
  if (cell("segment") !== "") {
    const upper = cell("segment").toUpperCase();
    if (isSegment(upper)) segment = upper;
    else fail("segment", "INVALID_SEGMENT", `segment must be BPU or PU, got "${cell("segment")}"`);
  }
  let riskClass: number | null = null;
  if (cell("risk_class") !== "") {
    if (/^[1-5]$/.test(cell("risk_class"))) riskClass = Number(cell("risk_class"));
    else fail("risk_class", "INVALID_RISK_CLASS", `risk class must be 1 to 5, got "${cell("risk_class")}"`);
  }
  let start = defaults.start;
  if (cell("start") !== "") {
    const parsed = parseMonth(cell("start"));
    if (parsed !== undefined) start = parsed;
    else fail("start", "INVALID_MONTH", `start must be a month like 2022-04, got "${cell("start")}"`);
  } else if (start === null) {
    fail("start", "MISSING_VALUE", "start is empty and no --start was given");
  }
  let months = defaults.months;
  if (cell("months") !== "") {
    if (/^\d{1,4}$/.test(cell("months")) && Number(cell("months")) >= 1) months = Number(cell("months"));
    else fail("months", "INVALID_MONTHS", `months must be a whole number from 1, got "${cell("months")}"`);
  }
  if (!valid || start === null) return undefined;
  const terms: WorkerTerms = {
    segment,
    programs,
    income,
    wage,
    riskClass,
    sector: cell("sector") || defaults.sector,
    funding: cell("funding") || defaults.funding,
  };
  return { terms, start, months };
}

/** The roster column a pricing problem points at. */
function pricingColumn(error: PricingError, segment: Segment, columns: Map<RosterColumn, number>): number {
  const column: RosterColumn | undefined =
    error.code === "INCOME_BELOW_FLOOR" || error.code === "INCOME_ABOVE_CEILING"
      ? segment === "PU"
        ? "wage"
        : "income"
      : error.code === "MISSING_WAGE"
        ? "wage"
        : error.code === "MISSING_RISK_CLASS"
          ? "risk_class"
          : undefined;
  return column === undefined ? 0 : (columns.get(column) ?? -1) + 1;
}
