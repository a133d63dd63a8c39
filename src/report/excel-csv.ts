// --excel: a CSV that Excel in an Indonesian locale opens as columns and numbers: ';' between fields, a UTF-8
// BOM, a decimal comma in number columns; text that Excel would run as a formula (=, +, -, @, tab, CR first, or the
// full-width ＝＋－＠ Excel reads the same way) is prefixed with ', in the header row as in the data. Which columns
// are numbers is known by name, never guessed from a value (a kecamatan is text); a number there, negative ones
// included, stays a number, since Excel reads -5 as minus five and runs nothing.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

const NUMBER_COLUMNS = new Set([
  "workers",
  "worker_months",
  "jkk",
  "jkm",
  "jht",
  "jp",
  "total",
  "enrolled",
  "potential",
  "coverage_percent",
  "weight",
  "exact_share",
  "amount",
  "budget",
  "cost",
  "cost_per_worker",
  "leftover",
  "months",
  "reported",
  "computed",
  "difference",
  "tolerance",
  "implied_worker_months",
  "implied_workers",
  "implied_months",
  "year",
  "change",
  "difference_from_first",
  "additional_workers",
  "target",
  "coverage_before",
  "coverage_after",
  "rows_read",
  "rows_accepted",
  "rows_rejected",
]);
const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text Excel would evaluate is prefixed with ' so it stays text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Rewrites the plain CSV iuran writes (comma, decimal point) for Excel; numbers keep their digits. */
export function csvForExcel(plain: string): string {
  const [header = [], ...rows] = parse(plain, { relax_column_count: true }) as string[][];
  const numeric = header.map((name) => NUMBER_COLUMNS.has(name));
  const cell = (value: string, index: number) => (numeric[index] && NUMBER.test(value) ? value.replace(".", ",") : neutraliseFormula(value));
  return `\uFEFF${stringify([header.map(neutraliseFormula), ...rows.map((row) => row.map(cell))], { delimiter: ";", record_delimiter: "windows" })}`;
}
