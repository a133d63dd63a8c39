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

/** Any other failure, in the chosen form: text as written, or {"type": "error", "code", "message"} in JSON. */
export function printFailure(code: string, message: string): void {
  process.stderr.write(`${errorFormat === "json" ? JSON.stringify({ type: "error", code, message: message.replace(/^iuran: /, "") }) : message}\n`);
}

/** --errors json must hold before options are parsed, so that usage errors come out as JSON too. */
export function errorFormatFromArguments(argv: readonly string[]): ErrorFormat {
  const index = argv.findIndex((argument) => argument === "--errors" || argument.startsWith("--errors="));
  if (index < 0) return "text";
  const value = argv[index]!.includes("=") ? argv[index]!.split("=")[1] : argv[index + 1];
  return value === "json" ? "json" : "text";
}

export function isJsonErrors(): boolean {
  return errorFormat === "json";
}

export function printWarnings(warnings: readonly string[]): void {
  for (const warning of warnings) {
    process.stderr.write(`${errorFormat === "json" ? JSON.stringify({ type: "warning", message: warning }) : `iuran: warning: ${warning}`}\n`);
  }
}
