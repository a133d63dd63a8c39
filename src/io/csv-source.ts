// Streams a CSV file record by record, with each record's line number and the file's SHA-256.
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { CsvError, parse, type Options } from "csv-parse";
import { InputUnreadable, type InputError } from "./input-error.js";

export interface CsvRecord {
  fields: string[];
  /** Line the record starts on, 1-based. */
  line: number;
}

export interface CsvSource {
  /** The name used in messages: the path as the user gave it. */
  file: string;
  records: AsyncIterable<CsvRecord>;
  /** Hex SHA-256 of the file's bytes; complete once records are exhausted. */
  sha256(): string;
}

/** A CSV syntax problem (an unclosed quote, say), thrown while iterating. */
export class CsvSyntaxError extends Error {
  constructor(readonly error: InputError) {
    super(error.message);
  }
}

/**
 * How every CSV is read: BOM stripped, blank lines skipped, any line ending, rows of any length (short rows are
 * padded by the readers, long ones reported). `info` gives each record's line for messages.
 */
export const CSV_OPTIONS: Options & { info: true } = {
  bom: true,
  info: true,
  skip_empty_lines: true,
  relax_column_count: true,
  record_delimiter: ["\r\n", "\n", "\r"],
};

function startLine(endLine: number, fields: readonly string[]): number {
  // csv-parse reports the line a record ends on; quoted line breaks inside it move the start back.
  let breaks = 0;
  for (const field of fields) {
    for (let index = 0; index < field.length; index++) {
      const code = field.charCodeAt(index);
      if (code === 10 || code === 13) breaks++;
    }
  }
  return endLine - breaks;
}

export async function openCsv(file: string): Promise<CsvSource> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw new InputUnreadable(file, describeFsError(error));
  }
  const hash = createHash("sha256");
  const bytes = handle.createReadStream();
  bytes.on("data", (chunk) => hash.update(chunk));
  const parser = bytes.pipe(parse(CSV_OPTIONS));
  bytes.on("error", (error) => parser.destroy(error));

  async function* records(): AsyncGenerator<CsvRecord> {
    try {
      for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        yield { fields: item.record, line: startLine(item.info.lines, item.record) };
      }
    } catch (error) {
      if (error instanceof CsvError) {
        const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
        throw new CsvSyntaxError({ file, line, column: 0, code: "CSV_SYNTAX", message: error.message.replace(/^Invalid [^:]*: /, "") });
      }
      if (error instanceof Error && "code" in error) throw new InputUnreadable(file, describeFsError(error));
      throw error;
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  let digest: string | undefined;
  return { file, records: records(), sha256: () => (digest ??= hash.digest("hex")) };
}

export function describeFsError(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return error instanceof Error ? error.message : String(error);
}
