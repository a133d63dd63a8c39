// Plans that fit, run as an officer would: a quota or minimums the budget cannot fund are answered (what it funds,
// the full cost, the shortfall; exit 1), an equal split over units, and a budget shared between payers. Exact
// outputs in both languages, pinned in expected/plan-fit/.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { iuran, stableJson } from "../helpers/cli.js";

const golden = (name: string) => `./expected/plan-fit/${name}`;
const NAGARI = "fixtures/sijunjung-2022/nagari.csv";
const ROSTER = "fixtures/plan-fit/roster.csv";
const BOUNDS = "fixtures/plan-fit/weights-bounds.csv";
const QUOTA = ["allocate", "--per-unit", "100", "--budget", "500000000", "--units", NAGARI, "--key", "nagari", "--rollup", "kecamatan", "--start", "2027-01", "--funding", "APBD"];
const EQUAL = ["allocate", "--budget", "100000000", "--units", NAGARI, "--key", "nagari", "--start", "2027-01", "--funding", "APBD"];
const MINIMUMS = ["allocate", "--budget", "150000000", "--weights", BOUNDS, "--key", "kecamatan", "--weight", "potential", "--min", "minimum", "--max", "maximum", "--start", "2027-01", "--funding", "APBD"];
const SHARE = ["budget", "--workers", "1333", "--start", "2026-01", "--share", "APBD=70,APBD Provinsi=30"];
const ROSTER_SHARE = ["budget", ROSTER, "--by", "kecamatan", "--share", "APBD=70,CSR=30"];

function json(args: string[], code = 0) {
  const result = iuran([...args, "--format", "json"]);
  expect(result.code).toBe(code);
  return JSON.parse(result.stdout);
}

describe("a quota the budget cannot fund is answered, exit 1", () => {
  it("Rp 500,000,000 funds 40 workers in each of the 62 nagari, Rp 32,000 left; 100 each costs Rp 1,249,920,000", () => {
    const report = json(QUOTA, 1);
    expect(report.groups).toHaveLength(62);
    expect(report.groups.every((group: { workers: number }) => group.workers === 40)).toBe(true);
    expect(report).toMatchObject({ perUnit: 40, units: 62, budget: "500000000", leftover: "32000" });
    expect(report.shortfall).toEqual({
      units: 62,
      quotaAsked: 100,
      quotaFunded: 40,
      workersFunded: 2480,
      costPerWorker: "201600",
      budget: "500000000",
      cost: "499968000",
      leftover: "32000",
      workersNeeded: 6200,
      fullCost: "1249920000",
      shortfall: "749920000",
    });
  });

  it("a budget that covers the quota is exit 0 with no shortfall", () => {
    const report = json([...QUOTA.slice(0, 4), "1249920000", ...QUOTA.slice(5)]);
    expect(report.shortfall).toBeUndefined();
    expect(report.leftover).toBe("0");
  });

  it("a headcount short of the quota: 1,000 workers give 16 to each of 62 units, 8 left over", () => {
    const args = ["allocate", "--per-unit", "100", "--workers", "1000", "--units", NAGARI, "--key", "nagari", "--start", "2027-01"];
    expect(json(args, 1).shortfall).toMatchObject({ quotaFunded: 16, workersGiven: 1000, workersFunded: 992, workersLeftOver: 8, workersShort: 5200 });
  });

  it("the CSV is the answer's figures, one record", () => {
    const result = iuran([...QUOTA, "--format", "csv"]);
    expect(result.code).toBe(1);
    const [record] = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(record).toMatchObject({ quota_funded: "40", leftover: "32000", full_cost: "1249920000", shortfall: "749920000" });
  });
});

describe("minimums and maximums", () => {
  it("minimums the budget cannot meet: the plan at minimums and its shortfall, exit 1", () => {
    const report = json(MINIMUMS, 1);
    expect(report.groups.map((group: { workers: number }) => group.workers)).toEqual([300, 300, 200, 200]);
    expect(report.shortfall).toMatchObject({ workersBought: 744, workersNeeded: 1000, fullCost: "201600000", shortfall: "51600000" });
  });

  it("maximums below what the budget buys: every part at its maximum, the rest left over, exit 0 with a warning", () => {
    const result = iuran([...MINIMUMS.slice(0, 2), "500000000", ...MINIMUMS.slice(3), "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.total.workers).toBe(1800);
    expect(report.leftover).toBe("137120000");
    expect(report.meta.warnings.map((entry: { code: string }) => entry.code)).toContain("ALLOCATION_CAPPED");
  });

  it("maximums below a headcount: the workers left over are a shortfall of places, exit 1", () => {
    const report = json(["allocate", "--workers", "2000", ...MINIMUMS.slice(3)], 1);
    expect(report.shortfall).toEqual({ workersGiven: 2000, workersPlaced: 1800, workersLeftOver: 200 });
  });
});

describe("an equal split over units", () => {
  it("Rp 100,000,000 buys 496 workers: 8 for each of 62 nagari, none left to hand out one by one", () => {
    const report = json(EQUAL);
    expect(report.total.workers).toBe(496);
    expect(report.groups.every((group: { workers: number }) => group.workers === 8)).toBe(true);
  });

  it("what does not divide goes to the first units in the file's order, not the alphabet's", () => {
    // 500 workers over 62 nagari: 8 each and 4 more, to the first four lines of nagari.csv.
    const report = json(["allocate", "--workers", "500", "--units", NAGARI, "--key", "nagari", "--start", "2027-01"]);
    const firstFour = (parse(readFileSync(NAGARI, "utf8"), { columns: true }) as { nagari: string }[]).slice(0, 4).map((row) => row.nagari);
    const nines = report.groups.filter((group: { workers: number }) => group.workers === 9).map((group: { key: { village: string } }) => group.key.village);
    expect(nines.sort()).toEqual([...firstFour].sort());
    expect(report.total.workers).toBe(500);
  });
});

describe("budget --share", () => {
  it("1,333 workers at 70/30: 933 and 400, adding up to the whole", () => {
    const report = json(SHARE);
    expect(report.payers.map((payer: { payer: string; workers: number; total: string }) => [payer.payer, payer.workers, payer.total])).toEqual([
      ["APBD", 933, "188092800"],
      ["APBD Provinsi", 400, "80640000"],
    ]);
    expect(report.total.total).toBe("268732800");
  });

  it("each payer priced with its own funding rules: CSR gets the 2026 relief the APBD does not", () => {
    const report = json(ROSTER_SHARE);
    const [apbd, csr] = report.payers;
    // APBD 7 workers: no relief (PP 50/2025 excludes APBD); CSR's 3 fishermen, garin and farmer: halved Apr–Dec.
    expect(apbd).toMatchObject({ payer: "APBD", workers: 7, workerMonths: 81, total: "1360800" });
    expect(csr).toMatchObject({ payer: "CSR", workers: 3, workerMonths: 27, total: "226800" });
    expect(BigInt(apbd.total) + BigInt(csr.total)).toBe(BigInt(report.total.total));
  });

  it("--by funding groups by payer: the groups of each payer add up to its row", () => {
    const report = json(["budget", ROSTER, "--by", "funding,kecamatan", "--share", "APBD=70,CSR=30"]);
    for (const payer of report.payers) {
      const groups = report.groups.filter((group: { key: { funding: string } }) => group.key.funding === payer.payer);
      expect(groups.reduce((sum: bigint, group: { total: string }) => sum + BigInt(group.total), 0n)).toBe(BigInt(payer.total));
      expect(groups.reduce((sum: number, group: { workers: number }) => sum + group.workers, 0)).toBe(payer.workers);
    }
  });

  it("--share-round-up: 1,001 × 30% = 300.3 is 301 for the province", () => {
    const report = json(["budget", "--workers", "1001", "--start", "2027-01", "--share", "APBD=70,APBD Provinsi=30", "--share-round-up", "APBD Provinsi"]);
    expect(report.payers.map((payer: { workers: number }) => payer.workers)).toEqual([700, 301]);
  });

  it("a roster whose rows state their own funding is refused (exit 2): the share would overrule them", () => {
    const result = iuran(["budget", "fixtures/sijunjung-2022/roster.csv", "--start", "2027-01", "--share", "APBD=70,APBD Provinsi=30"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("1,333 rows state who pays");
  });

  it("refuses shares that do not add up, an unknown payer, --funding beside --share", () => {
    const usage = (extra: string[]) => iuran(["budget", "--workers", "10", "--start", "2027-01", ...extra]);
    expect(usage(["--share", "APBD=70,APBD Provinsi=20"])).toMatchObject({ code: 2, stderr: expect.stringContaining("add up to 90, not 100") });
    expect(usage(["--share", "APBD=70,Kas Desa Lama=30"])).toMatchObject({ code: 2, stderr: expect.stringContaining("Kas Desa Lama") });
    expect(usage(["--share", "APBD=70,CSR=30", "--funding", "APBD"])).toMatchObject({ code: 2 });
    expect(usage(["--share", "APBD=70,APBD Kabupaten=30"])).toMatchObject({ code: 2, stderr: expect.stringContaining("same payer") });
    expect(usage(["--share-round-up", "APBD"])).toMatchObject({ code: 2 });
  });
});

describe("exact outputs", () => {
  const runs: [string, string[], number?][] = [
    ["quota-shortfall.txt", QUOTA, 1],
    ["quota-shortfall.id.txt", [...QUOTA, "--lang", "id"], 1],
    ["quota-shortfall.csv", [...QUOTA, "--format", "csv"], 1],
    ["minimums-shortfall.id.txt", [...MINIMUMS, "--lang", "id"], 1],
    ["equal-split.csv", [...EQUAL, "--format", "csv"]],
    ["share-headcount.txt", SHARE],
    ["share-headcount.id.txt", [...SHARE, "--lang", "id"]],
    ["share-roster.txt", ROSTER_SHARE],
    ["share-roster.id.txt", [...ROSTER_SHARE, "--lang", "id"]],
    ["share-roster.csv", [...ROSTER_SHARE, "--format", "csv"]],
    ["share-roster.json", [...ROSTER_SHARE, "--format", "json"]],
  ];
  for (const [name, args, code = 0] of runs) {
    it(name, async () => {
      const result = iuran(args);
      expect(result.code).toBe(code);
      await expect(stableJson(result.stdout)).toMatchFileSnapshot(golden(name));
    });
  }

  const messages: [string, string[]][] = [
    ["quota-shortfall.stderr", QUOTA],
    ["quota-shortfall.id.stderr", [...QUOTA, "--lang", "id"]],
    ["minimums-shortfall.stderr", MINIMUMS],
    ["share-funded-rows.id.stderr", ["budget", "fixtures/sijunjung-2022/roster.csv", "--start", "2027-01", "--share", "APBD=70,APBD Provinsi=30", "--lang", "id"]],
  ];
  for (const [name, args] of messages) {
    it(name, async () => {
      await expect(iuran(args).stderr).toMatchFileSnapshot(golden(name));
    });
  }
});
