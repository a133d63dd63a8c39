// The arithmetic behind a figure, the way a budget document justifies a line: workers × months × (the month's
// lines), split wherever a tariff or relief changes.
import { monthlyContribution, type BelowFloor, type ContributionLine } from "./contribution.js";
import type { RoundingMode } from "./money.js";
import type { Month } from "./month.js";
import type { TariffBook } from "./tariff.js";
import type { WorkerTerms } from "./worker.js";

export interface ExplainSegment {
  firstMonth: Month;
  lastMonth: Month;
  workers: number;
  /** One worker's lines in each month of the segment (all months of a segment price alike). */
  lines: readonly ContributionLine[];
  perWorkerMonth: bigint;
}

export function segmentTotal(segment: ExplainSegment): bigint {
  return BigInt(segment.workers) * BigInt(segment.lastMonth - segment.firstMonth + 1) * segment.perWorkerMonth;
}

/** What makes two months price alike: the same tariff rows, reliefs, bases and amounts. */
function formulaKey(lines: readonly ContributionLine[]): string {
  return lines.map((line) => `${line.program}:${line.tariff.id}:${line.relief?.id ?? ""}:${line.base ?? ""}:${line.amount}`).join("|");
}

/**
 * Collects segments over many workers: workers whose months price alike over the same months share a line.
 * Memory grows with the number of distinct segments, not with the number of workers.
 */
export class Explanation {
  private readonly segments = new Map<string, ExplainSegment>();
  private readonly periods = new Map<string, { key: string; firstMonth: Month; lastMonth: Month; lines: ContributionLine[] }[]>();

  constructor(
    private readonly book: TariffBook,
    private readonly rounding: RoundingMode,
    private readonly belowFloor: BelowFloor = "error",
  ) {}

  add(terms: WorkerTerms, termsKey: string, start: Month, months: number, workers = 1): void {
    if (workers === 0) return;
    const periodKey = `${termsKey}|${start}|${months}`;
    let runs = this.periods.get(periodKey);
    if (!runs) {
      runs = [];
      for (let month = start; month < start + months; month++) {
        const lines = monthlyContribution(this.book, terms, month, this.rounding, undefined, this.belowFloor);
        const key = formulaKey(lines);
        const last = runs[runs.length - 1];
        if (last && last.key === key) last.lastMonth = month;
        else runs.push({ key, firstMonth: month, lastMonth: month, lines });
      }
      if (this.periods.size >= 50_000) this.periods.clear();
      this.periods.set(periodKey, runs);
    }
    for (const run of runs) {
      const id = `${run.firstMonth}|${run.lastMonth}|${run.key}`;
      const segment = this.segments.get(id);
      if (segment) segment.workers += workers;
      else {
        this.segments.set(id, {
          firstMonth: run.firstMonth,
          lastMonth: run.lastMonth,
          workers,
          lines: run.lines,
          perWorkerMonth: run.lines.reduce((sum, line) => sum + line.amount, 0n),
        });
      }
    }
  }

  /** In order of their first month, then last month. */
  result(): ExplainSegment[] {
    return [...this.segments.values()].sort((a, b) => a.firstMonth - b.firstMonth || a.lastMonth - b.lastMonth);
  }
}
