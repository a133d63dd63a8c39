// An amount as it is published: "Rp 2,7 miliar" is not 2,700,000,000 but any total that rounds to it, 2,650,000,000
// ≤ x < 2,750,000,000; "Rp 201.549.600" is exact. The precision is the text's: the value of its last written digit.
import { parseRupiahWithStep, type DecimalMark } from "./money.js";

export interface PublishedAmount {
  /** The figure as written, in rupiah (2,700,000,000 for "Rp 2,7 miliar"). */
  written: bigint;
  /** The value of its last written digit: 1 for an amount written in full, 10^8 for "2,7 miliar". */
  step: bigint;
  /** The totals it stands for, rounded half up at `step`: low ≤ x < high; an exact figure stands for itself alone (high = low + 1). */
  low: bigint;
  high: bigint;
}

export type PublishedAmountReading = { ok: true; amount: PublishedAmount } | { ok: false; reason: string };

export function readPublishedAmount(text: string, decimalMark?: DecimalMark): PublishedAmountReading {
  const parsed = parseRupiahWithStep(text, decimalMark);
  if (!parsed.ok) return parsed;
  return { ok: true, amount: publishedAmount(parsed.rupiah, parsed.step) };
}

/** The amount `written`, published to the nearest `step` (a power of ten; 1 when exact). */
export function publishedAmount(written: bigint, step: bigint): PublishedAmount {
  if (step <= 1n) return { written, step: 1n, low: written, high: written + 1n };
  // Half up: 2,65 miliar is published as 2,7 miliar, 2,75 miliar as 2,8.
  const half = step / 2n;
  return { written, step, low: written - half, high: written + half };
}

export function isExact(amount: PublishedAmount): boolean {
  return amount.step === 1n;
}

/** Whether a true total is one the published figure stands for. */
export function stands(amount: PublishedAmount, total: bigint): boolean {
  return amount.low <= total && total < amount.high;
}

/** A total rounded half up to a multiple of `step`. */
export function roundedTo(total: bigint, step: bigint): bigint {
  if (step <= 1n) return total;
  const sign = total < 0n ? -1n : 1n;
  const size = total < 0n ? -total : total;
  return sign * (((size + step / 2n) / step) * step);
}

/**
 * Published figures keep at least this many significant digits: a reading coarser than that ("Rp 3 miliar" for
 * anything from 2,5 to 3,5 miliar) would call almost any total consistent.
 */
export const MIN_SIGNIFICANT_DIGITS = 2;

/**
 * When the figure does not stand for the total at its own precision: the finest coarser step (a power of ten) at
 * which the total rounds to exactly the figure as written, keeping at least MIN_SIGNIFICANT_DIGITS significant
 * digits; null when there is none. "Rp 2.700.000.000" written in full for a total of 2,688,000,000 holds at 10^8
 * (it is "Rp 2,7 miliar"): INCONSISTENT-PRECISION, not a wrong total.
 */
export function coarserStepThatHolds(amount: PublishedAmount, total: bigint): bigint | null {
  if (stands(amount, total) || amount.written <= 0n) return null;
  for (let step = amount.step * 10n; step <= amount.written; step *= 10n) {
    if (amount.written % step !== 0n) break;
    // Read at `step`, "Rp 3.000.000.000" keeps the digits of 3.000.000.000 ÷ step: at 10^8, "3,0 miliar", two.
    if ((amount.written / step).toString().length < MIN_SIGNIFICANT_DIGITS) break;
    if (roundedTo(total, step) === amount.written) return step;
  }
  return null;
}

