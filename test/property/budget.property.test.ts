// Invariants of pricing and budgeting, under fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BudgetBuilder, totalOf, type BudgetReport } from "../../src/domain/budget.js";
import { monthlyContribution, Pricer } from "../../src/domain/contribution.js";
import { Dec, roundToRupiah, ROUNDING_MODES, rupiahToDec } from "../../src/domain/money.js";
import { monthOf } from "../../src/domain/month.js";
import { PROGRAMS } from "../../src/domain/program.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { book } from "../helpers/tariffs.js";

const bpuWorker: fc.Arbitrary<WorkerTerms> = fc.record({
  segment: fc.constant("BPU" as const),
  programs: fc.subarray(["JKK", "JKM", "JHT"] as const, { minLength: 1 }).map((programs) => PROGRAMS.filter((program) => (programs as readonly string[]).includes(program))),
  income: fc.bigInt({ min: 1_000_000n, max: 20_700_000n }),
  wage: fc.constant(null),
  riskClass: fc.constant(null),
  sector: fc.constantFrom("", "transport", "pertanian", "perdagangan"),
  funding: fc.constantFrom("", "APBD", "APBN", "APB Nagari", "APBDes", "CSR"),
});
// From July 2015 (the first tariff month) to the end of 2028, through every relief.
const startMonth = fc.integer({ min: monthOf(2015, 7), max: monthOf(2028, 1) });
const rosterRow = fc.record({ terms: bpuWorker, start: startMonth, months: fc.integer({ min: 1, max: 24 }), district: fc.constantFrom("Kupitan", "Koto VII", "IV Nagari") });
const roundingMode = fc.constantFrom(...ROUNDING_MODES);

type Row = { terms: WorkerTerms; start: number; months: number; district: string };

function budget(rows: readonly Row[], groupBy: string[], rounding: (typeof ROUNDING_MODES)[number] = "half-up"): BudgetReport {
  const pricer = new Pricer(book, rounding);
  const builder = new BudgetBuilder(groupBy);
  for (const row of rows) {
    const key = groupBy.map((column) => (column === "district" ? row.district : ""));
    builder.add(key, row.terms.programs, pricer.period(row.terms, termsKey(row.terms), row.start, row.months), row.start, row.months);
  }
  return builder.report();
}

describe("budget invariants", () => {
  it("an N-month budget equals the sum of N one-month budgets", () => {
    fc.assert(
      fc.property(bpuWorker, startMonth, fc.integer({ min: 1, max: 36 }), roundingMode, (terms, start, months, rounding) => {
        const whole = totalOf(budget([{ terms, start, months, district: "" }], [], rounding).total.amounts);
        let sum = 0n;
        for (let offset = 0; offset < months; offset++) {
          sum += totalOf(budget([{ terms, start: start + offset, months: 1, district: "" }], [], rounding).total.amounts);
        }
        expect(whole).toBe(sum);
      }),
    );
  });

  it("groups add up exactly to the grand total, by district and by month", () => {
    fc.assert(
      fc.property(fc.array(rosterRow, { minLength: 1, maxLength: 40 }), fc.constantFrom<string[]>(["district"], ["month"], ["district", "month"]), (rows, groupBy) => {
        const report = budget(rows, groupBy);
        for (let index = 0; index < PROGRAMS.length; index++) {
          expect(report.groups.reduce((sum, group) => sum + group.amounts[index]!, 0n)).toBe(report.total.amounts[index]);
        }
        expect(report.groups.reduce((sum, group) => sum + group.workerMonths, 0)).toBe(report.total.workerMonths);
        expect(report.total.workers).toBe(rows.length);
      }),
    );
  });

  it("the order of roster rows changes nothing", () => {
    fc.assert(
      fc.property(fc.array(rosterRow, { minLength: 1, maxLength: 30 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))), ([rows, shuffled]) => {
        expect(budget(shuffled, ["district", "month"])).toEqual(budget(rows, ["district", "month"]));
      }),
    );
  });

  it("each line is the exact amount rounded by the chosen rule", () => {
    fc.assert(
      fc.property(bpuWorker, startMonth, roundingMode, (terms, month, rounding) => {
        for (const line of monthlyContribution(book, terms, month, rounding)) {
          const error = rupiahToDec(line.amount).minus(line.exact);
          if (rounding === "half-up" || rounding === "half-even") expect(error.abs().lessThanOrEqualTo(new Dec("0.5"))).toBe(true);
          if (rounding === "down") expect(error.lessThanOrEqualTo(0) && error.greaterThan(-1)).toBe(true);
          if (rounding === "up") expect(error.greaterThanOrEqualTo(0) && error.lessThan(1)).toBe(true);
          expect(line.amount).toBe(roundToRupiah(line.exact, rounding));
        }
      }),
    );
  });
});
