// A report as a workbook, before it is bytes: sheets of typed cells, with rows that say what they are. Commands (or
// their renderers) build it; the xlsx writer (src/io) turns it into a file. Nothing here is written or formatted:
// a rupiah cell holds integer rupiah, a count a whole number, so the writer can write exact numbers, number
// formats and SUM formulas whose cached values are iuran's own totals.
import type { Decimal } from "decimal.js";

export type WorkbookCell =
  | { kind: "text"; text: string }
  /** Whole rupiah, shown with the rupiah number format. */
  | { kind: "rupiah"; rupiah: bigint }
  /** A whole number of workers, worker-months, rows… */
  | { kind: "count"; count: bigint }
  /** A rate, share or percentage, shown with `places` decimals. */
  | { kind: "decimal"; value: Decimal; places: number }
  | null;

export type WorkbookColumnKind = "text" | "rupiah" | "count" | "decimal";

export interface WorkbookColumn {
  heading: string;
  kind: WorkbookColumnKind;
  /**
   * Whether subtotal and total rows add this column up (worker-months and rupiah do; a share or a worker count per
   * month does not). A summed cell is written as a SUM formula only when its rows add up to it exactly.
   */
  summed: boolean;
}

/** data: a line of the report; subtotal: the sum of the data rows since the previous subtotal; total: of all data rows. */
export type WorkbookRowRole = "data" | "subtotal" | "total";

export interface WorkbookRow {
  role: WorkbookRowRole;
  cells: readonly WorkbookCell[];
}

export interface WorkbookSheet {
  /** In the report's language; at most 31 characters, none of []:*?/\ (Excel's rules). */
  name: string;
  columns: readonly WorkbookColumn[];
  rows: readonly WorkbookRow[];
  /** Lines under the table (notes, a total in words), as text. */
  notes?: readonly string[];
}

export interface Workbook {
  sheets: readonly WorkbookSheet[];
}
