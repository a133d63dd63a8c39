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
 * Parses a whole-rupiah amount as people write it: 1000000, 1.000.000, 1.000.000,00, Rp 1.000.000, Rp1.000.000,-
 * and 1,000,000. A value that could be read two ways (1,000) is refused with both readings, never guessed, unless
 * the decimal mark is given.
 */
export function parseRupiah(text: string, decimalMark?: DecimalMark): AmountParse {
  return parseWhole(text, "rupiah", decimalMark);
}

/** A whole number written like an amount (1333, 1.333, 1,333,000), refused in the words of a number, not of money. */
export function parseWholeNumber(text: string): AmountParse {
  return parseWhole(text, "count", undefined);
}

function parseWhole(text: string, unit: WholeUnit, decimalMark: DecimalMark | undefined): AmountParse {
  const body = text.trim().replace(/^(rp\.?|idr)\s*/i, "").replace(/[,.]-$/, "").replace(/\s+/g, "");
  if (body === "") return refused(t("amount.empty"));
  if (body.startsWith("-")) return refused(t("amount.negative"));
  if (/^\d+$/.test(body)) return { ok: true, rupiah: BigInt(body) };
  return decimalMark === undefined ? parseGuessingMarks(body, unit) : parseWithMark(body, decimalMark, unit);
}

function refused(reason: string): AmountParse {
  return { ok: false, reason };
}

function parseWithMark(body: string, mark: DecimalMark, unit: WholeUnit): AmountParse {
  const group = mark === "," ? "\\." : ",";
  const escapedMark = mark === "." ? "\\." : ",";
  const match = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${escapedMark}(\\d+))?$`).exec(body);
  if (!match) return refused(t("amount.notWithMark", { mark }));
  const whole = match[1]!.replace(/[.,]/g, "");
  const fraction = match[2] ?? "";
  if (/^0*$/.test(fraction)) return { ok: true, rupiah: BigInt(whole) };
  return refused(t(REFUSALS[unit].notWhole, { value: cutCell(`${whole}${mark}${fraction}`) }));
}

function parseGuessingMarks(body: string, unit: WholeUnit): AmountParse {
  // Indonesian grouping: dots between thousands, optional decimal comma.
  const indonesian = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d+)$|^(\d{1,3}(?:\.\d{3})+)$/.exec(body);
  if (indonesian) {
    const whole = (indonesian[1] ?? indonesian[3] ?? "").replace(/\./g, "");
    const fraction = indonesian[2] ?? "";
    if (/^0*$/.test(fraction)) {
      // "1,000" alone could be English one thousand or Indonesian one-comma-zero-zero-zero.
      if (indonesian[1] !== undefined && !indonesian[1].includes(".") && fraction.length === 3) {
        return ambiguous(body, `${whole}${fraction}`, whole);
      }
      return { ok: true, rupiah: BigInt(whole) };
    }
    if (indonesian[1] !== undefined && !indonesian[1].includes(".") && fraction.length === 3) {
      return ambiguous(body, `${whole}${fraction}`, `${whole},${fraction}`);
    }
    return refused(t(REFUSALS[unit].notWhole, { value: cutCell(`${whole},${fraction}`) }));
  }
  // English grouping with at least two comma groups, or commas then a decimal point, cannot be anything else.
  const english = /^(\d{1,3}(?:,\d{3}){2,})$|^(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(body);
  if (english) {
    const whole = (english[1] ?? english[2]!).replace(/,/g, "");
    if (/^0*$/.test(english[3] ?? "")) return { ok: true, rupiah: BigInt(whole) };
    return refused(t(REFUSALS[unit].notWhole, { value: cutCell(`${whole}.${english[3]}`) }));
  }
  // A dot that cannot be grouping ("1500000.00", "1.5") is a decimal point.
  const dotDecimal = /^(\d+)\.(\d+)$/.exec(body);
  if (dotDecimal) {
    if (/^0+$/.test(dotDecimal[2]!)) return { ok: true, rupiah: BigInt(dotDecimal[1]!) };
    return refused(t(REFUSALS[unit].decimalPoint, { value: cutCell(body) }));
  }
  if (/^[\d.,]+$/.test(body)) return refused(t(REFUSALS[unit].badGrouping));
  return refused(t(REFUSALS[unit].notOne));
}

function ambiguous(body: string, asThousands: string, asDecimal: string): AmountParse {
  return refused(t("amount.ambiguous", { quoted: quoteCell(body), thousands: cutCell(asThousands), decimal: cutCell(asDecimal) }));
}
