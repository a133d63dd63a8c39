// iuran check with claims-ratio claims, run as a user would, pinned as golden files in both languages.
import { describe, expect, it } from "vitest";
import { iuran, stableJson } from "../helpers/cli.js";

const golden = (name: string) => `./expected/claims-ratio/${name}`;
const FLAGS = ["check", "--benefits", "Rp 2,1 miliar", "--contributions", "5460000000", "--cases", "47", "--start", "2025-01"];
const FILE = ["check", "--claims", "fixtures/claims/ratio.csv"];

const RUNS: [string, string[]][] = [
  ["flags.en.txt", [...FLAGS, "--lang", "en"]],
  ["flags-explain.id.txt", [...FLAGS, "--explain", "--lang", "id"]],
  ["file.id.txt", [...FILE, "--lang", "id"]],
  ["file.csv", [...FILE, "--format", "csv"]],
  ["flags.json", [...FLAGS, "--format", "json", "--explain"]],
];

describe("iuran check: claims ratio", () => {
  for (const [name, args] of RUNS) {
    it(name, async () => {
      const result = iuran(args);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe("");
      await expect(name.endsWith(".json") ? stableJson(result.stdout) : result.stdout).toMatchFileSnapshot(golden(name));
    });
  }

  it("an exact pair: 1,260,000,000 ÷ 3,024,000,000 = 41.67%, one JKM death of 42,000,000 ÷ 16,800 = 2,500 worker-months", () => {
    const result = iuran(["check", "--benefits", "1260000000", "--contributions", "3024000000", "--cases", "30", "--start", "2025-01", "--format", "json"]);
    const json = JSON.parse(result.stdout) as { claims: Record<string, unknown>[]; summary: { ok: number } };
    const claim = json.claims[0]!;
    expect(claim).toMatchObject({
      kind: "ratio",
      status: "OK",
      ratioPercent: { low: "41.67", high: "41.67" },
      benefitsPerCase: { low: "42000000", high: "42000000" },
      contributionsPerCase: { low: "100800000", high: "100800000" },
      monthlyRate: "16800",
    });
    expect((claim.eventCosts as { event: string; workerMonths: string | null }[]).find((cost) => cost.event === "jkm-death")!.workerMonths).toBe("2500.00");
    expect((claim.eventCosts as { event: string; cost: string | null }[]).find((cost) => cost.event === "medical-care")!.cost).toBeNull();
  });

  it("a published ratio written with a precision the figures do not have: 38,50% for 38.46% is INCONSISTENT-PRECISION (exit 1)", async () => {
    const result = iuran(["check", "--benefits", "2100000000", "--contributions", "5460000000", "--ratio", "38,50%", "--start", "2025-01", "--lang", "en"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("1 of 1 claim does not hold");
    await expect(result.stdout).toMatchFileSnapshot(golden("ratio-coarser.en.txt"));
  });

  it("--reported stands for the contributions when --contributions is not given", () => {
    const result = iuran(["check", "--benefits", "42000000", "--reported", "16800", "--start", "2025-01", "--format", "csv"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[1]).toMatch(/^claim,ratio,OK,42000000,1,16800,1,,250000\.00,250000\.00,/);
  });

  it("refuses a ratio without contributions, contributions of zero, and ratio flags beside a claims file (exit 2)", () => {
    const alone = iuran(["check", "--benefits", "1000000", "--start", "2025-01"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("a claims ratio needs --benefits and --contributions");
    const zero = iuran(["check", "--benefits", "1000000", "--contributions", "0"]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain("--contributions: contributions of Rp 0 leave no ratio");
    const both = iuran([...FILE, "--benefits", "1000000"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--benefits");
  });

  it("a bad amount in a claims file is placed at its cell (exit 65)", () => {
    const result = iuran(["check", "--claims", "-"], { input: 'label,benefits,contributions,cases\nx,"Rp 2,1 milyar lebih",5460000000,47\n' });
    expect(result.code).toBe(65);
    expect(result.stderr).toMatch(/^-:2:2: error INVALID_AMOUNT: benefits "Rp 2,1 milyar lebih"/);
  });
});

describe("a claims ratio with a headcount", () => {
  it("contributions computed from --workers, --months and --start: 16,000 × 12 × Rp 16,800 = Rp 3,225,600,000", () => {
    const result = iuran(["check", "--benefits", "Rp 2,1 miliar", "--workers", "16000", "--months", "12", "--start", "2025-01", "--funding", "APBD", "--format", "csv"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[1]).toMatch(/^claim,ratio,OK,2100000000,100000000,3225600000,1,/);
  });

  it("a reported total with its headcount is checked as a claim of its own, never dropped", () => {
    const result = iuran(["check", "--benefits", "1000000", "--reported", "20160001", "--workers", "100", "--months", "12", "--start", "2025-01", "--format", "csv"]);
    expect(result.code).toBe(1);
    const rows = result.stdout.trim().split("\n").slice(1);
    expect(rows[0]).toMatch(/^claim,total,MISMATCH,20160001,/);
    expect(rows[1]).toMatch(/^claim,ratio,OK,/);
  });

  it("a headcount without months, or beside --contributions, is a usage error", () => {
    expect(iuran(["check", "--benefits", "5", "--workers", "10", "--start", "2025-01"]).code).toBe(2);
    expect(iuran(["check", "--benefits", "5", "--contributions", "10", "--workers", "10", "--months", "2", "--start", "2025-01"]).code).toBe(2);
  });
});
