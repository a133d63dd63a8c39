// Streams a roster CSV into a budget: header aliases, per-row validation, pricing, grouping.
// Every row is either added to the budget or reported as an error; none is dropped.
import { MONTH_COLUMN, type BudgetBuilder } from "../domain/budget.js";
import { PricingError, type Pricer, type PricingErrorCode } from "../domain/contribution.js";
import type { Explanation } from "../domain/explain.js";
import { parseRupiah } from "../domain/money.js";
import { formatMonth, MAX_MONTHS, parseMonth, parseMonthCount, type Month } from "../domain/month.js";
import { checkNik } from "../domain/nik.js";
import { parsePrograms, type Program } from "../domain/program.js";
import { fundingLabel, labelKey, parseRiskClass, parseSegment, termsKey, type Segment, type WorkerTerms } from "../domain/worker.js";
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
  // Not "bulan" alone: in Indonesian that is the calendar month, which --by bulan groups by.
  months: ["months", "jumlahbulan", "lamabulan", "lama"],
  funding: ["funding", "sumberdana", "sumberpendanaan", "pendanaan", "pembiayaan"],
  segment: ["segment", "segmen"],
  wage: ["wage", "upah", "gaji"],
  risk_class: ["riskclass", "risk", "kelompokrisiko", "tingkatrisiko", "risiko"],
} as const;
export type RosterColumn = keyof typeof ROSTER_COLUMNS;
const REQUIRED: readonly RosterColumn[] = ["nik", "name", "district"];
/** How the usual Indonesian exports head the required columns, for messages. */
const REQUIRED_EXAMPLES: Record<string, string> = { nik: "NIK, No KTP", name: "Nama", district: "Kecamatan" };
const MONTH_NAMES = ["month", "bulan"];

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
  rowsRead: number;
  rowsAccepted: number;
}

interface PricedRow {
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

export async function addRoster(
  file: string,
  options: {
    groupBy: readonly string[];
    defaults: RosterDefaults;
    pricer: Pricer;
    builder: BudgetBuilder;
    errors: ErrorList;
    explanation?: Explanation;
  },
): Promise<RosterRun> {
  const { groupBy, defaults, pricer, builder, errors, explanation } = options;
  const source = await openCsv(file);
  let header: readonly string[] | undefined;
  let columns: Map<RosterColumn, number> | undefined;
  let groupValues: GroupValue[] = [];
  let rowsRead = 0;
  let rowsAccepted = 0;
  const headerError = (code: InputErrorCode, message: string) => errors.add({ file, line: 1, column: 0, code, message });

  try {
    for await (const { fields, line } of source.records) {
      if (!header) {
        header = fields;
        const mapped = mapHeader(fields);
        if (typeof mapped === "string") {
          headerError("MISSING_COLUMN", mapped);
          break;
        }
        columns = mapped;
        const readers = groupBy.map((name) => groupValueReader(name, fields, mapped));
        const unknown = readers.findIndex((reader) => reader === undefined);
        if (unknown >= 0) {
          headerError("MISSING_COLUMN", `cannot group by "${groupBy[unknown]}": the roster has no such column (it has: ${fields.join(", ")})`);
          break;
        }
        groupValues = readers as GroupValue[];
        if (!columns.has("start") && defaults.start === null) {
          headerError("MISSING_COLUMN", "the roster has no start column: give the first month with --start YYYY-MM");
          break;
        }
        continue;
      }
      if (fields.every((field) => field.trim() === "")) continue;
      rowsRead++;
      const row = readRow(file, line, fields, header, columns!, defaults, errors);
      if (!row) continue;
      const key = termsKey(row.terms);
      let period;
      try {
        period = pricer.period(row.terms, key, row.start, row.months);
      } catch (error) {
        if (!(error instanceof PricingError)) throw error;
        const column = PRICING_COLUMN[error.code]?.(row.terms.segment);
        errors.add({ file, line, column: column === undefined ? 0 : (columns!.get(column) ?? -1) + 1, code: error.code, message: error.message });
        continue;
      }
      builder.add(
        groupValues.map((value) => value(fields, row)),
        row.terms.programs,
        period,
        row.start,
        row.months,
      );
      explanation?.add(row.terms, key, row.start, row.months);
      rowsAccepted++;
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    errors.add(error.error);
  }
  if (!header || header.every((name) => name.trim() === "")) {
    headerError("MISSING_COLUMN", "the roster is empty: expected a header row such as nik,name,district");
  }
  return { file: { file, sha256: source.sha256() }, rowsRead, rowsAccepted };
}

/** Maps headers to canonical columns, or says what is wrong with the header. */
function mapHeader(header: readonly string[]): Map<RosterColumn, number> | string {
  const columns = new Map<RosterColumn, number>();
  for (const [index, name] of header.entries()) {
    const column = canonicalColumn(name);
    if (!column) continue;
    if (columns.has(column)) return `columns "${header[columns.get(column)!]}" and "${name}" both give ${column}; keep one`;
    columns.set(column, index);
  }
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length === 0) return columns;
  if (header.every((name) => name.trim() === "")) return "the roster is empty: expected a header row such as nik,name,district";
  const accepted = missing.map((column) => `"${column}" (or ${REQUIRED_EXAMPLES[column]})`).join(", ");
  const semicolons = header.length === 1 && header[0]!.includes(";") ? "; the file seems to use ';' between columns, as Excel does in an Indonesian locale" : "";
  return `required column${missing.length > 1 ? "s" : ""} ${accepted} not found; the header has: ${header.join(", ")}${semicolons}`;
}

/** How one grouping column gets its value for a row: the effective value for priced columns, else the cell. */
function groupValueReader(name: string, header: readonly string[], columns: Map<RosterColumn, number>): GroupValue | undefined {
  const column = groupColumnName(name);
  switch (column) {
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

function readRow(
  file: string,
  line: number,
  fields: readonly string[],
  header: readonly string[],
  columns: Map<RosterColumn, number>,
  defaults: RosterDefaults,
  errors: ErrorList,
): PricedRow | undefined {
  let valid = true;
  const fail = (column: RosterColumn | number, code: InputErrorCode, message: string) => {
    valid = false;
    const index = typeof column === "number" ? column : (columns.get(column) ?? -1);
    errors.add({ file, line, column: index + 1, code, message });
  };
  const cell = (column: RosterColumn): string => {
    const index = columns.get(column);
    return index === undefined ? "" : (fields[index] ?? "").trim();
  };

  // A value beyond the header's last column has no name: usually a delimiter inside an unquoted value.
  const stray = fields.findIndex((field, index) => index >= header.length && field.trim() !== "");
  if (stray >= 0) {
    fail(stray, "TOO_MANY_FIELDS", `the row has ${fields.length} fields but the header has ${header.length}; quote values that contain a comma`);
  }
  const nik = checkNik(cell("nik"));
  if (!nik.ok) fail("nik", "INVALID_NIK", nik.reason);
  if (cell("name") === "") fail("name", "MISSING_VALUE", "name is empty");
  if (cell("district") === "") fail("district", "MISSING_VALUE", "district (kecamatan) is empty");

  const rupiah = (column: "income" | "wage", fallback: bigint | null): bigint | null => {
    if (cell(column) === "") return fallback;
    const parsed = parseRupiah(cell(column));
    if (parsed.ok) return parsed.rupiah;
    fail(column, "INVALID_AMOUNT", `${column} "${cell(column)}" ${parsed.reason}`);
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
  } else if (start === null) {
    fail("start", "MISSING_VALUE", "start is empty and no --start was given");
  }
  let months = defaults.months;
  if (cell("months") !== "") {
    const parsed = parseMonthCount(cell("months"));
    if (parsed !== undefined) months = parsed;
    else fail("months", "INVALID_MONTHS", `months must be a whole number from 1 to ${MAX_MONTHS}, got "${cell("months")}"`);
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
