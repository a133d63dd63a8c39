// Problems with input files, located by file, line and column: "file:line:column: error CODE: message" (in a
// workbook "file[Sheet]!C14: error CODE: message", see input-position.ts).
import { t } from "../text/render.js";
import { placeOf } from "./input-position.js";

export type InputErrorCode =
  | "CSV_SYNTAX"
  | "INVALID_ENCODING"
  | "MISSING_COLUMN"
  | "DUPLICATE_COLUMN"
  | "TOO_MANY_FIELDS"
  | "MISSING_VALUE"
  | "INVALID_NIK"
  | "NIK_SCIENTIFIC"
  | "NIK_BAD_DATE"
  | "DUPLICATE_NIK"
  | "INVALID_AMOUNT"
  | "INVALID_MONTH"
  | "INVALID_MONTHS"
  | "INVALID_PROGRAM"
  | "INVALID_SEGMENT"
  | "INVALID_RISK_CLASS"
  | "INVALID_TARIFF"
  | "INVALID_BENEFIT"
  | "INVALID_ACCOUNT"
  | "TARIFF_CONFLICT"
  | "NO_TARIFF"
  | "INCOME_BELOW_FLOOR"
  | "INCOME_ABOVE_CEILING"
  | "MISSING_WAGE"
  | "MISSING_RISK_CLASS"
  | "RELIEF_CONFLICT"
  | "DUPLICATE_KEY"
  | "INVALID_COUNT"
  | "INVALID_WEIGHT"
  | "UNKNOWN_FUNDING"
  | "NO_HEADER"
  | "TOO_FEW_FIELDS"
  | "INVALID_CLAIM"
  | "INVALID_PERCENT"
  | "UNSUPPORTED_WORKBOOK"
  | "INVALID_WORKBOOK"
  | "UNKNOWN_SHEET"
  | "FORMULA_NOT_CALCULATED"
  | "CELL_ERROR";

export interface InputError {
  file: string;
  line: number;
  /** 1-based field number; 0 when the problem is the whole row. */
  column: number;
  code: InputErrorCode;
  message: string;
}

export function formatInputError(error: InputError): string {
  const where = placeOf(error.file, error.line, error.column);
  return t("file.errorLine", { where, code: error.code, message: error.message });
}

/** What became of a roster's rows: read = accepted + rejected + skipped (non-worker lines such as a title). */
export interface RowCounts {
  read: number;
  accepted: number;
  rejected: number;
  skipped: number;
}

/** Invalid input data (exit 65): every problem found, capped, with the full count. */
export class InvalidInput extends Error {
  constructor(
    readonly errors: readonly InputError[],
    readonly totalErrors: number,
    /** Roster rows, when the problem is in rosters. */
    readonly rows?: RowCounts,
    /** Set when rows could have been skipped (--skip-invalid) but none was left to compute on. */
    readonly nothingAccepted = false,
  ) {
    super(`${totalErrors} input error${totalErrors === 1 ? "" : "s"}`);
  }
}

/** An input file that is missing or cannot be read (exit 66). */
export class InputUnreadable extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(t("file.cannotRead", { file, reason }));
  }
}

/** Collects errors up to a cap while counting all of them, so a million bad rows do not fill memory. */
/** Problems with a whole file rather than a row: no row can be skipped past them. */
const FILE_LEVEL: ReadonlySet<InputErrorCode> = new Set(["CSV_SYNTAX", "INVALID_ENCODING", "MISSING_COLUMN", "DUPLICATE_COLUMN", "NO_HEADER", "UNSUPPORTED_WORKBOOK", "INVALID_WORKBOOK", "UNKNOWN_SHEET"]);

export function isFileLevel(error: InputError): boolean {
  return FILE_LEVEL.has(error.code);
}

/**
 * Collects errors up to a cap while counting all of them, so a million bad rows do not fill memory. File-level
 * errors are always kept, however many row errors came first: they say why rows after them were not read.
 */
export class ErrorList {
  readonly kept: InputError[] = [];
  count = 0;
  fileProblems = 0;

  constructor(readonly cap = 50) {}

  add(error: InputError): void {
    this.count++;
    if (isFileLevel(error)) {
      this.fileProblems++;
      this.kept.push(error);
    } else if (this.kept.length < this.cap) {
      this.kept.push(error);
    }
  }
}
