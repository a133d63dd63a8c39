// Coverage: enrolled workers as a share of those eligible, and what a coverage target takes.
import { Dec } from "./money.js";

/** Coverage percentages are shown to this many decimal places, rounded half-up. */
export const COVERAGE_PLACES = 2;

/** enrolled ÷ potential × 100, rounded half-up to COVERAGE_PLACES; null when nobody is eligible. */
export function coveragePercent(enrolled: number, potential: number): Dec | null {
  if (potential === 0) return null;
  return new Dec(enrolled).times(100).dividedBy(potential).toDecimalPlaces(COVERAGE_PLACES, Dec.ROUND_HALF_UP);
}

/** The fewest workers that reach `percent` of `potential`: rounded up, so the target is met, not missed by a fraction. */
export function workersForPercent(potential: number, percent: Dec): number {
  return new Dec(potential).times(percent).dividedBy(100).ceil().toNumber();
}

export interface TargetPlan {
  enrolled: number;
  potential: number;
  target: number;
  additionalWorkers: number;
  coverageBefore: Dec | null;
  coverageAfter: Dec | null;
}

export function targetPlan(enrolled: number, potential: number, target: number): TargetPlan {
  const additionalWorkers = Math.max(0, target - enrolled);
  return {
    enrolled,
    potential,
    target,
    additionalWorkers,
    coverageBefore: coveragePercent(enrolled, potential),
    coverageAfter: coveragePercent(enrolled + additionalWorkers, potential),
  };
}
