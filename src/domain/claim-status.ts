// What a check of a published figure concludes, whatever kind of claim it is.

/**
 * OK: the figure holds at the precision it is written with (an exact figure exactly; a rounded one, such as
 * "Rp 2,7 miliar" or "38,7%", as the interval its digits stand for), or nothing stated contradicts it.
 * MISMATCH: it does not hold at any reading of its precision.
 * INCONSISTENT-PRECISION: it does not hold as written, but does when read as a coarser rounding than its digits
 * claim (Rp 2.700.000.000 written in full for a total of Rp 2.688.000.000; 38,70% for 38,66%).
 */
export const CLAIM_STATUSES = ["OK", "MISMATCH", "INCONSISTENT-PRECISION"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The kinds of claim `check` reads: a contribution total, a coverage percentage, a count, a claims ratio. */
export const CLAIM_KINDS = ["total", "coverage", "count", "ratio"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Whether a claim holds: a script gates on this (exit 1 when any claim does not). */
export function claimHolds(status: ClaimStatus): boolean {
  return status === "OK";
}
