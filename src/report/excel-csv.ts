// --excel: a CSV that Excel in an Indonesian locale opens as columns and numbers: ';' between fields, a UTF-8
// BOM, a decimal comma; text that Excel would run as a formula (=, +, -, @, tab, CR first) is prefixed with '.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

function cellForExcel(cell: string): string {
  if (NUMBER.test(cell)) return cell.replace(".", ",");
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Rewrites the plain CSV iuran writes (comma, decimal point) for Excel; numbers keep their digits. */
export function csvForExcel(plain: string): string {
  const rows = parse(plain, { relax_column_count: true }) as string[][];
  return `\uFEFF${stringify(rows.map((row) => row.map(cellForExcel)), { delimiter: ";", record_delimiter: "windows" })}`;
}
