// A count claim: the arithmetic of a programme announcement. "6.200 pekerja: 100 per nagari in 62 nagari" (count =
// per unit × units; any two give the third) or "9.450 = 6.250 + 3.200" (count = the sum of its parts). A count may be
// published rounded ("12 ribu", "1,3 juta"): it is then read as the interval its digits stand for, as amounts are.
import type { ClaimStatus } from "./claim-status.js";
import { MAX_WORKERS, parseCount, type CountParse } from "./count.js";
import { fraction, type Fraction } from "./published-percent.js";
import type { WholeRange } from "./coverage-claim.js";
import { quoteCell } from "./personal-data.js";
import { t } from "../text/render.js";

/**
 * A count as published: `digits` × 10^`exponent`. Written in full ("12.000") it is exact; with a scale word ("12
 * ribu", "1,3 juta") it stands for every whole count that rounds (half up) to it: 1,3 juta is 1.250.000 to 1.349.999.
 */
export interface PublishedCount {
  digits: bigint;
  exponent: number;
  scaled: boolean;
  /** As written, for reports: "12 ribu", "1,3 juta", "12000". */
  written: string;
}

export type PublishedCountParse = { ok: true; count: PublishedCount } | { ok: false; reason: string };

/** Scale words for counts of people, as powers of ten. */
const COUNT_SCALES: ReadonlyMap<string, number> = new Map([
  ["ribu", 3],
  ["rb", 3],
  ["juta", 6],
  ["jt", 6],
]);

/** Nouns an announcement puts after a count ("1,3 juta pekerja"): read past, they do not change the figure. */
const COUNT_NOUNS = /\s*(pekerja|orang|jiwa|peserta|workers?|people)$/i;

export function publishedCountValue(count: PublishedCount): bigint {
  return count.digits * 10n ** BigInt(count.exponent);
}

/**
 * Reads "6200", "6.200", "6,200" (a count of people has no fraction, so a comma between thousands is only grouping),
 * "12 ribu", "12rb", "1,3 juta", "1.3 juta". "2.500 ribu" is refused: 2.500 thousand or 2,5 thousand?
 */
export function parsePublishedCount(text: string): PublishedCountParse {
  const trimmed = text.trim().replace(COUNT_NOUNS, "");
  const scale = /^(.*?\d)\s*([a-z]+)\.?$/i.exec(trimmed);
  if (scale) {
    const power = COUNT_SCALES.get(scale[2]!.toLowerCase());
    if (power === undefined) return { ok: false, reason: t("figures.countUnknownScale", { word: quoteCell(scale[2]!) }) };
    const body = scale[1]!.replace(/\s+/g, "");
    if (/^\d+\.\d{3}$/.test(body)) return { ok: false, reason: t("figures.countAmbiguousScaled", { text: quoteCell(trimmed) }) };
    const match = /^(\d+)(?:[.,](\d+))?$/.exec(body);
    if (!match) return { ok: false, reason: t("count.notANumber") };
    const decimals = match[2] ?? "";
    const exponent = power - decimals.length;
    if (exponent < 0) return { ok: false, reason: t("figures.countFinerThanOne", { text: quoteCell(trimmed) }) };
    const count: PublishedCount = { digits: BigInt(`${match[1]}${decimals}`), exponent, scaled: true, written: `${body} ${scale[2]!.toLowerCase()}` };
    if (publishedCountValue(count) > BigInt(MAX_WORKERS)) return { ok: false, reason: t("count.aboveBound", { bound: t("count.workersBound", { max: MAX_WORKERS }) }) };
    return { ok: true, count };
  }
  const parsed = parsePeopleCount(trimmed);
  if (!parsed.ok) return parsed;
  return { ok: true, count: { digits: BigInt(parsed.count), exponent: 0, scaled: false, written: String(parsed.count) } };
}

/**
 * A whole count of people written in full: 18338, 18.338, or 18,338 (a count of people has no fraction, so a comma
 * between groups of three can only group thousands; parseCount refuses it as ambiguous, since amounts may have one).
 */
export function parsePeopleCount(text: string): CountParse {
  const trimmed = text.trim();
  return parseCount(/^\d{1,3}(,\d{3})+$/.test(trimmed) ? trimmed.replace(/,/g, "") : trimmed);
}

/**
 * The whole counts a published count stands for, as twice the count: low2 ≤ 2n < high2. Exact: n = value. Rounded:
 * (digits − ½) × 10^exponent ≤ n < (digits + ½) × 10^exponent.
 */
export function countInterval(count: PublishedCount): { low2: bigint; high2: bigint } {
  const scale = 10n ** BigInt(count.exponent);
  if (!count.scaled) return { low2: 2n * count.digits, high2: 2n * count.digits + 1n };
  return { low2: (2n * count.digits - 1n) * scale, high2: (2n * count.digits + 1n) * scale };
}

/** The inclusive whole bounds of that interval, for people: 12 ribu → 11.500 to 12.499. */
export function countBounds(count: PublishedCount): { low: bigint; high: bigint } {
  const { low2, high2 } = countInterval(count);
  const low = low2 <= 0n ? 0n : (low2 + 1n) / 2n;
  return { low, high: (high2 + 1n) / 2n - 1n };
}

function holds(count: PublishedCount, value: bigint): boolean {
  const { low2, high2 } = countInterval(count);
  return low2 <= 2n * value && 2n * value < high2;
}

/** Coarser readings a count's trailing zeros allow, finest first: 12.000 may be 1.200 tens, 120 hundreds, 12 ribu. */
export function coarserCounts(count: PublishedCount): PublishedCount[] {
  const found: PublishedCount[] = [];
  let { digits, exponent } = count;
  while (digits > 0n && digits % 10n === 0n) {
    digits /= 10n;
    exponent++;
    found.push({ digits, exponent, scaled: true, written: (digits * 10n ** BigInt(exponent)).toString() });
  }
  return found;
}

export type CountClaim =
  | { label: string; form: "product"; count: PublishedCount | null; perUnit: bigint | null; units: bigint | null }
  | { label: string; form: "sum"; count: PublishedCount; parts: readonly bigint[] };

/** What a count and one factor imply of the other: exactly, and the whole values the published count allows. */
export interface ImpliedFactor {
  factor: "units" | "perUnit";
  /** published count ÷ the other factor, exactly (the count's value as written). */
  exact: Fraction;
  /** Whole values whose product falls in the published count's interval; null when none does. */
  range: WholeRange | null;
}

export interface CountResult {
  claim: CountClaim;
  status: ClaimStatus;
  /** per unit × units, or the sum of the parts, when the claim states them. */
  computed: bigint | null;
  /** The published count's value − computed. */
  difference: bigint | null;
  /** The whole counts the published count stands for. */
  bounds: { low: bigint; high: bigint } | null;
  /** When the count does not hold as written: the finest coarser reading under which it does. */
  coarser: PublishedCount | null;
  /** With a count and per unit: the units they imply (the "12 of 31 nagari" reading); with a count and units alone: the per unit. */
  implied: ImpliedFactor | null;
  /** Two of three stated, held only at the coarser reading: the whole values of the missing factor it allows. */
  coarserRange: WholeRange | null;
}

function ceilingDivision(numerator: bigint, denominator: bigint): bigint {
  return numerator <= 0n ? -(-numerator / denominator) : (numerator + denominator - 1n) / denominator;
}

/** Whole x ≥ 0 with low2 ≤ 2 × factor × x < high2. */
function wholeFactorRange(count: PublishedCount, factor: bigint): WholeRange | null {
  const { low2, high2 } = countInterval(count);
  let min = ceilingDivision(low2, 2n * factor);
  if (min < 0n) min = 0n;
  const max = ceilingDivision(high2, 2n * factor) - 1n;
  return min > max ? null : { min, max };
}

function impliedFactor(count: PublishedCount, factor: "units" | "perUnit", by: bigint): ImpliedFactor {
  return { factor, exact: fraction(publishedCountValue(count), by), range: wholeFactorRange(count, by) };
}

export function checkCount(claim: CountClaim): CountResult {
  const empty = { computed: null, difference: null, bounds: null, coarser: null, implied: null, coarserRange: null };
  const count = claim.count;
  const computed = claim.form === "sum" ? claim.parts.reduce((sum, part) => sum + part, 0n) : claim.perUnit !== null && claim.units !== null ? claim.perUnit * claim.units : null;
  if (count === null) {
    if (computed === null) throw new Error("a count claim needs two of count, per unit and units");
    return { claim, status: "OK", ...empty, computed };
  }
  const bounds = countBounds(count);
  const implied =
    claim.form === "product" && claim.perUnit !== null
      ? impliedFactor(count, "units", claim.perUnit)
      : claim.form === "product" && claim.units !== null
        ? impliedFactor(count, "perUnit", claim.units)
        : null;
  // Whether the figures hold at a reading of the count: the computed count lies in it, or a whole factor does.
  const holdsAt = (reading: PublishedCount): boolean => {
    if (computed !== null) return holds(reading, computed);
    const by = claim.form === "product" ? (claim.perUnit ?? claim.units) : null;
    if (by === null) throw new Error("a count claim needs two of count, per unit and units");
    return wholeFactorRange(reading, by) !== null;
  };
  const difference = computed === null ? null : publishedCountValue(count) - computed;
  if (holdsAt(count)) return { claim, status: "OK", computed, difference, bounds, coarser: null, implied, coarserRange: null };
  const coarser = coarserCounts(count).find(holdsAt) ?? null;
  const by = claim.form === "product" && computed === null ? (claim.perUnit ?? claim.units) : null;
  const coarserRange = coarser !== null && by !== null ? wholeFactorRange(coarser, by) : null;
  return { claim, status: coarser === null ? "MISMATCH" : "INCONSISTENT-PRECISION", computed, difference, bounds, coarser, implied, coarserRange };
}

/** Parts of a sum as written: "6250+3200", "6.250 + 3.200". */
export function splitParts(text: string): string[] {
  return text.split("+").map((part) => part.trim());
}
