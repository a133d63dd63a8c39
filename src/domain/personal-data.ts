// Personal data and hostile text in what iuran prints from its inputs: the one place that masks NIKs, cuts long
// cells and makes control characters visible. Every message, warning, side file and explanation passes through here.
import { t } from "../text/render.js";
import { maskNik } from "./nik.js";

/** How visibleControls shows a character that would otherwise act on the terminal or hide: "⟨1B⟩", "⟨202E⟩". */
const SHOWN_CONTROL = String.raw`⟨[0-9A-F]{2,6}⟩`;
const SHOWN_CONTROLS = new RegExp(SHOWN_CONTROL, "gu");
/** Characters that print nothing (controls, zero-width and bidi marks, combining marks), raw or already shown. */
const UNSEEN = String.raw`(?:[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Zl}\p{Zp}]|${SHOWN_CONTROL})`;
/** What may stand between two digits of one NIK: up to two spaces of any width, dots, dashes, apostrophes or underscores. */
const GAP = String.raw`${UNSEEN}*(?:[\p{Zs}.'’_\p{Pd}]${UNSEEN}*){0,2}`;

/**
 * Sixteen digits or more in a row, in any digit system (ASCII, full-width, Arabic-Indic…), also written in groups
 * ("1303 0612 0495 0001", "1.303.061.204.950.001" as Excel groups a NIK stored as a number) or split by characters
 * that print nothing. Sixteen digits is a NIK; an amount that long would be a quadrillion rupiah, so nothing real
 * is hidden.
 */
/** A decimal digit of any system, and the superscript and subscript digits people paste from word processors. */
const ANY_DIGIT = String.raw`[\p{Nd}\u00B2\u00B3\u00B9\u2070\u2074-\u2079\u2080-\u2089]`;
const NIK_RUN = new RegExp(String.raw`${ANY_DIGIT}(?:${GAP}${ANY_DIGIT}){15,}`, "gu");

const DIGIT = new RegExp(String.raw`^${ANY_DIGIT}$`, "u");
/** Superscript and subscript digits: not decimal digits to Unicode, but digits to a reader. */
const SCRIPT_DIGITS: Record<number, number> = { 0xb9: 1, 0xb2: 2, 0xb3: 3, 0x2070: 0, 0x2074: 4, 0x2075: 5, 0x2076: 6, 0x2077: 7, 0x2078: 8, 0x2079: 9 };
const digitValues = new Map<number, number>();

/** The value of a decimal digit of any system, from its code point. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code in SCRIPT_DIGITS) return SCRIPT_DIGITS[code]!;
  if (code >= 0x2080 && code <= 0x2089) return code - 0x2080;
  let value = digitValues.get(code);
  if (value === undefined) {
    // Unicode lays decimal digits out in runs of whole sets of ten, each from zero to nine (the mathematical digits
    // are five sets in one run): the value is the distance from the run's start, modulo ten.
    let start = code;
    while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
    value = (code - start) % 10;
    digitValues.set(code, value);
  }
  return value;
}

/** The ASCII digits of any decimal digits ("１２" and "١٢" → "12"); other characters dropped. */
export function asciiDigits(text: string): string {
  let digits = "";
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if ((code >= 0x30 && code <= 0x39) || DIGIT.test(character)) digits += String(digitValue(code));
  }
  return digits;
}

/** NIK_RUN for printable ASCII text, where the only gaps are spaces, dots, dashes, apostrophes, underscores: several times faster (a key per worker). */
const ASCII_NIK_RUN = /\d(?:[ .'_-]{0,2}\d){15,}/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Masks every NIK-like run of digits in a text: "NIK 1303061204950001" → "NIK 130306******0001". */
export function maskNiks(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.replace(ASCII_NIK_RUN, (run) => maskNik(run.replace(/\D/g, "")));
  // The codes of controls already shown are hexadecimal, some of them digits: they are no part of the NIK.
  return text.replace(NIK_RUN, (run) => maskNik(asciiDigits(run.replace(SHOWN_CONTROLS, ""))));
}

const HAS_NIK_RUN = new RegExp(NIK_RUN.source, "u");

/** Whether a text holds a NIK-like run of digits. */
export function hasNikRun(text: string): boolean {
  return HAS_NIK_RUN.test(text);
}

/** Controls (C0, DEL, C1: escape sequences start with one), invisible format characters (zero-width, bidi, tags), line separators. */
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * Makes control characters visible instead of letting a roster cell drive the terminal or hide text: each becomes
 * its code in brackets ("⟨1B⟩"), so an escape sequence prints as "⟨1B⟩[31m" and does nothing. Tabs and line breaks
 * too: inside a cell they would forge lines of a message (safeText keeps those a message itself is laid out with).
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (character) => `⟨${hex(character.codePointAt(0)!)}⟩`);
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(2, "0");
}

/** Longest cell text quoted in a message; a 50 MB line is not echoed whole. */
export const MAX_QUOTED = 60;

const TRAILING_RUN = new RegExp(String.raw`\p{Nd}(?:${GAP}\p{Nd})*(?:${GAP})$`, "u");
const LEADING_DIGIT = new RegExp(String.raw`^${GAP}\p{Nd}`, "u");
/** Digits of a NIK that a cut may leave: its kecamatan prefix, which the mask shows too. */
const CUT_NIK_DIGITS = 6;

/**
 * A cell as a message quotes it: control characters visible, cut to `max` characters (code points, so a surrogate
 * pair stays whole). Masking comes later, with the whole message (safeText); a cut through a run of digits keeps
 * at most its first six, since the masker cannot recognise a NIK whose end was cut off.
 */
export function quoteCell(cell: string, max = MAX_QUOTED): string {
  // A NIK typed with odd separators is quoted in groups of four, a form the message's masking recognises.
  const shown = isNikShaped(cell) && !hasNikRun(cell) ? asciiDigits(cell).replace(/(\d{4})(?=\d)/g, "$1 ") : cell;
  return `"${cutCell(shown, max)}"`;
}

/** quoteCell without the quotes, for cells listed as names (a header). */
export function cutCell(cell: string, max = MAX_QUOTED): string {
  const kept = cutText(cell, max);
  return kept === undefined ? visibleControls(cell) : `${visibleControls(kept)}…`;
}

/** The first `max` code points of a text, none of a digit run the cut goes through past its sixth digit; undefined when the text is no longer. */
function cutText(text: string, max: number): string | undefined {
  let end = 0;
  for (let count = 0; count < max && end < text.length; count++) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  if (end >= text.length) return undefined;
  const kept = text.slice(0, end);
  const run = TRAILING_RUN.exec(kept);
  return run && LEADING_DIGIT.test(text.slice(end, end + 64)) ? kept.slice(0, run.index) + firstDigits(run[0], CUT_NIK_DIGITS) : kept;
}

/**
 * Longest message written whole: a backstop for a cell quoted without quoteCell, so that a 50 MB line never reaches
 * the terminal or a log.
 */
export const MAX_MESSAGE = 2000;

/** Most cells a message lists (a header's names): a line of a million fields is not echoed whole. */
export const MAX_LISTED = 20;

/** Cells listed in a message, each cut, the list too: "nama, kecamatan" or "a, b, … (480 more)". */
export function listCells(cells: readonly string[], separator = ", "): string {
  const listed = cells.slice(0, MAX_LISTED).map((cell) => cutCell(cell)).join(separator);
  return cells.length > MAX_LISTED ? `${listed}${separator}${t("list.more", { count: cells.length - MAX_LISTED })}` : listed;
}

/** The start of a run up to and including its `count`th digit. */
function firstDigits(run: string, count: number): string {
  let seen = 0;
  let end = 0;
  for (const character of run) {
    end += character.length;
    if (DIGIT.test(character) && ++seen === count) break;
  }
  return run.slice(0, end);
}

/** What may leave iuran as text derived from input: unless asked otherwise NIKs masked, and controls made visible. */
export function safeText(text: string, showNik: boolean): string {
  const kept = cutText(text, MAX_MESSAGE);
  const whole = kept === undefined ? text : `${kept}…`;
  // Masked before controls are shown: a NIK split by an invisible character is still one NIK.
  return visibleControlsKeepingLayout(showNik ? whole : maskNiks(whole));
}

/** Text from input on one line, a table cell say: NIKs masked unless shown, every control visible (line breaks too). */
export function safeInline(text: string, showNik: boolean): string {
  return visibleControls(showNik ? text : maskCell(text));
}

/**
 * Text from input kept as data for scripts (a JSON string): NIKs masked unless shown, the rest as read. JSON escapes
 * controls itself (and jsonForTerminal the few it leaves raw).
 */
export function safeData(text: string, showNik: boolean): string {
  return showNik ? text : maskCell(text);
}

/**
 * A cell that is nothing but sixteen digits or more and separators, whichever ("1303/0612/0495/0001",
 * "1,303,061,204,950,001"): a NIK however it was typed, though a message about it could hold any such run.
 */
export function isNikShaped(cell: string): boolean {
  // Sixteen to twenty digits and their separators fit in a short cell; a long one is no NIK, and is not scanned.
  if (cell.length > 80) return false;
  const digits = asciiDigits(cell);
  return digits.length >= 16 && digits.length <= 20 && NOT_DIGIT_OR_SEPARATOR.test(stripDigits(cell)) === false;
}
const NOT_DIGIT_OR_SEPARATOR = /[^\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]/u;
const DIGITS = new RegExp(ANY_DIGIT, "gu");
function stripDigits(text: string): string {
  return text.replace(DIGITS, "");
}

/** A cell as data may show it: a NIK-shaped cell masked whole, any other cell with its NIK runs masked. */
export function maskCell(cell: string): string {
  return isNikShaped(cell) ? maskNik(asciiDigits(cell)) : maskNiks(cell);
}

/** visibleControls, but the line breaks and tabs a message is laid out with stay. */
function visibleControlsKeepingLayout(text: string): string {
  return text
    .split(/(\r?\n|\t)/)
    .map((part) => (part === "\n" || part === "\r\n" || part === "\t" ? part : visibleControls(part)))
    .join("");
}

/** Characters JSON.stringify leaves raw although a terminal acts on them or hides them: C1 controls, DEL, format characters, line separators. */
const RAW_IN_JSON = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * JSON text with those characters written as \u escapes: the same data for a program, and nothing a terminal would
 * act on when the JSON is shown there. (JSON.stringify already escapes C0 controls.)
 */
export function jsonForTerminal(json: string): string {
  // A character beyond U+FFFF (a tag character) is escaped as its two UTF-16 halves, as JSON writes it.
  return json.replace(RAW_IN_JSON, (character) =>
    Array.from({ length: character.length }, (_, index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, "0")}`).join(""),
  );
}
