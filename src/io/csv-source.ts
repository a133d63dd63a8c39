// Streams a CSV file record by record, with each record's line number and the file's SHA-256.
import { createHash } from "node:crypto";
import type { BigIntStats } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { pipeline } from "node:stream";
import { CsvError, parse, type Options } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { quoteCell } from "../domain/personal-data.js";
import { t } from "../text/render.js";
import { noteInput } from "./file-registry.js";
import { InputUnreadable, type InputError } from "./input-error.js";
import { decodeWhole, decodingStream, DecodingError, detectDelimiter, isValidUtf8, sniffEncoding, type Delimiter, type Encoding } from "./text-decoding.js";

export interface CsvRecord {
  fields: string[];
  /** Line the record starts on, 1-based. */
  line: number;
}

export interface CsvSource {
  /** The name used in messages: the path as the user gave it. */
  file: string;
  encoding: Encoding;
  delimiter: Delimiter;
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

/** Line breaks inside a record's quoted fields (CRLF counts once), so the next record's line can be known. */
function lineBreaksIn(fields: readonly string[]): number {
  let breaks = 0;
  for (const field of fields) {
    // indexOf is native and fast; almost no field holds a line break.
    if (field.indexOf("\n") < 0 && field.indexOf("\r") < 0) continue;
    for (let index = 0; index < field.length; index++) {
      const code = field.charCodeAt(index);
      if (code === 10 || (code === 13 && field.charCodeAt(index + 1) !== 10)) breaks++;
    }
  }
  return breaks;
}

/** How to read a file's text: forced by flags, else found from its BOM and header line. */
export interface ReadOptions {
  encoding?: Encoding;
  delimiter?: Delimiter;
}

const SNIFF_BYTES = 64 * 1024;

/** Opens an input and notes it as one, so that no output of this run can replace it (a clash is exit 73). */
async function openInput(file: string): Promise<FileHandle> {
  let handle: FileHandle | undefined;
  let stats: BigIntStats;
  try {
    handle = await open(file, "r");
    stats = await handle.stat({ bigint: true });
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw new InputUnreadable(file, describeFsError(error));
  }
  try {
    noteInput(file, stats);
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  return handle;
}

/** Reads a whole small input (a tariff table, weights, claims…), noted like every input. */
export async function readInputFile(file: string): Promise<Buffer> {
  const handle = await openInput(file);
  try {
    return await handle.readFile();
  } catch (error) {
    throw new InputUnreadable(file, describeFsError(error));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export async function openCsv(file: string, options: ReadOptions = {}): Promise<CsvSource> {
  const handle = await openInput(file);
  let head: Buffer;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw new InputUnreadable(file, describeFsError(error));
  }
  const encoding = sniffEncoding(head, options.encoding, isValidUtf8(head));
  const delimiter = options.delimiter ?? detectDelimiter(new TextDecoder(encoding).decode(head));
  const hash = createHash("sha256");
  const bytes = handle.createReadStream({ start: 0 });
  bytes.on("data", (chunk) => hash.update(chunk));
  // Streaming without csv-parse's per-record info objects (a large share of its time): blank lines come through
  // as records and are counted here, so every record's line is known.
  const parser = parse({ ...CSV_OPTIONS, info: false, skip_empty_lines: false, delimiter });
  // pipeline hands a read or decoding error to the parser, so iterating it throws that error.
  pipeline(bytes, decodingStream(encoding), parser, () => undefined);

  async function* records(): AsyncGenerator<CsvRecord> {
    let line = 1;
    try {
      for await (const fields of parser as AsyncIterable<string[]>) {
        yield { fields, line };
        line += 1 + lineBreaksIn(fields);
      }
    } catch (error) {
      if (error instanceof CsvError) {
        const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
        throw new CsvSyntaxError({ file, line, column: 0, code: "CSV_SYNTAX", message: csvProblem(error, line) });
      }
      if (error instanceof DecodingError) {
        throw new CsvSyntaxError({ file, line: error.line, column: 0, code: "INVALID_ENCODING", message: error.message });
      }
      if (error instanceof Error && "code" in error) throw new InputUnreadable(file, describeFsError(error));
      throw error;
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  let digest: string | undefined;
  return { file, encoding, delimiter, records: records(), sha256: () => (digest ??= hash.digest("hex")) };
}

/** A file system error in words; one iuran has no words for is given as the system says it. */
export function describeFsError(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return t("file.noSuchFile");
  if (code === "EACCES" || code === "EPERM") return t("file.permissionDenied");
  if (code === "EISDIR") return t("file.isDirectory");
  return error instanceof Error ? error.message : String(error);
}

/**
 * What csv-parse found, in the catalogue's words: its own messages are English only. The field it names counts
 * from 0; people count from 1. A problem iuran has no words for keeps csv-parse's message.
 */
function csvProblem(error: unknown, line: number): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return t("csv.quoteNotClosed", { line });
    case "CSV_INVALID_CLOSING_QUOTE": {
      const character = /^Invalid Closing Quote: got "(.*)" at line/su.exec(message)?.[1];
      if (character !== undefined) return t("csv.invalidClosingQuote", { character: quoteCell(character), line });
      break;
    }
    case "INVALID_OPENING_QUOTE": {
      const field = Number((error as { column?: number }).column);
      const value = /, value is ("(?:[^"\\]|\\.)*")/su.exec(message)?.[1];
      if (Number.isSafeInteger(field) && value !== undefined) {
        return t("csv.invalidOpeningQuote", { field: field + 1, line, value: quoteCell(JSON.parse(value) as string) });
      }
      break;
    }
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return t("csv.textAfterClosingQuote", { line });
    default:
      break;
  }
  return message.replace(/^Invalid [^:]*: /, "");
}

export interface WholeRecord {
  record: string[];
  info: { lines: number };
}

/** Parses a whole small file (tariffs, weights, claims) read the same way as a roster; a problem is an InputError. */
export function parseWhole(file: string, bytes: Uint8Array): { records: WholeRecord[] } | { error: InputError } {
  let text: string;
  try {
    text = decodeWhole(bytes);
  } catch (error) {
    if (!(error instanceof DecodingError)) throw error;
    return { error: { file, line: error.line, column: 0, code: "INVALID_ENCODING", message: error.message } };
  }
  try {
    return { records: parseSync(text, { ...CSV_OPTIONS, delimiter: detectDelimiter(text) }) as unknown as WholeRecord[] };
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 0);
    return { error: { file, line, column: 0, code: "CSV_SYNTAX", message: csvProblem(error, line) } };
  }
}
