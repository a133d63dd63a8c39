// Personal data and hostile text in what iuran prints from its inputs: the one place that masks NIKs, cuts long
// cells and makes control characters visible. Every message, warning, side file and explanation passes through here.
import { maskNik } from "./nik.js";

/**
 * Sixteen digits or more in a row, in any digit system (ASCII, full-width, Arabic-Indic…), optionally written in
 * groups split by one space, dot or dash ("1303 0612 3456 0001"). Sixteen digits is a NIK; an amount that long
 * would be a quadrillion rupiah, so nothing real is hidden.
 */
const NIK_RUN = /\p{Nd}(?:[ .\-']?\p{Nd}){15,}/gu;

/** The ASCII digits of any decimal digits ("１２" and "١٢" → "12"); other characters dropped. */
export function asciiDigits(text: string): string {
  let digits = "";
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code >= 0x30 && code <= 0x39) {
      digits += character;
      continue;
    }
    if (!/\p{Nd}/u.test(character)) continue;
    // Unicode lays decimal digits out in runs of whole sets of ten, each from zero to nine (the mathematical digits
    // are five sets in one run): the value is the distance from the run's start, modulo ten.
    let start = code;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    digits += String((code - start) % 10);
  }
  return digits;
}

/** Masks every NIK-like run of digits in a text: "NIK 1303061204950001" → "NIK 130306******0001". */
export function maskNiks(text: string): string {
  return text.replace(NIK_RUN, (run) => maskNik(asciiDigits(run)));
}

/** Whether a text holds a NIK-like run of digits. */
export function hasNikRun(text: string): boolean {
  NIK_RUN.lastIndex = 0;
  const found = NIK_RUN.test(text);
  NIK_RUN.lastIndex = 0;
  return found;
}

// ANSI escape sequences (CSI … final byte, OSC … BEL/ST, and two-byte escapes), then any other control character.
const ANSI_ESCAPE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])?|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes control characters visible instead of letting a roster cell drive the terminal: an escape sequence or a
 * control character becomes its code in brackets ("⟨1B⟩"), bidirectional overrides included. Tabs and line breaks
 * inside one message are kept only where the message itself puts them, so callers pass cell text through here.
 */
export function visibleControls(text: string): string {
  return text
    .replace(ANSI_ESCAPE, (sequence) => `⟨${hex(sequence.codePointAt(0)!)}⟩`)
    .replace(CONTROL, (character) => `⟨${hex(character.codePointAt(0)!)}⟩`);
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(2, "0");
}

/** Longest cell text quoted in a message; a 50 MB line is not echoed whole. */
export const MAX_QUOTED = 60;

/** A cell as a message quotes it: control characters visible, cut to a readable length. Masking comes later. */
export function quoteCell(cell: string, max = MAX_QUOTED): string {
  const characters = [...cell];
  const cut = characters.length > max ? `${characters.slice(0, max).join("")}…` : cell;
  return `"${visibleControls(cut)}"`;
}

/** What may leave iuran as text derived from input: controls made visible and, unless asked otherwise, NIKs masked. */
export function safeText(text: string, showNik: boolean): string {
  const visible = visibleControlsKeepingLayout(text);
  return showNik ? visible : maskNiks(visible);
}

/** visibleControls, but the line breaks and tabs a message is laid out with stay. */
function visibleControlsKeepingLayout(text: string): string {
  return text.split(/(\r?\n|\t)/).map((part) => (part === "\n" || part === "\r\n" || part === "\t" ? part : visibleControls(part))).join("");
}
