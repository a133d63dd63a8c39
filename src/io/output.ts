// Writes a report to standard output or, atomically, to a file: a temporary file beside it, then a rename,
// so an interrupted run never leaves half a CSV.
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { describeFsError } from "./csv-source.js";

/** The output file cannot be created, or would overwrite an input (exit 73). */
export class OutputError extends Error {}

export async function writeReport(text: string, outputPath: string | undefined, inputPaths: readonly string[]): Promise<void> {
  if (outputPath === undefined) {
    await new Promise<void>((done, fail) => process.stdout.write(text, (error) => (error ? fail(error) : done())));
    return;
  }
  const target = resolve(outputPath);
  if (inputPaths.some((input) => resolve(input) === target)) {
    throw new OutputError(`${outputPath}: refusing to write the report over one of its own inputs`);
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new OutputError(`${outputPath}: cannot write: ${describeFsError(error)}`);
  }
}
