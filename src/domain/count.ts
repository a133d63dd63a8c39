// Whole counts (workers, potentials) as people write them: 1333, 1.333 or 1,333,000; never a fraction.
import { t } from "../text/render.js";
import { parseWholeNumber } from "./money.js";

/**
 * The most workers any count may hold: more than Indonesia's whole population (about 280 million in 2024), so a
 * larger figure is a typing slip. It also keeps every product iuran forms from counts within JavaScript's exact
 * integers: MAX_WORKERS × MAX_MONTHS (1,200) = 3.6 × 10^11, far below 2^53 ≈ 9.007 × 10^15.
 */
export const MAX_WORKERS = 300_000_000;

/**
 * A whole number with its thousands grouped by commas, for English messages: 300000000 → "300,000,000". Messages in
 * the catalogue group counts for their language themselves ({count}); this serves English texts not yet in it.
 */
export function groupedDigits(value: number | bigint): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Why a count above MAX_WORKERS is refused, in the words every such message uses, in the run's language. */
export function workersBound(): string {
  return t("count.workersBound", { max: MAX_WORKERS });
}

export type CountParse = { ok: true; count: number } | { ok: false; reason: string };

export function parseCount(text: string): CountParse {
  // Counts share the grammar of whole-rupiah amounts (Indonesian grouping, no fractions), without "Rp".
  if (/rp|idr/i.test(text)) return { ok: false, reason: t("count.isMoney") };
  const parsed = parseWholeNumber(text);
  if (!parsed.ok) return parsed;
  // Compared as bigint, before any conversion: Number() of a larger value could already be rounded.
  if (parsed.rupiah > BigInt(MAX_WORKERS)) return { ok: false, reason: t("count.aboveBound", { bound: workersBound() }) };
  return { ok: true, count: Number(parsed.rupiah) };
}
