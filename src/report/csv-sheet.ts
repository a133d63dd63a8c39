// A report's plain CSV as a typed sheet, for the commands without a workbook of their own: the columns --excel knows
// as numbers (report/excel-csv.ts) become number cells (rupiah where the column is an amount), the rest text, every
// heading as --excel names it in the report's language. Rows are all data rows: such a CSV has no totals row.
import { parse } from "csv-parse/sync";
import { Decimal } from "decimal.js";
import { excelHeading, NUMBER_COLUMNS } from "./excel-csv.js";
import type { Lang } from "./format.js";
import type { WorkbookCell, WorkbookColumnKind, WorkbookSheet } from "./workbook.js";

/** Number columns that hold rupiah (the others hold counts, shares or percentages). */
const RUPIAH_COLUMNS: ReadonlySet<string> = new Set([
  "jkk",
  "jkm",
  "jht",
  "jp",
  "total",
  "amount",
  "budget",
  "cost",
  "cost_per_worker",
  "leftover",
  "full_cost",
  "shortfall",
  "income",
  "wage",
  "worker_month_cost",
  "change",
  "difference_from_first",
  "reported",
  "reported_step",
  "tolerance",
  "per_month",
]);

/** Number columns --excel leaves alone (a comma would change nothing in them) but a workbook types. */
const MORE_NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  "rows_skipped",
  "covered",
  "of",
  "percent",
  "percent_places",
  "exact_percent",
  "coarser_percent",
  "difference_points",
  "count",
  "count_low",
  "count_high",
  "per_unit",
  "parts",
  "implied_exact",
  "implied_min",
  "implied_max",
  "per_month",
  "months_off",
  "children",
]);

const WHOLE = /^-?\d+$/;
const FRACTION = /^-?\d+\.(\d+)$/;

export function columnKind(name: string): WorkbookColumnKind {
  if (!NUMBER_COLUMNS.has(name) && !MORE_NUMBER_COLUMNS.has(name)) return "text";
  return RUPIAH_COLUMNS.has(name) ? "rupiah" : "count";
}

export function typedCell(value: string, kind: WorkbookColumnKind): WorkbookCell {
  if (value === "") return null;
  if (kind !== "text" && WHOLE.test(value)) return kind === "rupiah" ? { kind: "rupiah", rupiah: BigInt(value) } : { kind: "count", count: BigInt(value) };
  const fraction = kind === "text" ? null : FRACTION.exec(value);
  if (fraction) return { kind: "decimal", value: new Decimal(value), places: fraction[1]!.length };
  return { kind: "text", text: value };
}

export function csvAsSheet(plain: string, lang: Lang, name: string): WorkbookSheet {
  const [header = [], ...rows] = parse(plain, { relax_column_count: true }) as string[][];
  const kinds = header.map(columnKind);
  return {
    name,
    columns: header.map((column, index) => ({ heading: excelHeading(column, lang), kind: kinds[index]!, summed: false })),
    rows: rows.map((row) => ({ role: "data", cells: row.map((value, index) => typedCell(value, kinds[index] ?? "text")) })),
  };
}
