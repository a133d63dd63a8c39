// The built CLI against an independent oracle (xsv's prop tests): random rosters written as CSV the way people
// type them, budgeted by the binary, compared with the BPU rules of DOMAIN written out plainly here.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMonth, monthOf } from "../../src/domain/month.js";
import { iuran } from "../helpers/cli.js";

const worker = fc.record({
  // Whole thousands, as declared incomes are.
  thousands: fc.integer({ min: 1_000, max: 20_700 }),
  sector: fc.constantFrom("", "transport", "pertanian"),
  funding: fc.constantFrom("", "APBD", "APB Nagari", "apbn", "APBD Kab. Sijunjung", "APBD-P", "APBD Provinsi", "Dana Desa", "CSR", "BAZNAS", "mandiri"),
  programs: fc.constantFrom("JKK+JKM", "JKK+JKM+JHT", "JKM"),
  start: fc.integer({ min: monthOf(2020, 1), max: monthOf(2027, 12) }),
  months: fc.integer({ min: 1, max: 18 }),
  district: fc.constantFrom("Kupitan", "Koto VII", "IV Nagari", "Sijunjung"),
  style: fc.constantFrom("plain", "dots", "rupiah"),
});
type Worker = typeof worker extends fc.Arbitrary<infer T> ? T : never;

/** DOMAIN's BPU rules: JKK 1 % of income, JKM Rp 6,800, JHT 2 %; PP 49/2020 and PP 50/2025 as multipliers. */
function oracleMonth(w: Worker, month: number): bigint {
  const income = BigInt(w.thousands) * 1000n;
  const inRange = (from: number, to: number) => month >= from && month <= to;
  // PP 50/2025: not when paid through APBN or APBD (a regency's, revised, or a province's).
  const publicBudget = ["apbd", "apbn", "apbd kab. sijunjung", "apbd-p", "apbd provinsi"].includes(w.funding.toLowerCase());
  let percentOfNormal = 100n;
  if (inRange(monthOf(2020, 8), monthOf(2021, 1))) percentOfNormal = 1n;
  else if (!publicBudget && w.sector === "transport" && inRange(monthOf(2026, 1), monthOf(2027, 3))) percentOfNormal = 50n;
  else if (!publicBudget && w.sector !== "transport" && inRange(monthOf(2026, 4), monthOf(2026, 12))) percentOfNormal = 50n;
  const programs = w.programs.split("+");
  let total = 0n;
  // JKK under PP 49/2020 can end in half a rupiah (1 % × 15,445,000 × 1 % = 1,544.5): half-up, per line.
  const halfUp = (numerator: bigint, denominator: bigint) => (2n * numerator + denominator) / (2n * denominator);
  if (programs.includes("JKK")) total += halfUp(income * percentOfNormal, 10_000n);
  if (programs.includes("JKM")) total += (6_800n * percentOfNormal) / 100n;
  if (programs.includes("JHT")) total += (income * 2n) / 100n;
  return total;
}

function written(income: bigint, style: string): string {
  const dots = income.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return style === "plain" ? income.toString() : style === "dots" ? dots : `Rp ${dots},00`;
}

describe("CLI budget matches an independent oracle", () => {
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
          written(BigInt(w.thousands) * 1000n, w.style),
          w.programs,
          formatMonth(w.start),
          w.months,
          w.funding,
        ]);
        writeFileSync(file, stringify([["NIK", "Nama", "Kecamatan", "Sektor", "Penghasilan", "program", "mulai", "jumlah bulan", "Sumber Dana"], ...rows]));
        const result = iuran(["budget", file, "--by", "district", "--format", "json"]);
        expect(result.stderr.replace(/.*(funding not stated|not settled in law|spans .*fiscal years).*\n?/g, "")).toBe("");
        const report = JSON.parse(result.stdout);

        const expected = new Map<string, bigint>();
        for (const w of workers) {
          for (let offset = 0; offset < w.months; offset++) expected.set(w.district, (expected.get(w.district) ?? 0n) + oracleMonth(w, w.start + offset));
        }
        const actual = new Map<string, bigint>(report.groups.map((group: { key: { district: string }; total: string }) => [group.key.district, BigInt(group.total)]));
        expect(actual).toEqual(expected);
        expect(report.total.workers).toBe(workers.length);
      }),
      { numRuns: 15 },
    );
  });
});
