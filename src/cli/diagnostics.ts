// What goes to standard error: input errors as text ("file:line:column: error CODE: message") or, with
// --errors json, as one JSON object per line for scripts; and warnings and summaries (which --quiet silences). Everything written here passes through
// safeText: NIKs masked (unless --show-nik) and control characters from input shown, never sent to the terminal.
import type { Warning } from "../text/message.js";
import { t } from "../text/render.js";
import { safeText } from "../domain/personal-data.js";
import { formatInputError, type InputError } from "../io/input-error.js";
import { sheetOf } from "../io/input-position.js";

export type ErrorFormat = "text" | "json";
let errorFormat: ErrorFormat = "text";
/** --quiet: no warnings and no summaries; errors are still written. */
let quiet = false;
/** Until a command has read --show-nik (and before any options are parsed), NIKs are masked. */
let nikShown = false;

export function setErrorFormat(format: ErrorFormat): void {
  errorFormat = format;
}

export function setQuiet(silent: boolean): void {
  quiet = silent;
}

/** Called where --show-nik is read: from then on messages show whole NIKs. */
export function setNikShown(shown: boolean): void {
  nikShown = shown;
}

export function isNikShown(): boolean {
  return nikShown;
}

/** A text from input as it may be written: NIKs masked unless shown, controls visible. */
function safe(text: string): string {
  return safeText(text, nikShown);
}

function writeLine(text: string): void {
  process.stderr.write(`${text}\n`);
}

export function printInputErrors(errors: readonly InputError[]): void {
  for (const error of errors) {
    const shown = { ...error, file: safe(error.file), message: safe(error.message) };
    // In JSON a workbook's position stays numbers (line is the Excel row, column counts from 1), with its sheet.
    const sheet = sheetOf(error.file);
    const json = sheet === undefined ? { type: "error", ...shown } : { type: "error", ...shown, sheet: safe(sheet) };
    writeLine(errorFormat === "json" ? JSON.stringify(json) : formatInputError(shown));
  }
}

/** A closing line: in text as written, in JSON as {"type": "summary", "message"} so every line stays JSON. */
export function printSummary(message: string): void {
  if (quiet) return;
  writeLine(errorFormat === "json" ? JSON.stringify({ type: "summary", message: safe(message) }) : safe(message));
}

/** Any other failure, in the chosen form: text as written, or {"type": "error", "code", "message"} in JSON. */
export function printFailure(code: string, message: string): void {
  writeLine(errorFormat === "json" ? JSON.stringify({ type: "error", code, message: safe(message.replace(/^iuran: /, "")) }) : safe(message));
}

/** Text that commander writes itself (its errors echo what was typed: an unknown option, a NIK given as an argument). */
export function writeCommanderText(text: string): void {
  process.stderr.write(safe(text));
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

/** Warnings go here, to standard error, whatever the report's format and target: never into the report. */
export function printWarnings(warnings: readonly Warning[]): void {
  if (quiet) return;
  for (const warning of warnings) {
    writeLine(errorFormat === "json" ? JSON.stringify({ type: "warning", code: warning.code, message: safe(warning.text) }) : `iuran: ${t("summary.warning", { text: safe(warning.text) })}`);
  }
}
