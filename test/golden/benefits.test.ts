// iuran benefits, run as a user would, in both languages and every format, pinned as golden files.
import { describe, expect, it } from "vitest";
import { iuran, stableJson } from "../helpers/cli.js";

const MONTH = ["--month", "2026-01"];
const golden = (name: string) => `./expected/benefits/${name}`;

const RUNS: [string, string[]][] = [
  ["schedule.en.txt", ["benefits", ...MONTH, "--lang", "en"]],
  ["schedule.id.txt", ["benefits", ...MONTH, "--lang", "id"]],
  ["jkm-death.en.txt", ["benefits", "--event", "jkm-death", ...MONTH, "--explain", "--lang", "en"]],
  ["jkm-death-early.id.txt", ["benefits", "--event", "jkm-death", "--months-paid", "2", ...MONTH, "--lang", "id"]],
  ["jkk-death.id.txt", ["benefits", "--event", "jkk-death", "--income", "2.500.000", ...MONTH, "--explain", "--lang", "id"]],
  ["temporary.en.txt", ["benefits", "--event", "disability-temporary", "--months-off", "18", ...MONTH, "--explain", "--lang", "en"]],
  ["scholarship.id.txt", ["benefits", "--event", "scholarship", "--children", "2", "--months-paid", "20", ...MONTH, "--lang", "id"]],
  ["medical-care.en.txt", ["benefits", "--event", "medical-care", ...MONTH, "--lang", "en"]],
  ["schedule.csv", ["benefits", ...MONTH, "--format", "csv"]],
  ["jkk-death.json", ["benefits", "--event", "jkk-death", ...MONTH, "--format", "json", "--explain"]],
];

describe("iuran benefits", () => {
  for (const [name, args] of RUNS) {
    it(name, async () => {
      const result = iuran(args);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe("");
      await expect(name.endsWith(".json") ? stableJson(result.stdout) : result.stdout).toMatchFileSnapshot(golden(name));
    });
  }

  it("pins each total to its regulation in the JSON (42, 70, 56 million; 87 million a child)", () => {
    const json = JSON.parse(iuran(["benefits", ...MONTH, "--format", "json"]).stdout) as { events: { event: string; total: string | null; openTotal: string | null }[] };
    expect(json.events.map((event) => [event.event, event.total, event.openTotal])).toEqual([
      ["jkm-death", "42000000", null],
      ["jkm-death-early", "10000000", null],
      ["jkk-death", "70000000", null],
      ["disability-total", "56000000", null],
      ["disability-temporary", null, "months-off-needed"],
      ["medical-care", null, "no-ceiling"],
      ["scholarship", "87000000", null],
    ]);
  });

  it("a replaced table is used and named in the JSON meta", () => {
    const result = iuran(["benefits", "--event", "jkm-death", ...MONTH, "--benefits-table", "src/data/benefits/benefits.csv", "--format", "json"]);
    const json = JSON.parse(result.stdout) as { meta: { inputs: { file: string; sha256: string }[] } };
    expect(json.meta.inputs[0]!.file).toBe("src/data/benefits/benefits.csv");
  });

  it("refuses an income outside the JKK tariff's range, an unknown event and a month before any row (exit 2)", () => {
    const low = iuran(["benefits", "--income", "500000", ...MONTH]);
    expect(low.code).toBe(2);
    expect(low.stderr).toContain("--income: a declared income of Rp 500,000 is below the JKK tariff's floor of Rp 1,000,000");
    const event = iuran(["benefits", "--event", "death", ...MONTH]);
    expect(event.code).toBe(2);
    expect(event.stderr).toContain("jkm-death");
    const early = iuran(["benefits", "--month", "2019-01"]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain("no benefit row of (bundled) benefits.csv is in force in 2019-01");
  });
});
