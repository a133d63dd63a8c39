// Published totals as an analyst reads them: rounded figures checked as intervals, figures written more precisely
// than they hold, totals without a start, and the slips that explain a figure exactly. Whole-CLI runs.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { iuran, stableJson } from "../helpers/cli.js";

const golden = (name: string) => `./expected/published/${name}`;
const FILE = "fixtures/claims/published.csv";
const SPEECH = ["--workers", "16000", "--months", "10", "--start", "2025-01", "--funding", "APBD"];

/** Terminal columns a line takes: colour stripped, one per code point. */
function columnsOf(line: string): number {
  return [...line.replace(/\u001b\[[0-9;]*m/g, "")].length;
}

function json(args: string[], code: number) {
  const result = iuran([...args, "--format", "json"]);
  expect(result.code).toBe(code);
  return JSON.parse(result.stdout);
}

describe("published precision, from flags", () => {
  it("Rp 2,7 miliar for 16,000 × 10 × 16,800 = Rp 2,688,000,000: a rounded figure that holds, exit 0", () => {
    const result = iuran(["check", "--reported", "Rp 2,7 miliar", ...SPEECH, "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("rounded figure: holds, the computed total Rp 2,688,000,000 rounds to it");
    expect(result.stdout).toContain("Rp 2.7 billion stands for Rp 2,650,000,000 ≤ x < Rp 2,750,000,000");
  });

  it("Rp 2.700.000.000 written in full for the same budget: INCONSISTENT-PRECISION, exit 1", () => {
    const report = json(["check", "--reported", "Rp 2.700.000.000", ...SPEECH], 1);
    expect(report.claims[0]).toMatchObject({ status: "INCONSISTENT-PRECISION", heldAt: "100000000", published: { step: "1" } });
    expect(report.summary).toEqual({ claims: 1, ok: 0, mismatches: 0, inconsistentPrecision: 1 });
  });

  it("a budget computed at 16,000 is explained exactly, in every format", () => {
    const args = ["check", "--reported", "191952000", "--workers", "1333", "--months", "9", "--start", "2022-04", "--funding", "APBD"];
    expect(iuran([...args, "--lang", "id"]).stdout).toContain("tepat dijelaskan oleh: tarif bulanan Rp 16.000, bukan Rp 16.800: 1.333 pekerja × 9 bulan × Rp 16.000 = Rp 191.952.000");
    const [row] = parse(iuran([...args, "--format", "csv"]).stdout, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ status: "MISMATCH", slips: "ROUND_RATE" });
    expect(json(args, 1).claims[0].slips).toEqual([
      {
        code: "ROUND_RATE",
        figures: { workers: 1333, months: 9, from: "2022-04", perWorker: "144000", rate: "16000", trueRate: "16800", total: "191952000", reading: null },
        message: "a monthly rate of Rp 16,000 instead of Rp 16,800: 1,333 × 9 months × Rp 16,000 = Rp 191,952,000",
      },
    ]);
  });

  it("--explain adds the interval and each slip's arithmetic to the formula's", () => {
    const rounded = iuran(["check", "--reported", "Rp 2,7 miliar", ...SPEECH, "--explain", "--lang", "en"]).stdout;
    expect(rounded.match(/stands for Rp 2,650,000,000 ≤ x < Rp 2,750,000,000/g)).toHaveLength(2);
    const slip = iuran(["check", "--reported", "119970000", "--workers", "1333", "--months", "9", "--start", "2022-04", "--explain", "--lang", "en"]).stdout;
    expect(slip.match(/explained exactly by: only JKK priced: 1,333 × 9 months × Rp 10,000 = Rp 119,970,000/g)).toHaveLength(2);
  });

  it("a total without a start is read at the full rate and names the relief periods", () => {
    const result = iuran(["check", "--reported", "1680000", "--funding", "CSR", "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("no start stated: read at the full rate of these terms, Rp 16,800 a worker-month");
    expect(result.stdout).toContain("a relief period gives other figures: PP 50/2025 (April 2026 – December 2026) Rp 8,400 a worker-month, 200 worker-months (a whole number)");
  });
});

describe("a claims file of published figures", () => {
  it("is read as the argument, the same as --claims", () => {
    const positional = iuran(["check", FILE, "--format", "csv"]);
    expect(positional.code).toBe(1);
    expect(positional.stdout).toBe(iuran(["check", "--claims", FILE, "--format", "csv"]).stdout);
  });

  it("gives each claim its status and slips", () => {
    const rows = parse(iuran(["check", FILE, "--format", "csv"]).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.status, row.basis, row.slips])).toEqual([
      ["OK", "computed", ""],
      ["INCONSISTENT-PRECISION", "computed", ""],
      ["MISMATCH", "computed", ""],
      ["MISMATCH", "computed", "ROUND_RATE"],
      ["MISMATCH", "computed", "JKK_ONLY"],
      ["MISMATCH", "computed", "FULL_YEAR"],
      ["MISMATCH", "computed", "JUTA_FOR_RIBU"],
      ["OK", "implied", ""],
    ]);
  });

  it("a misspelt optional column is refused at line 1, not read as claims without workers", () => {
    const folder = mkdtempSync(join(tmpdir(), "iuran-published-"));
    const misspelt = join(folder, "claims.csv");
    writeFileSync(misspelt, "label,reported_total,worker,months\nSijunjung,201549600,1333,9\n");
    const result = iuran(["check", misspelt, "--lang", "en"]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('claims.csv:1:3: error MISSING_COLUMN: no column workers, but the header "worker" looks meant for it');
  });

  const runs: [string, string[]][] = [
    ["published.en.txt", ["check", FILE, "--lang", "en", "--width", "80"]],
    ["published.id.txt", ["check", FILE, "--lang", "id", "--width", "80"]],
    ["published.csv", ["check", FILE, "--format", "csv"]],
    ["published.json", ["check", FILE, "--format", "json"]],
  ];
  for (const [name, args] of runs) {
    it(name, async () => {
      const result = iuran(args);
      expect(result.code).toBe(1);
      if (name.endsWith(".txt")) for (const line of result.stdout.split("\n")) expect(columnsOf(line), line).toBeLessThanOrEqual(80);
      await expect(stableJson(result.stdout)).toMatchFileSnapshot(golden(name));
    });
  }
});
