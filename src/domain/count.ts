// Whole counts (workers, potentials) as people write them: 1333, 1.333 or 1,333,000; never a fraction.
import { parseRupiah } from "./money.js";

export type CountParse = { ok: true; count: number } | { ok: false; reason: string };

export function parseCount(text: string): CountParse {
  // Counts share the grammar of whole-rupiah amounts (Indonesian grouping, no fractions), without "Rp".
  if (/rp|idr/i.test(text)) return { ok: false, reason: "is an amount of money, not a count" };
  const parsed = parseRupiah(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason.replace("whole rupiah amount", "whole number").replace("not an amount", "not a number") };
  if (parsed.rupiah > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: "is too large to count exactly" };
  return { ok: true, count: Number(parsed.rupiah) };
}
