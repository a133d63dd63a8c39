// Whole counts (workers, potentials) as people write them: 1333, 1.333 or 1,333,000; never a fraction.
import { parseRupiah } from "./money.js";

/**
 * The most workers any count may hold: more than Indonesia's whole population (about 280 million in 2024), so a
 * larger figure is a typing slip. It also keeps every product iuran forms from counts within JavaScript's exact
 * integers: MAX_WORKERS × MAX_MONTHS (1,200) = 3.6 × 10^11, far below 2^53 ≈ 9.007 × 10^15.
 */
export const MAX_WORKERS = 300_000_000;

/** A whole number with its thousands grouped by commas, for English messages: 300000000 → "300,000,000". */
export function groupedDigits(value: number | bigint): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Why a count above MAX_WORKERS is refused, in the words every such message uses. */
export const WORKERS_BOUND = `the bound of ${groupedDigits(MAX_WORKERS)} workers (more than Indonesia's population)`;

export type CountParse = { ok: true; count: number } | { ok: false; reason: string };

export function parseCount(text: string): CountParse {
  // Counts share the grammar of whole-rupiah amounts (Indonesian grouping, no fractions), without "Rp".
  if (/rp|idr/i.test(text)) return { ok: false, reason: "is an amount of money, not a count" };
  const parsed = parseRupiah(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason.replace("whole rupiah amount", "whole number").replace("not an amount", "not a number") };
  // Compared as bigint, before any conversion: Number() of a larger value could already be rounded.
  if (parsed.rupiah > BigInt(MAX_WORKERS)) return { ok: false, reason: `is above ${WORKERS_BOUND}` };
  return { ok: true, count: Number(parsed.rupiah) };
}
