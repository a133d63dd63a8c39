// The budget window under fast-check: a budget cut with --year is the sum of that year's months in --by month, and
// no worker-month is lost: inside + before + after is always the budget without a window.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BudgetBuilder, totalOf } from "../../src/domain/budget.js";
import { Pricer } from "../../src/domain/contribution.js";
import { formatMonth, monthOf } from "../../src/domain/month.js";
import { clipToWindow, WindowTally, type BudgetWindow } from "../../src/domain/window.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { iuran } from "../helpers/cli.js";
import { book } from "../helpers/tariffs.js";

const terms = fc.record({
  segment: fc.constant("BPU" as const),
  programs: fc.constantFrom(["JKK", "JKM"] as const, ["JKK", "JKM", "JHT"] as const, ["JKM"] as const),
  income: fc.bigInt({ min: 1_000_000n, max: 20_700_000n }),
  wage: fc.constant(null),
  riskClass: fc.constant(null),
  sector: fc.constantFrom("", "transport", "pertanian"),
  funding: fc.constantFrom("", "APBD", "APB Nagari"),
}) as fc.Arbitrary<WorkerTerms>;
// Starts from 2023 to 2028, across the PP 50/2025 relief and several year ends.
const row = fc.record({ terms, start: fc.integer({ min: monthOf(2023, 1), max: monthOf(2028, 12) }), months: fc.integer({ min: 1, max: 30 }) });
const window: fc.Arbitrary<BudgetWindow> = fc.oneof(
  fc.integer({ min: 2023, max: 2028 }).chain((year) =>
    fc.integer({ min: 1, max: 12 }).map((until) => ({ first: monthOf(year, 1), last: monthOf(year, until) })),
  ),
  fc.integer({ min: monthOf(2023, 1), max: monthOf(2028, 12) }).map((last) => ({ first: null, last })),
);

describe("clipToWindow", () => {
  it("inside + before + after is the months asked for; inside lies in the window", () => {
    fc.assert(
      fc.property(row, window, ({ start, months }, w) => {
        const cut = clipToWindow(start, months, w);
        expect(cut.months + cut.before + cut.after).toBe(months);
        expect(Math.min(cut.months, cut.before, cut.after)).toBeGreaterThanOrEqual(0);
        if (cut.months > 0) {
          expect(cut.start).toBeGreaterThanOrEqual(w.first ?? start);
          expect(cut.start + cut.months - 1).toBeLessThanOrEqual(w.last);
          // What is inside is every month of the period inside the window.
          expect(cut.start).toBe(Math.max(start, w.first ?? start));
        }
      }),
    );
  });
});

describe("a budget cut to a window", () => {
  it("equals the window's months of the uncut budget by month, and worker-months add up", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), window, (rows, w) => {
        const pricer = new Pricer(book, "half-up");
        const byMonth = new BudgetBuilder(["month"]);
        const cut = new BudgetBuilder([]);
        const tally = new WindowTally(w);
        let uncutWorkerMonths = 0;
        for (const { terms: t, start, months } of rows) {
          const key = termsKey(t);
          byMonth.add([""], t.programs, pricer.period(t, key, start, months), start, months);
          uncutWorkerMonths += months;
          // As a roster row is read (src/io/roster-file.ts): clipped, counted, priced only when a month is left.
          const clipped = tally.clip(start, months);
          tally.count(clipped);
          if (clipped.months > 0) cut.add([], t.programs, pricer.period(t, key, clipped.start, clipped.months), clipped.start, clipped.months);
        }
        const inside = byMonth.report().groups.filter((group) => {
          const month = group.key[0]!;
          return (w.first === null || month >= formatMonth(w.first)) && month <= formatMonth(w.last);
        });
        const report = cut.report();
        expect(totalOf(report.total.amounts)).toBe(inside.reduce((sum, group) => sum + totalOf(group.amounts), 0n));
        const summary = tally.summary();
        expect(report.total.workerMonths + summary.workerMonthsBefore + summary.workerMonthsAfter).toBe(uncutWorkerMonths);
        expect(report.total.workers + summary.workersOutside).toBe(rows.length);
      }),
    );
  });

  it("through the CLI: budget --year equals that year's months of --by month, and nothing disappears", () => {
    const folder = mkdtempSync(join(tmpdir(), "iuran-window-"));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), fc.integer({ min: 2024, max: 2027 }), (rows, year) => {
        const file = join(folder, "roster.csv");
        const lines = rows.map((r, index) => [
          `13030601018${String(index).padStart(5, "0")}`,
          `Pekerja ${index}`,
          "Kamang Baru",
          r.terms.sector,
          r.terms.income.toString(),
          r.terms.programs.join("+"),
          formatMonth(r.start),
          r.months,
          r.terms.funding,
        ]);
        writeFileSync(file, stringify([["NIK", "Nama", "Kecamatan", "Sektor", "Penghasilan", "program", "mulai", "jumlah bulan", "Sumber Dana"], ...lines]));
        const run = (args: string[]) => {
          const result = iuran(["budget", file, ...args, "--format", "json", "--quiet"]);
          expect(result.code, result.stderr).toBe(0);
          return JSON.parse(result.stdout);
        };
        const cut = run(["--year", String(year)]);
        const months = run(["--by", "month"]);
        const inside = months.groups.filter((group: { key: { month: string } }) => group.key.month.startsWith(`${year}-`));
        const sum = (groups: { total: string }[]) => groups.reduce((total, group) => total + BigInt(group.total), 0n);
        expect(BigInt(cut.total.total)).toBe(sum(inside));
        expect(cut.total.workerMonths + cut.meta.window.workerMonthsBefore + cut.meta.window.workerMonthsAfter).toBe(months.total.workerMonths);
        expect(cut.total.workers + cut.meta.window.workersOutside).toBe(rows.length);
        expect(cut.meta.inputs[0].rowsAccepted).toBe(rows.length);
      }),
      { numRuns: 6 },
    );
  });
});
