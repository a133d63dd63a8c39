// Subtotals, under fast-check: for random rosters and nested groupings, the subtotals add up to the grand total and
// each subtotal is the sum of its groups: in the report data, in the CSV (for scripts and for Excel) and in the JSON.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BudgetBuilder, MONTH_COLUMN, totalOf, type BudgetReport } from "../../src/domain/budget.js";
import { Pricer } from "../../src/domain/contribution.js";
import { monthOf } from "../../src/domain/month.js";
import { PROGRAMS } from "../../src/domain/program.js";
import { rollupOf } from "../../src/domain/rollup.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { budgetAsCsv, budgetAsJson } from "../../src/report/budget.js";
import type { RunContext } from "../../src/report/meta.js";
import { book } from "../helpers/tariffs.js";

const COLUMNS = ["district", "village", "sector", MONTH_COLUMN] as const;
type Column = (typeof COLUMNS)[number];

const worker: fc.Arbitrary<WorkerTerms> = fc.record({
  segment: fc.constant("BPU" as const),
  programs: fc.constantFrom<WorkerTerms["programs"]>(["JKK", "JKM"], ["JKK", "JKM", "JHT"]),
  income: fc.bigInt({ min: 1_000_000n, max: 20_700_000n }),
  wage: fc.constant(null),
  riskClass: fc.constant(null),
  sector: fc.constantFrom("transport", "pertanian"),
  funding: fc.constantFrom("APBD", "APB Nagari", "mandiri"),
});
const row = fc.record({
  terms: worker,
  // Across the April 2026 relief, so months differ in price.
  start: fc.integer({ min: monthOf(2025, 11), max: monthOf(2026, 6) }),
  months: fc.integer({ min: 1, max: 8 }),
  district: fc.constantFrom("Kupitan", "Koto VII", "IV Nagari"),
  // The same village name in two districts: the pair is the group.
  village: fc.constantFrom("Koto Baru", "Palangki", ""),
  count: fc.integer({ min: 1, max: 3 }),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

/** Two or three distinct grouping columns, and the column to subtotal at (any but the last). */
const grouping = fc
  .shuffledSubarray([...COLUMNS], { minLength: 2, maxLength: 3 })
  .chain((groupBy) => fc.tuple(fc.constant(groupBy), fc.integer({ min: 0, max: groupBy.length - 2 })));

function budget(rows: readonly Row[], groupBy: readonly Column[]): BudgetReport {
  const pricer = new Pricer(book, "half-up");
  const builder = new BudgetBuilder(groupBy);
  for (const entry of rows) {
    const key = groupBy.map((column) => (column === "district" ? entry.district : column === "village" ? entry.village : column === "sector" ? entry.terms.sector : ""));
    builder.add(key, entry.terms.programs, pricer.period(entry.terms, termsKey(entry.terms), entry.start, entry.months), entry.start, entry.months, entry.count);
  }
  return builder.report();
}

const context: RunContext = {
  lang: "en",
  version: "test",
  command: [],
  inputs: [],
  tariffFiles: [],
  rounding: "half-up",
  tariffs: [],
  reliefs: [],
  warnings: [],
  showNik: false,
  width: null,
};

const sameKey = (key: readonly string[], prefix: readonly string[]) => prefix.every((value, index) => key[index] === value);

describe("subtotals", () => {
  it("in the data: subtotals add up to the total, each subtotal is the sum of its groups", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), grouping, (rows, [groupBy, level]) => {
        const report = budget(rows, groupBy);
        const rollup = rollupOf(report, groupBy[level]!);
        const monthBelow = groupBy.slice(level + 1).includes(MONTH_COLUMN);
        for (let index = 0; index < PROGRAMS.length; index++) {
          expect(rollup.subtotals.reduce((sum, subtotal) => sum + subtotal.amounts[index]!, 0n)).toBe(report.total.amounts[index]);
        }
        expect(rollup.subtotals.reduce((sum, subtotal) => sum + subtotal.workerMonths, 0)).toBe(report.total.workerMonths);
        if (!groupBy.includes(MONTH_COLUMN)) expect(rollup.subtotals.reduce((sum, subtotal) => sum + subtotal.workers!, 0)).toBe(rows.reduce((sum, entry) => sum + entry.count, 0));
        // Every group is in exactly one subtotal.
        expect(rollup.subtotals.reduce((sum, subtotal) => sum + subtotal.groups, 0)).toBe(report.groups.length);
        for (const subtotal of rollup.subtotals) {
          const groups = report.groups.filter((group) => sameKey(group.key, subtotal.key));
          expect(subtotal.key).toHaveLength(level + 1);
          expect(subtotal.groups).toBe(groups.length);
          expect(subtotal.workerMonths).toBe(groups.reduce((sum, group) => sum + group.workerMonths, 0));
          expect(subtotal.workers).toBe(monthBelow ? null : groups.reduce((sum, group) => sum + group.workers, 0));
          expect(subtotal.amounts).toEqual(PROGRAMS.map((_, index) => groups.reduce((sum, group) => sum + group.amounts[index]!, 0n)));
        }
      }),
    );
  });

  it("in the CSV for scripts (--rollup) and for Excel, and in the JSON", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), grouping, (rows, [groupBy, level]) => {
        const report = budget(rows, groupBy);
        const extras = { rollup: groupBy[level]! };
        const grandTotal = totalOf(report.total.amounts);

        const csv: Record<string, string>[] = parse(budgetAsCsv(report, context, extras), { columns: true });
        const ofKind = (kind: string) => csv.filter((line) => line.row === kind);
        const sum = (lines: Record<string, string>[], column: string) => lines.reduce((total, line) => total + BigInt(line[column]!), 0n);
        expect(ofKind("total")).toHaveLength(1);
        expect(ofKind("group")).toHaveLength(report.groups.length);
        for (const column of ["total", "worker_months", ...report.programs.map((program) => program.toLowerCase())]) {
          expect(sum(ofKind("subtotal"), column)).toBe(sum(ofKind("total"), column));
          expect(sum(ofKind("group"), column)).toBe(sum(ofKind("total"), column));
        }
        expect(BigInt(ofKind("total")[0]!.total!)).toBe(grandTotal);
        const prefix = groupBy.slice(0, level + 1);
        for (const subtotal of ofKind("subtotal")) {
          const groups = ofKind("group").filter((line) => prefix.every((column) => line[column] === subtotal[column]));
          expect(groups.length).toBeGreaterThan(0);
          expect(sum(groups, "total")).toBe(BigInt(subtotal.total!));
          for (const column of groupBy.slice(level + 1)) expect(subtotal[column]).toBe("");
        }

        // For people: subtotal rows and a totals row, no marker column; groups and subtotals each make the total.
        const [, ...excelRows] = parse(budgetAsCsv(report, context, extras, true)) as string[][];
        const totalAt = excelRows[0]!.length - 1;
        const last = excelRows.at(-1)!;
        expect(last[0]).toBe("Total");
        expect(BigInt(last[totalAt]!)).toBe(grandTotal);
        expect(excelRows.slice(0, -1).reduce((total, line) => total + BigInt(line[totalAt]!), 0n)).toBe(2n * grandTotal);
        expect(excelRows).toHaveLength(report.groups.length + ofKind("subtotal").length + 1);

        const json = JSON.parse(budgetAsJson(report, context, extras));
        expect(json.groups).toHaveLength(report.groups.length);
        expect(json.subtotals.reduce((total: bigint, subtotal: { total: string }) => total + BigInt(subtotal.total), 0n)).toBe(grandTotal);
        for (const subtotal of json.subtotals as { key: Record<string, string>; total: string; workerMonths: number }[]) {
          expect(Object.keys(subtotal.key)).toEqual(prefix);
          const groups = (json.groups as { key: Record<string, string>; total: string; workerMonths: number }[]).filter((group) => prefix.every((column) => group.key[column] === subtotal.key[column]));
          expect(groups.reduce((total, group) => total + BigInt(group.total), 0n)).toBe(BigInt(subtotal.total));
          expect(groups.reduce((total, group) => total + group.workerMonths, 0)).toBe(subtotal.workerMonths);
        }
      }),
    );
  });

  it("the plain CSV without a named rollup is one row per group, as before subtotals", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), grouping, (rows, [groupBy]) => {
        const report = budget(rows, groupBy);
        const csv: Record<string, string>[] = parse(budgetAsCsv(report, context), { columns: true });
        expect(Object.keys(csv[0]!)).not.toContain("row");
        expect(csv).toHaveLength(report.groups.length);
        expect(csv.reduce((total, line) => total + BigInt(line.total!), 0n)).toBe(totalOf(report.total.amounts));
      }),
    );
  });
});
