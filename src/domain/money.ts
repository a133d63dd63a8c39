// Money and rates: exact decimals, whole-rupiah amounts as bigint, one rounding rule.
// Nothing here ever holds money or a rate in a JavaScript number.
import { Decimal } from "decimal.js";
import { t } from "../text/render.js";
import { cutCell, quoteCell } from "./personal-data.js";

/** An isolated Decimal constructor: our settings never leak into, or depend on, the global one. */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Dec = Decimal;

export const ROUNDING_MODES = ["half-up", "half-even", "down", "up"] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_JS_MODE: Record<RoundingMode, Decimal.Rounding> = {
  "half-up": Decimal.ROUND_HALF_UP,
  "half-even": Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/** Rounds an exact amount to whole rupiah. Contributions are never negative, so "up" means away from zero. */
export function roundToRupiah(exact: Dec, mode: RoundingMode): bigint {
  return BigInt(exact.toDecimalPlaces(0, DECIMAL_JS_MODE[mode]).toString());
}

export function rupiahToDec(amount: bigint): Dec {
  return new Dec(amount.toString());
}

const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/** Parses a plain decimal such as "0.24" or "6800" (a rate or an amount in a data file). */
export function parsePlainDecimal(text: string): Dec | undefined {
  const trimmed = text.trim();
  return PLAIN_DECIMAL.test(trimmed) ? new Dec(trimmed) : undefined;
}

export type AmountParse = { ok: true; rupiah: bigint } | { ok: false; reason: string };

/** The character between whole rupiah and fractions, when the user says which (--decimal-mark). */
export type DecimalMark = "," | ".";

/** What a whole number stands for: its refusals say "whole rupiah amount" or "whole number". */
type WholeUnit = "rupiah" | "count";

const REFUSALS = {
  rupiah: { notWhole: "amount.notWhole", decimalPoint: "amount.decimalPoint", badGrouping: "amount.badGrouping", notOne: "amount.notAnAmount" },
  count: { notWhole: "count.notWhole", decimalPoint: "count.decimalPoint", badGrouping: "count.badGrouping", notOne: "count.notANumber" },
} as const;

/**
 * Scale words officers write after an amount ("Rp 500 juta", "750 rb", "2,3 M"), as powers of ten. A single "M" is
 * miliar (10^9), as Indonesian budget documents use it, never the English million; a lowercase "m" is refused as
 * ambiguous. Single letters count only in capitals ("M", "T"); words in any case.
 */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["ribu", 3],
  ["rb", 3],
  ["juta", 6],
  ["jt", 6],
  ["miliar", 9],
  ["milyar", 9],
  ["triliun", 12],
]);
const SCALE_LETTERS: ReadonlyMap<string, number> = new Map([
  ["M", 9],
  ["T", 12],
]);

/** The words an amount may end in, for messages. */
export const SCALE_WORD_LIST = "rb/ribu, jt/juta, M/miliar, T/triliun";

/**
 * Parses a whole-rupiah amount as people write it: 1000000, 1.000.000, 1.000.000,00, Rp 1.000.000, Rp1.000.000,-,
 * 1,000,000, and with a scale word: Rp 500 juta, Rp 1,25 miliar, 2,3 M, 750 rb. A value that could be read two ways
 * (1,000; 2.500 juta) is refused with both readings, never guessed, unless the decimal mark is given; a fraction of a
 * rupiah is refused. Exact: digits become bigint, never a JavaScript number.
 */
export function parseRupiah(text: string, decimalMark?: DecimalMark): AmountParse {
  return withoutStep(parseWhole(text, "rupiah", decimalMark));
}

function withoutStep(parsed: ReturnType<typeof parseWhole>): AmountParse {
  return parsed.ok ? { ok: true, rupiah: parsed.rupiah } : parsed;
}

/**
 * An amount as parseRupiah reads it, with the value of its last written digit: 1 for an amount written in full
 * (Rp 16.800, Rp 3.053.299.200,00), 10^8 for "Rp 2,7 miliar", 10^6 for "Rp 969 juta", 10^7 for "Rp 2,70 miliar".
 */
export function parseRupiahWithStep(text: string, decimalMark?: DecimalMark): { ok: true; rupiah: bigint; step: bigint } | { ok: false; reason: string } {
  return parseWhole(text, "rupiah", decimalMark);
}

/** A whole number written like an amount (1333, 1.333, 1,333,000), refused in the words of a number, not of money. */
export function parseWholeNumber(text: string): AmountParse {
  return withoutStep(parseWhole(text, "count", undefined));
}

/** Digits as written, split at the decimal mark: value = (whole.fraction) exactly. */
interface Written {
  whole: string;
  fraction: string;
  /** The mark between them as written, for messages. */
  mark: DecimalMark;
  /** A dot that cannot be grouping ("1.5", "1500000.00"): refused in its own words when not whole. */
  pointDecimal: boolean;
}

/** One reading, two (a lone group of three after one mark: thousands, or a decimal fraction?), or none. */
type NumberReading = { kind: "one"; written: Written } | { kind: "two"; grouped: Written; decimal: Written } | { kind: "none" };

function writtenAs(whole: string, fraction: string, mark: DecimalMark, pointDecimal = false): Written {
  return { whole: whole.replace(/[.,]/g, ""), fraction, mark, pointDecimal };
}

function one(whole: string, fraction: string, mark: DecimalMark, pointDecimal = false): NumberReading {
  return { kind: "one", written: writtenAs(whole, fraction, mark, pointDecimal) };
}

function readNumber(body: string, decimalMark: DecimalMark | undefined, scaled: boolean): NumberReading {
  if (/^\d+$/.test(body)) return one(body, "", ",");
  if (decimalMark !== undefined) {
    const group = decimalMark === "," ? "\\." : ",";
    const mark = decimalMark === "." ? "\\." : ",";
    const match = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${mark}(\\d+))?$`).exec(body);
    return match ? one(match[1]!, match[2] ?? "", decimalMark) : { kind: "none" };
  }
  // "1,000" is English one thousand or Indonesian one-comma-zero-zero-zero; "2.500" is Indonesian two thousand five
  // hundred, or (only before a scale word, where a fraction makes sense) 2.5 in English.
  const lone = /^(\d{1,3})([.,])(\d{3})$/.exec(body);
  if (lone && (lone[2] === "," || scaled)) {
    const mark = lone[2] as DecimalMark;
    return { kind: "two", grouped: writtenAs(`${lone[1]}${lone[3]}`, "", mark), decimal: writtenAs(lone[1]!, lone[3]!, mark) };
  }
  // Indonesian: dots between thousands, an optional decimal comma.
  const indonesian = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(body);
  if (indonesian) return one(indonesian[1]!, indonesian[2] ?? "", ",");
  // English: commas between thousands, an optional decimal point.
  const english = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(body);
  if (english) return one(english[1]!, english[2] ?? "", ".");
  // A dot that cannot be grouping ("1500000.00", "1.5") is a decimal point.
  const dotDecimal = /^(\d+)\.(\d+)$/.exec(body);
  if (dotDecimal) return one(dotDecimal[1]!, dotDecimal[2]!, ".", true);
  return { kind: "none" };
}

/** The exact rupiah a written number stands for after ×10^power, or undefined when a fraction of a rupiah is left. */
function wholeRupiah(written: Written, power: number): bigint | undefined {
  const numerator = BigInt(`${written.whole}${written.fraction}`) * 10n ** BigInt(power);
  const denominator = 10n ** BigInt(written.fraction.length);
  return numerator % denominator === 0n ? numerator / denominator : undefined;
}

function shown(written: Written): string {
  return /^0*$/.test(written.fraction) ? written.whole : `${written.whole}${written.mark}${written.fraction}`;
}

function parseWhole(text: string, unit: WholeUnit, decimalMark: DecimalMark | undefined): { ok: true; rupiah: bigint; step: bigint } | { ok: false; reason: string } {
  const trimmed = text.trim();
  let rest = trimmed.replace(/^(rp\.?|idr)\s*/i, "").replace(/[,.]-$/, "");
  let power = 0;
  let scaled = false;
  if (unit === "rupiah") {
    const scale = /^(.*?\d)\s*([a-z]+)\.?$/i.exec(rest);
    if (scale) {
      const word = scale[2]!;
      if (word === "m") return refused(t("forms.amountLowercaseM", { quoted: quoteCell(trimmed) }));
      const found = SCALE_LETTERS.get(word) ?? SCALE_WORDS.get(word.toLowerCase());
      if (found === undefined) return refused(t("forms.amountUnknownScale", { word: quoteCell(word), words: SCALE_WORD_LIST }));
      power = found;
      scaled = true;
      rest = scale[1]!;
    }
  }
  const body = rest.replace(/\s+/g, "");
  if (body === "") return refused(t("amount.empty"));
  if (body.startsWith("-")) return refused(t("amount.negative"));
  const reading = readNumber(body, decimalMark, scaled);
  if (reading.kind === "none") {
    if (decimalMark !== undefined) return refused(t("amount.notWithMark", { mark: decimalMark }));
    if (/^[\d.,]+$/.test(body)) return refused(t(REFUSALS[unit].badGrouping));
    return refused(t(REFUSALS[unit].notOne));
  }
  if (reading.kind === "two") {
    if (scaled) {
      const small = wholeRupiah(reading.decimal, power)!;
      const large = wholeRupiah(reading.grouped, power)!;
      return refused(t("forms.amountAmbiguousScaled", { quoted: quoteCell(trimmed), small, large, smallPlain: small.toString(), largePlain: large.toString() }));
    }
    return ambiguous(body, reading.grouped.whole, shown(reading.decimal));
  }
  const rupiah = wholeRupiah(reading.written, power);
  // A scaled figure is as precise as its last digit; one written in full, to the rupiah.
  const places = power - reading.written.fraction.length;
  if (rupiah !== undefined) return { ok: true, rupiah, step: scaled && places > 0 ? 10n ** BigInt(places) : 1n };
  if (scaled) return refused(t("forms.amountScaledNotWhole", { quoted: quoteCell(trimmed) }));
  if (reading.written.pointDecimal) return refused(t(REFUSALS[unit].decimalPoint, { value: cutCell(body) }));
  return refused(t(REFUSALS[unit].notWhole, { value: cutCell(shown(reading.written)) }));
}

function refused(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function ambiguous(body: string, asThousands: string, asDecimal: string): { ok: false; reason: string } {
  return refused(t("amount.ambiguous", { quoted: quoteCell(body), thousands: cutCell(asThousands), decimal: cutCell(asDecimal) }));
}
