// Streams a CSV file record by record, with each record's line number and the file's SHA-256. Any input that can be
// read once from its start will do: a file, standard input ("-"), a FIFO, a process substitution (<(…)).
import { createHash } from "node:crypto";
import { fstatSync, type BigIntStats } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import { resolve } from "node:path";
import { pipeline, Readable } from "node:stream";
import { isatty } from "node:tty";
import { CsvError, parse, type Options } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { quoteCell } from "../domain/personal-data.js";
import { t } from "../text/render.js";
import { noteInput, refuseSecondRead } from "./file-registry.js";
import { InputUnreadable, type InputError } from "./input-error.js";
import { binaryKind, MAX_PIPED_WORKBOOK_BYTES, sheetRecords, unsupportedWorkbook, WorkbookError, type BinaryKind, type WorkbookBytes, type WorkbookRecord } from "./xlsx-source.js";
import { decodeWhole, decodingStream, DecodingError, detectDelimiter, isValidUtf8, sniffEncoding, type Delimiter, type Encoding } from "./text-decoding.js";

export interface CsvRecord {
  fields: string[];
  /** Line the record starts on, 1-based (in a workbook, the Excel row). */
  line: number;
  /** Workbook rows only: what kind of cell each field came from (xlsx-source.ts). */
  kinds?: WorkbookRecord["kinds"];
}

export interface CsvSource {
  /** The name used in messages: the path as the user gave it. */
  file: string;
  encoding: Encoding;
  delimiter: Delimiter;
  records: AsyncIterable<CsvRecord>;
  /** Hex SHA-256 of the file's bytes; complete once records are exhausted. */
  sha256(): string;
  /** An .xlsx workbook (recognised by its bytes, whatever its name): encoding and delimiter say nothing. */
  workbook: boolean;
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

/**
 * The names of standard input: "-" as CSV tools spell it, and the paths of descriptor 0 (/dev/stdin, /dev/fd/0,
 * /proc/self/fd/0). These are read through the stream the process already has, since reopening fails when it is a
 * socket; "./-" is a file named "-".
 */
export function isStandardInput(file: string): boolean {
  if (file === "-") return true;
  const match = /^\/(?:dev\/(?:stdin|fd\/0)|proc\/(self|\d+)\/fd\/0)$/.exec(resolve(file));
  return match !== null && (match[1] === undefined || match[1] === "self" || match[1] === String(process.pid));
}

/** An input being read: its bytes as they come (a file, a FIFO, standard input), read once from the start. */
interface OpenedInput {
  bytes: Readable;
  /** A regular file, which can also be read by position (a workbook is). */
  handle?: FileHandle;
  close(): Promise<void>;
}

/**
 * Opens an input and notes it as one, so that no output of this run can replace it (a clash is exit 73), and so
 * that standard input or a pipe is not read twice (exit 2).
 */
async function openInput(file: string): Promise<OpenedInput> {
  if (isStandardInput(file)) {
    let stats: BigIntStats;
    try {
      stats = fstatSync(0, { bigint: true });
    } catch (error) {
      throw new InputUnreadable(file, describeFsError(error));
    }
    noteInput(file, stats, { standardInput: true });
    const bytes = process.stdin;
    // Read once: nothing else reads it after this input, and a stream left open would keep the process waiting.
    return { bytes, close: async () => void bytes.destroy() };
  }
  const named = await stat(file, { bigint: true }).catch(() => undefined);
  if (named) refuseSecondRead(file, named);
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
  const opened = handle;
  const bytes = opened.createReadStream({ autoClose: false });
  return {
    bytes,
    handle: stats.isFile() ? opened : undefined,
    close: async () => {
      bytes.destroy();
      await opened.close().catch(() => undefined);
    },
  };
}

/** Reads a whole small input (a tariff table, weights, claims…), noted like every input; "-" is standard input. */
export async function readInputFile(file: string): Promise<Buffer> {
  const input = await openInput(file);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of input.bytes) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (error) {
    throw new InputUnreadable(file, describeFsError(error));
  } finally {
    await input.close();
  }
}

/**
 * Whether a roster is piped in: standard input is no terminal and holds something (an empty one is nothing piped:
 * /dev/null, a closed pipe, a script's unused input). The bytes looked at are put back for the reader.
 */
export async function isRosterPiped(): Promise<boolean> {
  if (isatty(0)) return false;
  const first = await firstChunk(process.stdin).catch(() => undefined);
  if (first === undefined) return false;
  process.stdin.unshift(first);
  return true;
}

/** The first bytes a stream gives, or undefined at its end; the stream is left paused for whoever reads it next. */
function firstChunk(stream: Readable): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const settle = (outcome: () => void) => {
      stream.off("readable", onReadable).off("end", onEnd).off("error", onError);
      outcome();
    };
    const onReadable = () => {
      const chunk = stream.read() as Buffer | null;
      if (chunk !== null) settle(() => done(chunk));
    };
    const onEnd = () => settle(() => done(undefined));
    const onError = (error: unknown) => settle(() => fail(error));
    stream.on("readable", onReadable).on("end", onEnd).on("error", onError);
  });
}

export async function openCsv(file: string, options: ReadOptions = {}): Promise<CsvSource> {
  const input = await openInput(file);
  const hash = createHash("sha256");
  // The head is read from the stream itself, not by position: a pipe, a FIFO or <(…) cannot seek.
  const chunks = input.bytes[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const headChunks: Buffer[] = [];
  let headBytes = 0;
  let exhausted = false;
  try {
    while (headBytes < SNIFF_BYTES) {
      const next = await chunks.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      hash.update(next.value);
      headChunks.push(next.value);
      headBytes += next.value.length;
    }
  } catch (error) {
    await input.close();
    throw new InputUnreadable(file, describeFsError(error));
  }
  const head = Buffer.concat(headChunks).subarray(0, SNIFF_BYTES);
  const binary = binaryKind(head);
  if (binary !== undefined) return openWorkbook(file, binary, input, headChunks, exhausted ? undefined : chunks, hash);
  const encoding = sniffEncoding(head, options.encoding, isValidUtf8(head));
  const delimiter = options.delimiter ?? detectDelimiter(new TextDecoder(encoding).decode(head));
  async function* everyChunk(): AsyncGenerator<Buffer> {
    yield* headChunks;
    if (exhausted) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      hash.update(next.value);
      yield next.value;
    }
  }
  const bytes = Readable.from(everyChunk(), { objectMode: false });
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
      await input.close();
    }
  }

  let digest: string | undefined;
  return { file, encoding, delimiter, records: records(), sha256: () => (digest ??= hash.digest("hex")), workbook: false };
}

/**
 * A workbook needs random access (its zip directory is at its end): a regular file is read by position; standard
 * input or a pipe is read into memory first, up to MAX_PIPED_WORKBOOK_BYTES. An .xls, an .ods or another zip is
 * refused with what to do, and never read as text.
 */
function openWorkbook(file: string, kind: BinaryKind, input: OpenedInput, head: Buffer[], rest: AsyncIterator<Buffer> | undefined, hash: ReturnType<typeof createHash>): CsvSource {
  async function* records(): AsyncGenerator<CsvRecord> {
    try {
      if (kind === "ole2") throw unsupportedWorkbook(file, "xls");
      let bytes: WorkbookBytes;
      if (input.handle) {
        // (the stream is left paused; closing the input ends it)
        // The head went into the hash already; the rest of the file is hashed by position.
        let position = head.reduce((sum, chunk) => sum + chunk.length, 0);
        const buffer = Buffer.alloc(SNIFF_BYTES);
        for (let read = -1; read !== 0; position += read) {
          ({ bytesRead: read } = await input.handle.read(buffer, 0, buffer.length, position));
          hash.update(buffer.subarray(0, read));
        }
        bytes = { fd: input.handle.fd };
      } else {
        const chunks = [...head];
        let size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
        for (let next = rest && (await rest.next()); next && !next.done; next = await rest!.next()) {
          size += next.value.length;
          if (size > MAX_PIPED_WORKBOOK_BYTES) throw new WorkbookError({ file, line: 0, column: 0, code: "INVALID_WORKBOOK", message: t("workbookIn.pipedTooLarge", { limit: MAX_PIPED_WORKBOOK_BYTES / 1024 / 1024 }) });
          hash.update(next.value);
          chunks.push(next.value);
        }
        bytes = { buffer: Buffer.concat(chunks) };
      }
      yield* sheetRecords(file, bytes);
    } catch (error) {
      if (error instanceof WorkbookError) throw new CsvSyntaxError(error.error);
      if (error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("E")) throw new InputUnreadable(file, describeFsError(error));
      throw error;
    } finally {
      await input.close();
    }
  }
  let digest: string | undefined;
  return { file, encoding: "utf-8", delimiter: ",", records: records(), sha256: () => (digest ??= hash.digest("hex")), workbook: true };
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

export type ParsedWhole = { records: WholeRecord[] } | { error: InputError };

/**
 * Parses a whole small table given as CSV or as a workbook (.xlsx, by its bytes): the first sheet, or --sheet.
 * Workbook rows come as CSV records do, blank rows left out and short rows padded. Every cell of a small table is
 * read, so an error value or a formula never calculated is refused wherever it is.
 */
export async function parseWholeInput(file: string, bytes: Buffer): Promise<ParsedWhole> {
  const binary = binaryKind(bytes);
  if (binary === undefined) return parseWhole(file, bytes);
  const records: WholeRecord[] = [];
  try {
    if (binary === "ole2") throw unsupportedWorkbook(file, "xls");
    for await (const { fields, line, kinds } of sheetRecords(file, { buffer: bytes })) {
      if (fields.every((field) => field.trim() === "")) continue;
      const fault = kinds?.findIndex((kind) => kind === "error" || kind === "uncalculated") ?? -1;
      if (fault >= 0) {
        const message = kinds![fault] === "error" ? t("workbookIn.cellError", { value: quoteCell(fields[fault] ?? "") }) : t("workbookIn.formulaNotCalculated");
        return { error: { file, line, column: fault + 1, code: kinds![fault] === "error" ? "CELL_ERROR" : "FORMULA_NOT_CALCULATED", message } };
      }
      records.push({ record: fields, info: { lines: line } });
    }
  } catch (error) {
    if (error instanceof WorkbookError) return { error: error.error };
    throw error;
  }
  const width = Math.max(0, ...records.map(({ record }) => record.length));
  for (const { record } of records) while (record.length < width) record.push("");
  return { records };
}
