// What goes to standard error: input errors as text ("file:line:column: error CODE: message") or, with
// --errors json, as one JSON object per line for scripts; and warnings.
import { formatInputError, type InputError } from "../io/input-error.js";

export type ErrorFormat = "text" | "json";
let errorFormat: ErrorFormat = "text";

export function setErrorFormat(format: ErrorFormat): void {
  errorFormat = format;
}

export function printInputErrors(errors: readonly InputError[]): void {
  for (const error of errors) {
    process.stderr.write(`${errorFormat === "json" ? JSON.stringify({ type: "error", ...error }) : formatInputError(error)}\n`);
  }
}

/** A closing line: in text as written, in JSON as {"type": "summary", "message"} so every line stays JSON. */
export function printSummary(message: string): void {
  process.stderr.write(`${errorFormat === "json" ? JSON.stringify({ type: "summary", message }) : message}\n`);
}

export function printWarnings(warnings: readonly string[]): void {
  for (const warning of warnings) {
    process.stderr.write(`${errorFormat === "json" ? JSON.stringify({ type: "warning", message: warning }) : `iuran: warning: ${warning}`}\n`);
  }
}
