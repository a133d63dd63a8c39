// --expect-total: a stated figure compared with the computed one, at the precision it is written with
// ("Rp 201,5 juta" is any total from Rp 201.450.000 up to, not including, Rp 201.550.000).
import type { ClaimStatus } from "../domain/claim-status.js";
import { coarserStepThatHolds, isExact, stands, type PublishedAmount } from "../domain/published-amount.js";
import { tIn } from "../text/render.js";
import type { Lang } from "./format.js";

export interface Expectation {
  expected: PublishedAmount;
  computed: bigint;
  /** expected as written − computed. */
  difference: bigint;
  status: ClaimStatus;
  /** When the figure holds only as a coarser rounding than written: that rounding's step. */
  coarserStep: bigint | null;
}

export function expectationOf(expected: PublishedAmount, computed: bigint): Expectation {
  const coarserStep = coarserStepThatHolds(expected, computed);
  const status: ClaimStatus = stands(expected, computed) ? "OK" : coarserStep !== null ? "INCONSISTENT-PRECISION" : "MISMATCH";
  return { expected, computed, difference: expected.written - computed, status, coarserStep };
}

export function expectationAsJson(expectation: Expectation) {
  const { expected } = expectation;
  return {
    expected: expected.written.toString(),
    // A rounded figure stands for low ≤ total < high; an exact one for itself (high = low + 1).
    expectedExact: isExact(expected),
    expectedLow: expected.low.toString(),
    expectedHigh: expected.high.toString(),
    computed: expectation.computed.toString(),
    difference: expectation.difference.toString(),
    status: expectation.status,
    ...(expectation.coarserStep === null ? {} : { holdsRoundedTo: expectation.coarserStep.toString() }),
  };
}

export function expectationAsText(expectation: Expectation, lang: Lang): string {
  const { expected, computed, difference } = expectation;
  const written = expected.written;
  if (expectation.status === "OK") {
    return isExact(expected)
      ? tIn(lang, "report.expectation.ok", { expected: written })
      : tIn(lang, "report.expectation.okRounded", { expected: written, low: expected.low, high: expected.high - 1n, computed });
  }
  if (expectation.status === "INCONSISTENT-PRECISION") {
    const step = expectation.coarserStep!;
    return isExact(expected)
      ? tIn(lang, "report.expectation.inconsistentPrecision", { expected: written, computed, step })
      : tIn(lang, "report.expectation.inconsistentPrecisionRounded", { expected: written, computed, step, asWritten: expected.step });
  }
  return isExact(expected)
    ? tIn(lang, "report.expectation.mismatch", { expected: written, computed, difference })
    : tIn(lang, "report.expectation.mismatchRounded", { expected: written, low: expected.low, high: expected.high - 1n, computed });
}
