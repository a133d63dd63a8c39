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
import { benefitsCommand } from "./benefits.js";
import { budgetCommand } from "./budget.js";
import { capacityCommand } from "./capacity.js";
import { checkCommand } from "./check.js";
import { documentCommand } from "./document.js";
import { toolVersion, versionText } from "./context.js";
import { examplesCommand } from "./examples.js";
import { langFromArguments } from "./options.js";
import { langFromEnvironment } from "../text/format.js";
import { setLang, t } from "../text/render.js";
import { commanderMessage, examplesText, inLanguage, isHelpShown } from "./commander-texts.js";
import { errorFormatFromArguments, isJsonErrors, printFailure, printInputErrors, printSummary, setErrorFormat, writeCommanderText } from "./diagnostics.js";
import { DataRejected, EXIT, ExpectationFailed, UsageError } from "./exit-codes.js";
import { premiumCommand } from "./premium.js";
import { projectCommand } from "./project.js";
import { targetCommand } from "./target.js";

export function cli(): Command {
  const program = inLanguage(
    new Command("iuran")
      .description(t("iuranHelp.description"))
      // Not commander's .version(): the text reads the bundled tables, so only when asked for.
      .option("-V, --version", t("package.versionOption"))
      .helpCommand("help [command]", t("help.displayHelp"))
      .exitOverride(),
  );
  // Commander's errors are said in exitCodeFor, in the run's language and form (text or --errors json); what it
  // writes itself (help asked for with no command) is made safe like every message.
  const output = {
    writeErr: (text: string) => (isJsonErrors() ? undefined : writeCommanderText(text)),
    outputError: () => undefined,
  };
  program.configureOutput(output);
  program.on("option:version", () => {
    process.stdout.write(`${versionText()}\n`);
    throw new CommanderError(EXIT.ok, "commander.version", "");
  });
  for (const command of [premiumCommand(), budgetCommand(), documentCommand(), capacityCommand(), targetCommand(), checkCommand(), projectCommand(), allocateCommand(), auditCommand(), benefitsCommand(), examplesCommand()]) {
    program.addCommand(inLanguage(command).exitOverride().configureOutput(output));
  }
  program.addHelpText(
    "after",
    examplesText([
      "premium --income 1000000 --month 2025-07 --programs jkk,jkm,jht",
      "budget --example sijunjung-2022 --start 2022-04 --months 9 --by district",
      "budget --workers 1333 --start 2022-04 --months 9 --format json",
      "examples",
    ]) + `\n\n${t("package.examplesHelpLine")}`,
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
    if (stream === "stdout") fail(`iuran: ${t("failure.standardOutput", { reason: describeWriteError(error) })}`, "OUTPUT");
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
    if (isHelpShown(error)) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    // As commander's own errors always were under --errors json: the message alone, no pointer to --help.
    const message = commanderMessage(error);
    fail(isJsonErrors() ? `iuran: ${message}` : `iuran: ${message}\n${t("usage.helpHint")}`, "USAGE");
    return EXIT.usage;
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
    fail(`iuran: ${error.message}\n${t("usage.helpHint")}`, "USAGE");
    return EXIT.usage;
  }
  if (error instanceof InvalidInput) {
    printInputErrors(error.errors);
    printSummary(`iuran: ${invalidInputSummary(error)}`);
    return EXIT.invalidData;
  }
  if (error instanceof CapacityError) {
    fail(`iuran: ${error.message}`, "USAGE");
    return EXIT.usage;
  }
  if (error instanceof AllocationError) {
    // Weights and bounds come from a data file.
    fail(`iuran: ${t("failure.coded", { code: "ALLOCATION", message: error.message })}`, "ALLOCATION");
    return EXIT.invalidData;
  }
  if (error instanceof PricingError) {
    fail(`iuran: ${t("failure.coded", { code: error.code, message: error.message })}`, error.code);
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
  fail(`iuran: ${t("failure.internal", { detail })}\n${t("failure.bug", { version: toolVersion() })}`, "INTERNAL");
  return EXIT.internal;
}

/** The closing line of a run stopped by invalid input: how many errors, in how many of the rows read. */
function invalidInputSummary(error: InvalidInput): string {
  const shown = error.errors.length < error.totalErrors ? t("summary.firstShown", { shown: error.errors.length }) : "";
  const counts = { errors: error.totalErrors, shown };
  const rows = error.rows;
  if (rows === undefined || rows.read === 0) return t("summary.errorsNoReport", counts);
  const ofRows = { ...counts, rejected: rows.rejected, read: rows.read };
  if (!error.nothingAccepted) return t("summary.errorsInRows", ofRows);
  return rows.skipped > 0 ? t("summary.everyRowRejectedSkipped", { ...ofRows, skipped: rows.skipped }) : t("summary.everyRowRejected", ofRows);
}
