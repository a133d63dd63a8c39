// A percentage as it is published ("57,84%", "38,7 %", "57.84%", "100 persen"), kept with the decimals it is written
// with, and whether an exact true value is consistent with it: read as rounded half up, or as truncated, at those
// decimals, or only at fewer. All arithmetic is on exact fractions of bigint: never a JavaScript number.
import { t } from "../text/render.js";
import { Dec } from "./money.js";
import { quoteCell } from "./personal-data.js";

/** An exact non-negative rational number: numerator ÷ denominator, denominator > 0. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

export function fraction(numerator: bigint, denominator: bigint): Fraction {
  if (denominator <= 0n) throw new Error("a fraction needs a positive denominator");
  return { numerator, denominator };
}

/** covered ÷ of as a percentage, exactly: covered × 100 ÷ of. */
export function percentOf(covered: bigint, of: bigint): Fraction {
  return fraction(covered * 100n, of);
}

/** A Decimal (built from digits, so finite) as an exact fraction. */
export function decimalAsFraction(value: Dec): Fraction {
  const [whole = "0", decimals = ""] = value.toFixed().split(".");
  return fraction(BigInt(`${whole}${decimals}`), 10n ** BigInt(decimals.length));
}

/** −1, 0 or 1 as a is below, equal to, or above b. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator);
}

/**
 * A fraction's digits to `places` decimals, cut (never rounded up), as a plain text with a dot ("57.8376", "-0.0024"),
 * and whether those digits are the whole value. An exact value drops its trailing zeros ("50", "12.5").
 */
export function cutDigits(value: Fraction, places: number): { text: string; exact: boolean } {
  const negative = value.numerator < 0n;
  const numerator = negative ? -value.numerator : value.numerator;
  const scale = 10n ** BigInt(places);
  const scaled = (numerator * scale) / value.denominator;
  const exact = scaled * value.denominator === numerator * scale;
  const text = unitsText(scaled, places);
  const shown = exact && text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
  return { text: `${negative && (scaled !== 0n || !exact) ? "-" : ""}${shown}`, exact };
}

/** A published percentage: its value exactly, and the decimals it is written with (its precision). */
export interface PublishedPercent {
  value: Dec;
  /** Decimals written: 2 for "57,84%", 0 for "100%". */
  places: number;
  /** The digits as a whole number at that precision: 5784 for "57,84%". */
  units: bigint;
}

export type PercentParse = { ok: true; percent: PublishedPercent } | { ok: false; reason: string };

/**
 * "57,84%", "57,84", "38,7 %", "57.84%", "100%", "0,5%", "57,84 persen": a decimal comma, or a lone decimal point.
 * A dot followed by exactly three digits ("1.234%") is refused: Indonesian grouping (1234%) or an English decimal
 * point (1,234%)? iuran never guesses. A dot followed by 1–2 or 4 and more digits cannot group thousands.
 */
export function parsePublishedPercent(text: string): PercentParse {
  const body = text
    .trim()
    .replace(/\s*(%|persen|percent)$/i, "")
    .trim();
  if (body === "") return { ok: false, reason: t("figures.percentEmpty") };
  if (body.startsWith("-") || body.startsWith("−")) return { ok: false, reason: t("figures.percentNegative") };
  const lone = /^(\d+)\.(\d{3})$/.exec(body);
  if (lone) return { ok: false, reason: t("figures.percentAmbiguous", { text: quoteCell(text.trim()), grouped: `${lone[1]}${lone[2]}`, comma: `${lone[1]},${lone[2]}` }) };
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(body);
  if (!match) return { ok: false, reason: t("figures.percentNotAPercent") };
  const whole = match[1]!;
  const decimals = match[2] ?? "";
  return {
    ok: true,
    percent: { value: new Dec(decimals === "" ? whole : `${whole}.${decimals}`), places: decimals.length, units: BigInt(`${whole}${decimals}`) },
  };
}

/** How a published figure is read: rounded half up to its decimals, or truncated (cut) to them. */
export type PercentReading = "rounded" | "truncated";

/** A half-open interval [low, high) of true values. */
export interface Interval {
  low: Fraction;
  high: Fraction;
}

/**
 * The true percentages a figure of `units` at `places` decimals stands for. Rounded half up: units ± half a unit of
 * the last place, [units − ½, units + ½) ÷ 10^places (never below 0); truncated: [units, units + 1) ÷ 10^places.
 */
export function percentInterval(units: bigint, places: number, reading: PercentReading): Interval {
  const scale = 10n ** BigInt(places);
  if (reading === "truncated") return { low: fraction(units, scale), high: fraction(units + 1n, scale) };
  const low = 2n * units - 1n;
  return { low: fraction(low < 0n ? 0n : low, 2n * scale), high: fraction(2n * units + 1n, 2n * scale) };
}

export function inInterval(value: Fraction, interval: Interval): boolean {
  return compareFractions(interval.low, value) <= 0 && compareFractions(value, interval.high) < 0;
}

/** Whether the true value prints as `units` at `places` decimals under each reading. */
export interface ReadingsThatHold {
  rounded: boolean;
  truncated: boolean;
}

export function readingsAt(truth: Fraction, units: bigint, places: number): ReadingsThatHold {
  return {
    rounded: inInterval(truth, percentInterval(units, places, "rounded")),
    truncated: inInterval(truth, percentInterval(units, places, "truncated")),
  };
}

export function anyHolds(readings: ReadingsThatHold): boolean {
  return readings.rounded || readings.truncated;
}

/** The figure read at fewer decimals: "38,70" as 38,7 (1 place). */
export interface CoarserReading extends ReadingsThatHold {
  places: number;
  units: bigint;
}

/**
 * The coarser precisions a figure's trailing zeros allow, finest first: "38,70%" may be 38,7% written with a padding
 * zero; "38,75%" has no coarser reading, and whole percents ("40%") are not read as tens.
 */
export function coarserPrecisions(percent: PublishedPercent): { places: number; units: bigint }[] {
  const found: { places: number; units: bigint }[] = [];
  let { units, places } = percent;
  while (places > 0 && units % 10n === 0n) {
    units /= 10n;
    places--;
    found.push({ places, units });
  }
  return found;
}

/** The finest coarser reading under which the true value holds, or null. */
export function coarserReadingThatHolds(truth: Fraction, percent: PublishedPercent): CoarserReading | null {
  for (const coarser of coarserPrecisions(percent)) {
    const readings = readingsAt(truth, coarser.units, coarser.places);
    if (anyHolds(readings)) return { ...coarser, ...readings };
  }
  return null;
}

/** The figure an exact value prints as at `places` decimals: rounded half up, and truncated, as whole units of the last place. */
export function printedUnits(truth: Fraction, places: number): { rounded: bigint; truncated: bigint } {
  const scale = 10n ** BigInt(places);
  const scaled = truth.numerator * scale;
  return {
    truncated: scaled / truth.denominator,
    rounded: (2n * scaled + truth.denominator) / (2n * truth.denominator),
  };
}

/** Units of the last place as a plain decimal text: (5784, 2) → "57.84". */
export function unitsText(units: bigint, places: number): string {
  if (places === 0) return units.toString();
  const digits = units.toString().padStart(places + 1, "0");
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}
