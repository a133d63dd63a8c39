// Funding shared between payers: "APBD=70,APBD Provinsi=30" (a province paying part of a regency's workers) read
// as exact fractions, and whole workers split between the payers by largest remainder, or with one payer's share
// rounded up as some provinces' rules say. Pure arithmetic: the payers' names are read by the funding vocabulary
// in the command, and each payer's part is priced there with its own funding rules.
import { t } from "../text/render.js";
import { MAX_WORKERS } from "./count.js";

/** One payer's share as an exact fraction numerator ÷ denominator (both bigint, denominator > 0). */
export interface PayerShare {
  /** As written in --share, trimmed. */
  payer: string;
  numerator: bigint;
  denominator: bigint;
  /** The share as written ("70", "2/3"), for reports. */
  written: string;
}

export class ShareError extends Error {}

const PERCENT = /^\d{1,3}(?:[.,]\d{1,6})?$/;
const FRACTION = /^(\d{1,6})\/(\d{1,6})$/;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * Reads "APBD=70,APBD Provinsi=30": percentages (up to 6 decimal places, "." or "," as the mark) that add up to
 * exactly 100, or fractions ("APBD=2/3,APBD Provinsi=1/3") that add up to exactly 1; the two forms are not mixed.
 * Every share is kept as an exact fraction, so 2/3 is never 66.67%.
 */
export function parseShares(text: string): PayerShare[] {
  const entries = text.split(",").filter((entry, index, all) => !(entry.trim() === "" && index === all.length - 1));
  // "APBD=33,5,APBD Provinsi=66,5": a decimal comma splits a percentage; it rejoins the entry before it.
  const joined: string[] = [];
  for (const entry of entries) {
    if (!entry.includes("=") && joined.length > 0 && /^\d+$/.test(entry.trim())) joined[joined.length - 1] += `,${entry.trim()}`;
    else joined.push(entry);
  }
  const shares: PayerShare[] = [];
  let kind: "percent" | "fraction" | undefined;
  for (const entry of joined) {
    const at = entry.lastIndexOf("=");
    const payer = at < 0 ? "" : entry.slice(0, at).trim();
    // "APBD Provinsi=30%": officers write the percent sign; it says what the bare number says.
    const written = at < 0 ? "" : entry.slice(at + 1).trim().replace(/\s*%$/, "");
    if (payer === "" || written === "") throw new ShareError(t("planFit.share.entry", { entry: entry.trim() }));
    const fraction = FRACTION.exec(written);
    const entryKind = fraction ? "fraction" : PERCENT.test(written) ? "percent" : undefined;
    if (entryKind === undefined) throw new ShareError(t("planFit.share.value", { payer, value: written }));
    if (kind !== undefined && entryKind !== kind) throw new ShareError(t("planFit.share.mixed"));
    kind = entryKind;
    let numerator: bigint;
    let denominator: bigint;
    if (fraction) {
      numerator = BigInt(fraction[1]!);
      denominator = BigInt(fraction[2]!);
      if (denominator === 0n) throw new ShareError(t("planFit.share.value", { payer, value: written }));
    } else {
      const [whole, decimals = ""] = written.split(/[.,]/);
      numerator = BigInt(whole! + decimals);
      denominator = 100n * 10n ** BigInt(decimals.length);
    }
    const divisor = gcd(numerator, denominator) || 1n;
    shares.push({ payer, numerator: numerator / divisor, denominator: denominator / divisor, written });
  }
  if (shares.length < 2) throw new ShareError(t("planFit.share.twoPayers"));
  const [sumNumerator, sumDenominator] = shares.reduce(
    ([n, d], share) => [n * share.denominator + share.numerator * d, d * share.denominator],
    [0n, 1n],
  );
  if (sumNumerator !== sumDenominator) {
    throw new ShareError(t(kind === "fraction" ? "planFit.share.notOne" : "planFit.share.notHundred", { sum: describeSum(sumNumerator, sumDenominator, kind!) }));
  }
  return shares;
}

/** The sum as the user wrote the shares: a percentage (exact, up to 6 places) or a fraction in lowest terms. */
function describeSum(numerator: bigint, denominator: bigint, kind: "percent" | "fraction"): string {
  const divisor = gcd(numerator, denominator) || 1n;
  const [n, d] = [numerator / divisor, denominator / divisor];
  if (kind === "fraction") return d === 1n ? n.toString() : `${n}/${d}`;
  // Percentages have at most 6 places each, so their sum × 100 × 10^6 is whole.
  const micro = (n * 100n * 1_000_000n) / d;
  const whole = micro / 1_000_000n;
  const places = (micro % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return places === "" ? whole.toString() : `${whole}.${places}`;
}

export interface PayerPart {
  payer: string;
  workers: number;
}

/**
 * Splits `total` whole workers between the payers. Each payer first gets the floor of its exact share
 * total × numerator ÷ denominator; the workers left go one each to the largest remainders, equal remainders to the
 * payer written first in --share. A payer named in `roundUp` gets the ceiling of its exact share instead, and the
 * others share the rest the same way. The parts always add up to `total`.
 */
export function splitWorkers(total: number, shares: readonly PayerShare[], roundUp?: string): PayerPart[] {
  if (!Number.isSafeInteger(total) || total < 0 || total > MAX_WORKERS) {
    throw new ShareError(t("allocation.badTotal", { total: String(total), max: MAX_WORKERS }));
  }
  const whole = BigInt(total);
  const parts = shares.map((share) => ({
    payer: share.payer,
    floor: (whole * share.numerator) / share.denominator,
    // The remainder as a fraction of one worker, brought to a common denominator for comparison below.
    remainder: (whole * share.numerator) % share.denominator,
    denominator: share.denominator,
  }));
  const held = roundUp === undefined ? -1 : shares.findIndex((share) => share.payer === roundUp);
  if (roundUp !== undefined && held < 0) throw new ShareError(t("planFit.share.roundUpUnknown", { payer: roundUp, payers: shares.map((share) => share.payer).join(", ") }));
  const counts = parts.map((part) => part.floor);
  if (held >= 0 && parts[held]!.remainder > 0n) counts[held] = counts[held]! + 1n;
  let leftover = whole - counts.reduce((sum, count) => sum + count, 0n);
  // Remainders r/d compared exactly by cross-multiplying; ties keep the order written (a stable sort).
  const order = parts
    .map((part, index) => ({ ...part, index }))
    .filter((part) => part.index !== held)
    .sort((a, b) => {
      const left = a.remainder * b.denominator;
      const right = b.remainder * a.denominator;
      return left === right ? a.index - b.index : left > right ? -1 : 1;
    });
  for (const part of order) {
    if (leftover === 0n) break;
    counts[part.index] = counts[part.index]! + 1n;
    leftover--;
  }
  // Each count is at most the total (≤ MAX_WORKERS): an exact number.
  return parts.map((part, index) => ({ payer: part.payer, workers: Number(counts[index]!) }));
}

/** A class of identical workers (same grouping values, terms, start and months), counted: never one row each. */
export interface WorkerClass<T> {
  item: T;
  count: number;
}

/**
 * Hands classes of workers to the payers: classes in the order given (the order each first appears in the
 * roster), each payer's count filled in turn, the first payer's first; a class that straddles two payers is cut.
 * Returns, per payer in order, the classes (or parts of them) it pays for.
 */
export function assignClasses<T>(classes: readonly WorkerClass<T>[], parts: readonly PayerPart[]): WorkerClass<T>[][] {
  const assigned: WorkerClass<T>[][] = parts.map(() => []);
  let payer = 0;
  let room = parts[0]?.workers ?? 0;
  for (const workerClass of classes) {
    let left = workerClass.count;
    while (left > 0) {
      while (room === 0 && payer < parts.length - 1) room = parts[++payer]!.workers;
      if (room === 0) throw new ShareError(t("planFit.share.countsDisagree"));
      const taken = Math.min(left, room);
      assigned[payer]!.push({ item: workerClass.item, count: taken });
      left -= taken;
      room -= taken;
    }
  }
  return assigned;
}
