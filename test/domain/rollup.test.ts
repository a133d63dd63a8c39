import { describe, expect, it } from "vitest";
import { BudgetBuilder, totalOf, type BudgetReport } from "../../src/domain/budget.js";
import { Pricer } from "../../src/domain/contribution.js";
import { parseMonth } from "../../src/domain/month.js";
import { rollupDepth, rollupOf, rollupRows } from "../../src/domain/rollup.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { book } from "../helpers/tariffs.js";

const farmer: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 1_000_000n, wage: null, riskClass: null, sector: "pertanian", funding: "APBD" };
const pricer = new Pricer(book, "half-up");
const april2022 = parseMonth("2022-04")!;

/** Workers at Rp 16,800 a month (JKK 10,000 + JKM 6,800), all starting April 2022. */
function reportOf(groupBy: string[], rows: [key: string[], workers: number, months: number][]): BudgetReport {
  const builder = new BudgetBuilder(groupBy);
  for (const [key, workers, months] of rows) builder.add([...key], farmer.programs, pricer.period(farmer, termsKey(farmer), april2022, months), april2022, months, workers);
  return builder.report();
}

describe("rollupDepth", () => {
  it("takes any --by column that has another after it", () => {
    expect(rollupDepth(["district", "village"], "district")).toBe(1);
    expect(rollupDepth(["region", "district", "village"], "district")).toBe(2);
    expect(rollupDepth(["district", "village"], "village")).toBe("lastColumn");
    expect(rollupDepth(["district", "village"], "sector")).toBe("notGrouped");
    expect(rollupDepth([], "district")).toBe("notGrouped");
  });
});

describe("rollupOf", () => {
  const report = reportOf(
    ["district", "village"],
    [
      [["Kupitan", "Padang Sibusuk"], 3, 9],
      [["IV Nagari", "Palangki"], 2, 9],
      [["Kupitan", "Pamuatan"], 1, 2],
      [["IV Nagari", "Koto Tuo"], 5, 1],
    ],
  );

  it("adds up each district's villages exactly", () => {
    const rollup = rollupOf(report, "district");
    expect(rollup.depth).toBe(1);
    // IV Nagari: 5 × 1 + 2 × 9 = 23 worker-months × 16,800 = 386,400; Kupitan: 3 × 9 + 1 × 2 = 29 × 16,800 = 487,200
    expect(rollup.subtotals.map((subtotal) => [subtotal.key, subtotal.workers, subtotal.workerMonths, totalOf(subtotal.amounts), subtotal.groups])).toEqual([
      [["IV Nagari"], 7, 23, 386_400n, 2],
      [["Kupitan"], 4, 29, 487_200n, 2],
    ]);
    // JKK 10,000 and JKM 6,800 a worker-month, each added on its own.
    expect(rollup.subtotals[0]!.amounts.slice(0, 2)).toEqual([230_000n, 156_400n]);
  });

  it("subtotals add up to the grand total", () => {
    const rollup = rollupOf(report, "district");
    expect(rollup.subtotals.reduce((sum, subtotal) => sum + totalOf(subtotal.amounts), 0n)).toBe(totalOf(report.total.amounts));
    expect(rollup.subtotals.reduce((sum, subtotal) => sum + (subtotal.workers ?? 0), 0)).toBe(report.total.workers);
  });

  it("leaves the workers out when months lie under the rollup column: a worker would count once a month", () => {
    const byMonth = reportOf(["district", "month"], [[["Kupitan", ""], 3, 2]]);
    const [subtotal] = rollupOf(byMonth, "district").subtotals;
    expect(byMonth.groups.map((group) => group.workers)).toEqual([3, 3]);
    expect(subtotal!.workers).toBeNull();
    expect(subtotal!.workerMonths).toBe(6);
    expect(totalOf(subtotal!.amounts)).toBe(100_800n);
  });

  it("adds the workers of a month over districts: each worker is in one district", () => {
    const byMonth = reportOf(["month", "district"], [[["", "Kupitan"], 3, 2], [["", "IV Nagari"], 1, 1]]);
    expect(rollupOf(byMonth, "month").subtotals.map((subtotal) => [subtotal.key, subtotal.workers])).toEqual([
      [["2022-04"], 4],
      [["2022-05"], 3],
    ]);
  });

  it("refuses a column it cannot take subtotals at", () => {
    expect(() => rollupOf(report, "village")).toThrow(/lastColumn/);
  });
});

describe("rollupRows", () => {
  it("puts each subtotal right after the last of its groups", () => {
    const report = reportOf(
      ["region", "district", "village"],
      [
        [["Sijunjung", "Kupitan", "Pamuatan"], 1, 1],
        [["Sijunjung", "IV Nagari", "Palangki"], 1, 1],
        [["Sijunjung", "IV Nagari", "Koto Tuo"], 1, 1],
        [["Dharmasraya", "Koto Baru", "Koto Baru"], 1, 1],
      ],
    );
    const rows = rollupRows(report, rollupOf(report, "district"));
    expect(rows.map((row) => (row.kind === "group" ? row.group.key.join("/") : `= ${row.subtotal.key.join("/")}`))).toEqual([
      "Dharmasraya/Koto Baru/Koto Baru",
      "= Dharmasraya/Koto Baru",
      "Sijunjung/IV Nagari/Koto Tuo",
      "Sijunjung/IV Nagari/Palangki",
      "= Sijunjung/IV Nagari",
      "Sijunjung/Kupitan/Pamuatan",
      "= Sijunjung/Kupitan",
    ]);
  });

  it("gives a subtotal once even if its groups were not together", () => {
    const report = reportOf(["district", "village"], [[["A", "x"], 1, 1], [["B", "y"], 1, 1], [["A", "z"], 1, 1]]);
    const shuffled: BudgetReport = { ...report, groups: [report.groups[0]!, report.groups[2]!, report.groups[1]!].reverse() };
    const rows = rollupRows(shuffled, rollupOf(shuffled, "district"));
    expect(rows.filter((row) => row.kind === "subtotal").map((row) => row.kind === "subtotal" && [row.subtotal.key[0], row.subtotal.groups])).toEqual([
      ["B", 1],
      ["A", 2],
    ]);
    expect(rows.map((row) => row.kind)).toEqual(["group", "group", "subtotal", "group", "subtotal"]);
  });
});
