// Bytes → text for the CSVs people export: UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 on request;
// and the delimiter (comma, semicolon or tab) read off the header line. Node's own TextDecoder (ICU) does the
// decoding, so no extra dependency is needed.
import { Transform } from "node:stream";
import { t } from "../text/render.js";

export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;
export type Encoding = (typeof ENCODINGS)[number];

const ENCODING_NAMES: Record<string, Encoding> = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  windows1252: "windows-1252",
  cp1252: "windows-1252",
  latin1: "windows-1252",
  iso88591: "windows-1252",
  ansi: "windows-1252",
};

export function parseEncoding(text: string): Encoding | undefined {
  return ENCODING_NAMES[text.toLowerCase().replace(/[^a-z0-9]/g, "")];
}

/**
 * A byte-order mark decides; without one, the requested encoding, else UTF-8. A file whose bytes are valid UTF-8
 * with letters beyond ASCII is read as UTF-8 even when Windows-1252 was asked for (one --encoding applies to every
 * roster given), since Windows-1252 text almost never is valid UTF-8 and reading UTF-8 as 1252 garbles names.
 */
export function sniffEncoding(head: Uint8Array, requested: Encoding | undefined, validUtf8 = false): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (requested === "windows-1252" && validUtf8 && head.some((byte) => byte >= 0x80)) return "utf-8";
  return requested ?? "utf-8";
}

/** Whether bytes are valid UTF-8; a character cut at the end of the sample does not count against it. */
export function isValidUtf8(head: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export const DELIMITERS = { ",": ",", ";": ";", tab: "\t", "\t": "\t", "|": "|" } as const;
export type Delimiter = "," | ";" | "\t" | "|";

export function parseDelimiter(text: string): Delimiter | undefined {
  return (DELIMITERS as Record<string, Delimiter>)[text.toLowerCase()];
}

/** The delimiter that occurs most often in the header line, outside quotes; a comma when none does. */
export function detectDelimiter(text: string): Delimiter {
  // The header is the line with the most fields, and it need not be the first: a title or a blank line may stand
  // above it. The delimiter that splits one of the first lines most wins; a tie keeps ",", then ";".
  const best = new Map<Delimiter, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let counts = new Map<Delimiter, number>();
  let quoted = false;
  let lines = 0;
  const endLine = () => {
    for (const [delimiter, count] of counts) if (count > best.get(delimiter)!) best.set(delimiter, count);
    if (counts.size > 0) lines++;
    counts = new Map();
  };
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      endLine();
      if (lines >= DELIMITER_LINES) break;
    } else if (!quoted && best.has(char as Delimiter)) counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
  }
  endLine();
  let chosen: Delimiter = ",";
  for (const [delimiter, count] of best) if (count > best.get(chosen)!) chosen = delimiter;
  return chosen;
}

/** How many lines holding a delimiter are looked at: a title of up to four lines, the header, and one row. */
const DELIMITER_LINES = 6;

/** Text that is not valid in its encoding: the line it was found on, and what to do about it. */
export class DecodingError extends Error {
  constructor(
    readonly line: number,
    readonly encoding: Encoding,
  ) {
    super(encoding === "utf-8" ? t("file.notUtf8") : t("file.notInEncoding", { encoding }));
  }
}

function countLines(text: string): number {
  let lines = 0;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) lines++;
  return lines;
}

/**
 * Decodes a stream of bytes; the BOM is dropped; invalid text is an error, never replacement characters. The lines
 * before the bad one still go through, so the error can name its line and the rows before it are read.
 */
export function decodingStream(encoding: Encoding): Transform {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let lines = 0;
  const decode = (chunk: Uint8Array | undefined, stream: boolean): string => {
    const text = chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream });
    lines += countLines(text);
    return text;
  };
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decode(chunk, true));
      } catch {
        const lenient = new TextDecoder(encoding).decode(chunk);
        const goodLines = lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD")));
        const complete = goodLines.slice(0, goodLines.lastIndexOf("\n") + 1);
        if (complete !== "") this.push(complete);
        done(new DecodingError(lines + countLines(complete) + 1, encoding));
      }
    },
    flush(done) {
      try {
        done(null, decode(undefined, false));
      } catch {
        done(new DecodingError(lines + 1, encoding));
      }
    },
  });
}

/** Decodes a whole small file (tariffs, weights, claims). */
export function decodeWhole(bytes: Uint8Array, requested?: Encoding): string {
  const encoding = sniffEncoding(bytes, requested);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const valid = new TextDecoder(encoding).decode(bytes);
    const bad = valid.indexOf("\uFFFD");
    throw new DecodingError(countLines(valid.slice(0, Math.max(0, bad))) + 1, encoding);
  }
}
