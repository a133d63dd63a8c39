// The built CLI against an in-memory oracle (xsv's prop tests): random rosters written as CSV, budgeted by the
// binary, compared with a direct sum of monthlyContribution over every worker and month.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthlyContribution } from "../../src/domain/contribution.js";
import { formatMonth, monthOf } from "../../src/domain/month.js";
import { book } from "../helpers/tariffs.js";
import { iuran } from "../helpers/cli.js";

const worker = fc.record({
  income: fc.bigInt({ min: 1_000_000n, max: 20_700_000n }),
  sector: fc.constantFrom("", "transport", "pertanian"),
  funding: fc.constantFrom("", "APBD", "APB Nagari"),
  programs: fc.constantFrom("JKK+JKM", "JKK+JKM+JHT", "JKM"),
  start: fc.integer({ min: monthOf(2020, 1), max: monthOf(2027, 12) }),
  months: fc.integer({ min: 1, max: 18 }),
  district: fc.constantFrom("Kupitan", "Koto VII", "IV Nagari", "Sijunjung"),
  // Income as people type it; the reader must see the same number.
  style: fc.constantFrom("plain", "dots", "rupiah"),
});

function written(income: bigint, style: string): string {
  const dots = income.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return style === "plain" ? income.toString() : style === "dots" ? dots : `Rp ${dots},00`;
}

describe("CLI budget matches the oracle", () => {
  it("on random rosters", () => {
    const folder = mkdtempSync(join(tmpdir(), "iuran-prop-"));
    fc.assert(
      fc.property(fc.array(worker, { minLength: 1, maxLength: 25 }), (workers) => {
        const file = join(folder, "roster.csv");
        const rows = workers.map((w, index) => [
          `13030601018${String(index).padStart(5, "0")}`,
          `Pekerja ${index}`,
          w.district,
          w.sector,
          written(w.income, w.style),
          w.programs,
          formatMonth(w.start),
          w.months,
          w.funding,
        ]);
        writeFileSync(file, stringify([["NIK", "Nama", "Kecamatan", "Sektor", "Penghasilan", "program", "mulai", "bulan", "Sumber Dana"], ...rows]));
        const result = iuran(["budget", file, "--by", "district", "--format", "json"]);
        expect(result.stderr).toBe("");
        const report = JSON.parse(result.stdout);

        const expected = new Map<string, bigint>();
        for (const w of workers) {
          const terms = { segment: "BPU" as const, programs: w.programs.split("+") as ("JKK" | "JKM" | "JHT")[], income: w.income, wage: null, riskClass: null, sector: w.sector, funding: w.funding };
          for (let offset = 0; offset < w.months; offset++) {
            for (const line of monthlyContribution(book, terms, w.start + offset, "half-up")) {
              expected.set(w.district, (expected.get(w.district) ?? 0n) + line.amount);
            }
          }
        }
        const actual = new Map<string, bigint>(report.groups.map((group: { key: { district: string }; total: string }) => [group.key.district, BigInt(group.total)]));
        expect(actual).toEqual(expected);
        expect(report.total.workers).toBe(workers.length);
      }),
      { numRuns: 12 },
    );
  });
});
