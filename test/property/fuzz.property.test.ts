// Random rows and random garbage: the CLI never crashes with a stack trace; every run either reconciles
// (rows read = accepted + rejected + skipped, groups add up to the total) or exits with a documented code.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const folder = mkdtempSync(join(tmpdir(), "iuran-fuzz-"));
const DOCUMENTED = [0, 1, 2, 65, 66, 73];

const validRow = fc
  .record({
    serial: fc.integer({ min: 1, max: 9999 }),
    day: fc.integer({ min: 1, max: 28 }),
    district: fc.constantFrom("Kupitan", "Koto VII", "IV Nagari"),
    income: fc.constantFrom("1000000", "1.500.000", "Rp 2.000.000,00", "1000000.00"),
    months: fc.constantFrom("", "1", "12"),
  })
  .map((row) => `130306${String(row.day).padStart(2, "0")}0185${String(row.serial).padStart(4, "0")},Pekerja ${row.serial},${row.district},${row.income},${row.months}`);
// Mutated rows: what a tired clerk or Excel does to a roster.
const noisyRow = fc.oneof(
  validRow,
  validRow.map((row) => row.replace(/^\d{16}/, "1,30306E+15")),
  validRow.map((row) => row.replace(",", ";")),
  validRow.map((row) => `${row},extra`),
  validRow.map((row) => row.slice(0, Math.max(0, row.length - 9))),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom('"', '""', ",,,,", "\r", "\t", "\u0000", "=1+1", "\uFEFF"),
);
const header = fc.constantFrom("nik,name,district,income,months", "NIK;Nama;Kecamatan;Penghasilan;Jumlah Bulan", "nik,name,district,income,months", "x", "");

function check(content: string | Buffer, extra: string[]) {
  const path = join(folder, "roster.csv");
  writeFileSync(path, content);
  const result = iuran(["budget", path, "--start", "2026-01", "--by", "district", "--format", "json", ...extra]);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(DOCUMENTED).toContain(result.code);
  if (result.code === 0) {
    const report = JSON.parse(result.stdout);
    const input = report.meta.inputs[0];
    // Random text under the last worker may be read as the roster's footer, and skipped.
    expect(input.rowsRead).toBe(input.rowsAccepted + input.rowsRejected + input.rowsSkipped);
    expect(report.total.workers).toBe(input.rowsAccepted);
    const sum = report.groups.reduce((total: bigint, group: { total: string }) => total + BigInt(group.total), 0n);
    expect(sum.toString()).toBe(report.total.total);
  } else {
    expect(result.stdout).toBe("");
  }
}

describe("fuzzing the roster reader through the CLI", () => {
  it("random rows, strict and --skip-invalid", () => {
    fc.assert(
      fc.property(header, fc.array(noisyRow, { maxLength: 12 }), fc.boolean(), fc.constantFrom("\n", "\r\n"), (head, rows, skip, newline) => {
        check([head, ...rows].join(newline), skip ? ["--skip-invalid"] : []);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, skip) => {
        check(Buffer.concat([Buffer.from("nik,name,district\n"), Buffer.from(bytes)]), skip ? ["--skip-invalid"] : []);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
