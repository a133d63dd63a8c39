// The command table and the one place that maps errors to messages and exit codes.
import { fstatSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { AllocationError } from "../domain/allocate.js";
import { CapacityError } from "../domain/capacity.js";
import { PricingError } from "../domain/contribution.js";
import { InputReadTwice } from "../io/file-registry.js";
import { InputUnreadable, InvalidInput } from "../io/input-error.js";
import { describeWriteError } from "../io/output.js";
import { OutputError, ReportReaderGone } from "../io/output-error.js";
import { removeTemporaries } from "../io/temporary-files.js";
import { allocateCommand } from "./allocate.js";
import { auditCommand } from "./audit.js";
import { budgetCommand } from "./budget.js";
import { capacityCommand } from "./capacity.js";
import { checkCommand } from "./check.js";
import { toolVersion } from "./context.js";
import { langFromArguments } from "./options.js";
import { langFromEnvironment } from "../text/format.js";
import { setLang } from "../text/render.js";
import { errorFormatFromArguments, isJsonErrors, printFailure, printInputErrors, printSummary, setErrorFormat, writeCommanderText } from "./diagnostics.js";
import { DataRejected, EXIT, ExpectationFailed, UsageError } from "./exit-codes.js";
import { premiumCommand } from "./premium.js";
import { projectCommand } from "./project.js";
import { targetCommand } from "./target.js";

export function cli(): Command {
  const program = new Command("iuran")
    .description("Exact BPJS Ketenagakerjaan (BPJamsostek) contributions and budgets for rosters of vulnerable workers.")
    .version(toolVersion(), "-V, --version")
    .showHelpAfterError('(add "--help" for usage)')
    .exitOverride();
  // Commander's own messages (unknown option, bad choice) follow --errors json too, and are made safe like ours.
  const output = {
    writeErr: (text: string) => (isJsonErrors() ? undefined : writeCommanderText(text)),
    outputError: (text: string, write: (text: string) => void) =>
      isJsonErrors() ? printFailure("USAGE", text.trim().replace(/^error: /, "")) : write(text),
  };
  program.configureOutput(output);
  for (const command of [premiumCommand(), budgetCommand(), capacityCommand(), targetCommand(), checkCommand(), projectCommand(), allocateCommand(), auditCommand()]) {
    program.addCommand(command.exitOverride().showHelpAfterError('(add "--help" for usage)').configureOutput(output));
  }
  program.addHelpText(
    "after",
    `
Examples:
  $ iuran premium --income 1000000 --month 2025-07 --programs jkk,jkm,jht
  $ iuran budget fixtures/sijunjung-2022/roster.csv --start 2022-04 --months 9 --by district
  $ iuran budget --workers 1333 --start 2022-04 --months 9 --format json`,
  );
  return program;
}

function fail(message: string, code: string): void {
  printFailure(code, message);
}

/** Whether standard output and standard error are one file (2>&1). */
function sameStandardStreams(): boolean {
  try {
    const [output, error] = [fstatSync(1, { bigint: true }), fstatSync(2, { bigint: true })];
    return output.dev === error.dev && output.ino === error.ino;
  } catch {
    return false;
  }
}

let standardStreamFailed = false;

/**
 * Standard output or error cannot be written. A reader that stops early (| head) is not an error: stop quietly
 * (exit 0), as Unix tools do. Anything else (a full disk, an I/O error, nobody reading standard error) is exit 73,
 * with one line on standard error when it can take one. Never a stack trace or an unhandled 'error' event.
 */
function onStandardStreamError(stream: "stdout" | "stderr") {
  return (error: NodeJS.ErrnoException): void => {
    if (standardStreamFailed) return;
    standardStreamFailed = true;
    if (error.code === "EPIPE" && (stream === "stdout" || sameStandardStreams())) process.exit(EXIT.ok);
    if (stream === "stdout") fail(`iuran: cannot write to standard output: ${describeWriteError(error)}`, "OUTPUT");
    process.exit(EXIT.cannotCreateOutput);
  };
}

/**
 * Installs, once per process, what keeps an interrupted run clean: no temporary file survives an exit or a signal,
 * and a signal still ends the process as the signal (the shell sees 130 for Ctrl-C, 143 for SIGTERM, and a script
 * looping over iuran stops).
 */
function guardProcess(): void {
  process.on("exit", removeTemporaries);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      removeTemporaries();
      process.kill(process.pid, signal);
    });
  }
  process.stdout.on("error", onStandardStreamError("stdout"));
  process.stderr.on("error", onStandardStreamError("stderr"));
}

/** Runs the CLI and returns the exit code; user errors are messages, never stack traces. */
export async function run(argv: readonly string[]): Promise<number> {
  guardProcess();
  setErrorFormat(errorFormatFromArguments(argv));
  // Every message follows --lang, usage errors and help included, so the language is read before commander runs.
  setLang(langFromArguments(argv) ?? langFromEnvironment(process.env));
  try {
    await cli().parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its own message (or the help / version asked for).
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof DataRejected) {
    printSummary(`iuran: ${error.message}`);
    return EXIT.invalidData;
  }
  if (error instanceof ExpectationFailed) {
    fail(`iuran: ${error.message}`, "CHECK_FAILED");
    return EXIT.checkFailed;
  }
  if (error instanceof UsageError || error instanceof InputReadTwice) {
    fail(`iuran: ${error.message}\n(add "--help" for usage)`, "USAGE");
    return EXIT.usage;
  }
  if (error instanceof InvalidInput) {
    printInputErrors(error.errors);
    const shown = error.errors.length < error.totalErrors ? ` (the first ${error.errors.length} shown)` : "";
    const rows = error.rows === undefined || error.rows.read === 0 ? "" : error.nothingAccepted ? `: every row was rejected (${error.rows.rejected} of ${error.rows.read} rows read${error.rows.skipped > 0 ? `, ${error.rows.skipped} skipped as a title` : ""})` : ` in ${error.rows.rejected} of ${error.rows.read} rows read`;
    printSummary(`iuran: ${error.totalErrors} error${error.totalErrors === 1 ? "" : "s"}${rows}${shown}; no report written`);
    return EXIT.invalidData;
  }
  if (error instanceof CapacityError) {
    fail(`iuran: ${error.message}`, "USAGE");
    return EXIT.usage;
  }
  if (error instanceof AllocationError) {
    // Weights and bounds come from a data file.
    fail(`iuran: error ALLOCATION: ${error.message}`, "ALLOCATION");
    return EXIT.invalidData;
  }
  if (error instanceof PricingError) {
    fail(`iuran: error ${error.code}: ${error.message}`, error.code);
    return EXIT.invalidData;
  }
  if (error instanceof InputUnreadable) {
    fail(`iuran: ${error.message}`, "INPUT_MISSING");
    return EXIT.inputMissing;
  }
  if (error instanceof ReportReaderGone) return EXIT.ok;
  if (error instanceof OutputError) {
    fail(`iuran: ${error.message}`, "OUTPUT");
    return EXIT.cannotCreateOutput;
  }
  const detail = error instanceof Error ? (process.env.IURAN_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
  fail(
    `iuran: internal error: ${detail}\n` +
      `This is a bug in iuran ${toolVersion()}. Please report it with the command you ran and, if you can, the input ` +
      `(mask NIKs first); set IURAN_DEBUG=1 to include the stack trace.`,
    "INTERNAL",
  );
  return EXIT.internal;
}
