// Where something is in an input, as messages say it: "roster.csv:14:3" in a CSV, "roster.xlsx[Sheet1]!C14" in a
// workbook (the sheet, the column letter and the Excel row). Workbook readers note the sheet they read; every
// position is written here, so text messages say it one way while JSON diagnostics keep line and column numbers.
import { columnLetters } from "./spreadsheet-cells.js";

/** File (as named in messages) → the sheet read from it. */
const sheets = new Map<string, string>();

/** Called by the workbook reader once it has chosen the sheet of a file. */
export function noteSheet(file: string, sheet: string): void {
  sheets.set(file, sheet);
}

/** The sheet read from a file, if it was a workbook. */
export function sheetOf(file: string): string | undefined {
  return sheets.get(file);
}

/**
 * A cell (column 1-based) or, with column 0, a row; with line 0 too, the file alone. In a workbook: file[Sheet]!C14,
 * or file[Sheet]!14 for a row.
 */
export function placeOf(file: string, line: number, column = 0): string {
  const sheet = sheets.get(file);
  if (line <= 0) return sheet === undefined ? file : `${file}[${sheet}]`;
  if (sheet !== undefined) return `${file}[${sheet}]!${column > 0 ? columnLetters(column - 1) : ""}${line}`;
  return column > 0 ? `${file}:${line}:${column}` : `${file}:${line}`;
}
