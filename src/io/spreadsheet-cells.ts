// The SpreadsheetML rules for what a cell holds (ECMA-376 part 1, §18.3.1.4 and §18.8.30): shared and inline
// strings, numbers kept as the text stored (never through a double), dates by their number format, booleans, errors,
// and formulas by their cached value. Also cell references (C14) both ways.
import { isoDateOfExcelSerial, type ExcelDateSystem } from "../domain/month.js";

/**
 * What a cell was, where it matters to a reader: a number (its text is exactly as stored), a date (given as
 * YYYY-MM-DD), an error value (#N/A, #REF!…) or a formula with no cached value. Text and booleans have none.
 */
export type CellKind = "number" | "date" | "error" | "uncalculated";

/** A cell as its XML gives it: the t= type, the s= style index, the <v> text, whether it has an <f>, and the <is> text. */
export interface StoredCell {
  type: string;
  style: number;
  value: string | null;
  formula: boolean;
  inline: string | null;
}

/** What a workbook says about every cell: its shared strings, which styles are dates, and its date system. */
export interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  dateSystem: ExcelDateSystem;
}

export interface CellReading {
  text: string;
  kind?: CellKind;
}

/** A shared-string index that is not in the table: the workbook is damaged. */
export class NoSuchSharedString extends Error {
  constructor(readonly index: string) {
    super(`shared string ${index}`);
  }
}

/** The text a cell shows in a CSV export, with its kind. */
export function readCell(cell: StoredCell, context: CellContext): CellReading {
  const value = cell.value;
  switch (cell.type) {
    case "s": {
      if (value === null) return cell.formula ? { text: "", kind: "uncalculated" } : { text: "" };
      const text = /^\d+$/.test(value.trim()) ? context.sharedStrings[Number(value.trim())] : undefined;
      if (text === undefined) throw new NoSuchSharedString(value);
      return { text };
    }
    case "inlineStr":
      return { text: cell.inline ?? decodeEscapes(value ?? "") };
    case "str":
      return value === null && cell.formula ? { text: "", kind: "uncalculated" } : { text: decodeEscapes(value ?? "") };
    case "b":
      if (value === null) return cell.formula ? { text: "", kind: "uncalculated" } : { text: "" };
      return { text: value.trim() === "1" ? "TRUE" : "FALSE" };
    case "e":
      return { text: value ?? "#N/A", kind: "error" };
    case "d": {
      if (value === null) return cell.formula ? { text: "", kind: "uncalculated" } : { text: "" };
      // ISO 8601: the day is what a start column needs; a time alone (T10:00) stays as written.
      const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim());
      return { text: day ? day[1]! : value.trim(), kind: "date" };
    }
    default: {
      if (value === null) return cell.formula ? { text: "", kind: "uncalculated" } : { text: "" };
      const number = value.trim();
      if (context.dateStyles.has(cell.style)) {
        // A serial day count; Number() is safe here: it is a count of days, not an amount.
        const date = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(number) ? isoDateOfExcelSerial(Number(number), context.dateSystem) : undefined;
        if (date !== undefined) return { text: date, kind: "date" };
      }
      return { text: number, kind: "number" };
    }
  }
}

/** Excel's escapes for characters XML cannot carry (_x000D_ is a carriage return, _x005F_ an underscore). */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30). */
const BUILT_IN_DATE_FORMATS: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Whether a number format shows its number as a date: a built-in date format, or a custom code with a date token. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATE_FORMATS.has(id)) return true;
  if (code === undefined) return false;
  // Quoted text, [colours], [$-locale] and [h] elapsed times, escaped (\x) and padding (_x, *x) characters say
  // nothing about dates: only tokens outside them count.
  const tokens = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[\\_*]./g, "")
    .toLowerCase();
  if (/[dy]/.test(tokens)) return true;
  // m is a month, unless with hours or seconds (h:mm, mm:ss), where it is minutes.
  return /m/.test(tokens) && !/[hs]/.test(tokens);
}

/** A 0-based column index as Excel's letters: 0 is A, 26 is AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The 0-based column of a cell reference ("C14" is 2); undefined when the reference names no column. */
export function columnOfReference(reference: string): number | undefined {
  const letters = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(reference.trim())?.[1];
  if (letters === undefined) return undefined;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}
