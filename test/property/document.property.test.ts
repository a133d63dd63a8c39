// The budget document's lines regroup the budget's priced months: they add up to the budget, village by village.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { totalOf } from "../../src/domain/budget.js";
import { DocumentBuilder, type DocumentLevel } from "../../src/domain/budget-document.js";
import { Pricer } from "../../src/domain/contribution.js";
import { monthOf } from "../../src/domain/month.js";
import { PROGRAMS } from "../../src/domain/program.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { book } from "../helpers/tariffs.js";

const bpuWorker: fc.Arbitrary<WorkerTerms> = fc.record({
  segment: fc.constant("BPU" as const),
  programs: fc.subarray(["JKK", "JKM", "JHT"] as const, { minLength: 1 }).map((programs) => PROGRAMS.filter((program) => (programs as readonly string[]).includes(program))),
  // Whole thousands mostly, and any rupiah sometimes (JKK then rounds).
  income: fc.oneof(fc.bigInt({ min: 1_000n, max: 20_700n }).map((thousands) => thousands * 1_000n), fc.bigInt({ min: 1_000_000n, max: 20_700_000n })),
  wage: fc.constant(null),
  riskClass: fc.constant(null),
  sector: fc.constantFrom("", "transport", "pertanian"),
  funding: fc.constantFrom("", "APBD", "APB Nagari/APBDes", "CSR"),
});
// From 2020 (the COVID relief) to 2028, through every relief.
const row = fc.record({
  terms: bpuWorker,
  start: fc.integer({ min: monthOf(2020, 1), max: monthOf(2028, 1) }),
  months: fc.integer({ min: 1, max: 24 }),
  village: fc.constantFrom("Muaro Takuang", "Aie Amo", "Silokek"),
  count: fc.integer({ min: 1, max: 2_000 }),
});
const level = fc.constantFrom<DocumentLevel>("kabupaten", "nagari");

describe("budget document lines", () => {
  it("add up to the budget's total, and each village's lines to its budget", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), level, (rows, documentLevel) => {
        const pricer = new Pricer(book, "half-up");
        const groupBy = documentLevel === "nagari" ? ["village"] : [];
        const builder = new DocumentBuilder(documentLevel, groupBy);
        for (const { terms, start, months, village, count } of rows) {
          builder.add(documentLevel === "nagari" ? [village] : [], terms.programs, pricer.period(terms, termsKey(terms), start, months), start, months, count);
        }
        const { document, budget } = builder.document();
        expect(document.lines.reduce((sum, line) => sum + line.amount, 0n)).toBe(totalOf(budget.total.amounts));
        expect(document.total).toBe(totalOf(budget.total.amounts));
        for (const line of document.lines) {
          expect(line.amount).toBe(line.unitPrice * BigInt(line.workerMonths));
          expect(line.unitPrice > 0n).toBe(true);
          // "N Orang x M Bulan" only when it is the truth: N × M worker-months.
          if (line.months !== null) expect(line.workers * line.months).toBe(line.workerMonths);
        }
        if (documentLevel === "nagari") {
          for (const group of budget.groups) {
            const village = document.villages.find((each) => each.village === group.key[0]);
            expect(village?.total ?? 0n).toBe(totalOf(group.amounts));
          }
        } else {
          // One line per programme and price: never two lines for the same account at the same price.
          const keys = document.lines.map((line) => `${line.program}|${line.unitPrice}`);
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a worker whose price changes in the period is on one line per price", () => {
    const pricer = new Pricer(book, "half-up");
    const builder = new DocumentBuilder("kabupaten", []);
    const terms: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 1_000_000n, wage: null, riskClass: null, sector: "", funding: "APBD" };
    // June–November 2020: two months at the full price, four under PP 49/2020 (1% of normal).
    const start = monthOf(2020, 6);
    builder.add([], terms.programs, pricer.period(terms, termsKey(terms), start, 6), start, 6, 100);
    const lines = builder.document().document.lines.map((line) => [line.program, line.workers, line.months, line.unitPrice, line.amount]);
    expect(lines).toEqual([
      ["JKK", 100, 2, 10_000n, 2_000_000n],
      ["JKK", 100, 4, 100n, 40_000n],
      ["JKM", 100, 2, 6_800n, 1_360_000n],
      ["JKM", 100, 4, 68n, 27_200n],
    ]);
  });
});
