// Tables at a terminal's width: every command's table at 80 columns (budget also at 60 and 120), in English and
// Indonesian, with no line wider than asked, pinned as files; and colour as the flags and environment decide.
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const ROSTER = "fixtures/sijunjung-2022/roster.csv";
const MIXED = "fixtures/mixed-2026/roster.csv";
const POTENTIAL = "fixtures/sijunjung-2022/potential.csv";
const SIJUNJUNG_2022 = ["--start", "2022-04", "--months", "9"];

/** Terminal columns a line takes, measured apart from the code under test: colour stripped, one per code point. */
function columnsOf(line: string): number {
  return [...line.replace(/\u001b\[[0-9;]*m/g, "")].length;
}

const BUDGETS: [string, string[]][] = [
  ["budget-headcount", ["budget", "--workers", "1333", ...SIJUNJUNG_2022]],
  ["budget-district", ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district"]],
  ["budget-district-village", ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district,village"]],
  ["budget-month", ["budget", MIXED, "--start", "2026-01", "--by", "month"]],
  ["budget-explain", ["budget", MIXED, "--start", "2026-01", "--explain"]],
  ["budget-potential", ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "kecamatan", "--potential", POTENTIAL]],
];

const OTHERS: [string, string[], number?][] = [
  ["premium", ["premium", "--income", "1000000", "--month", "2025-07", "--programs", "jkk,jkm,jht"]],
  ["premium-pu", ["premium", "--segment", "pu", "--wage", "12000000", "--risk", "2", "--programs", "jkk,jkm,jht,jp", "--month", "2025-07"]],
  ["premium-transport-explain", ["premium", "--month", "2026-05", "--sector", "transport", "--explain"]],
  ["capacity", ["capacity", "--budget", "201549600", ...SIJUNJUNG_2022, "--explain"]],
  ["target", ["target", "--enrolled", "17143", "--potential", "48838", "--target-percent", "60", "--start", "2027-01", "--funding", "APBD"]],
  ["check-claims", ["check", "--claims", "fixtures/claims/reported.csv"], 1],
  ["check-partial", ["check", "--claims", "fixtures/claims/partial.csv"], 1],
  ["project-growth", ["project", "--from", "2026", "--years", "5", "--workers", "16590", "--growth", "10%", "--funding", "APBD"]],
  ["project-scenarios", ["project", "--scenario", "fixtures/scenarios/steady.csv", "--scenario", "fixtures/scenarios/expand.csv"]],
  // Four scenarios do not fit side by side in 80 columns: one after the other.
  ["project-four-scenarios", ["project", ...["steady", "expand", "steady", "expand"].flatMap((name) => ["--scenario", `fixtures/scenarios/${name}.csv`])]],
  ["allocate-weights", ["allocate", "--workers", "1333", "--weights", POTENTIAL, "--key", "kecamatan", "--weight", "potential", ...SIJUNJUNG_2022, "--potential", POTENTIAL]],
  [
    "allocate-quota",
    ["allocate", "--workers", "6200", "--per-unit", "100", "--units", "fixtures/sijunjung-2022/nagari.csv", "--key", "nagari", "--rollup", "kecamatan", "--start", "2027-01", "--funding", "APB Nagari"],
  ],
  ["audit", ["audit", ROSTER, MIXED, "--start", "2027-01"]],
  ["audit-errors", ["audit", ROSTER, "fixtures/bad/several_errors.csv"], 65],
  ["check-claims-ratio", ["check", "--claims", "fixtures/claims/ratio.csv", "--explain"]],
  ["benefits-schedule", ["benefits", "--month", "2026-01"]],
  ["benefits-temporary-explain", ["benefits", "--event", "disability-temporary", "--income", "2000000", "--months-off", "18", "--month", "2026-01", "--explain"]],
];

const runs: [number, string, string[], number][] = [
  ...[...BUDGETS, ...OTHERS].map(([name, args, code = 0]): [number, string, string[], number] => [80, name, args, code]),
  ...[60, 120].flatMap((width) => BUDGETS.map(([name, args]): [number, string, string[], number] => [width, name, args, 0])),
];

describe("tables at a width", () => {
  for (const [width, name, args, code] of runs) {
    for (const lang of ["en", "id"] as const) {
      it(`${width}/${name}.${lang}.txt`, async () => {
        const result = iuran([...args, "--lang", lang, "--width", String(width)]);
        expect(result.code, result.stderr).toBe(code);
        const wide = result.stdout.split("\n").filter((line) => columnsOf(line) > width);
        expect(wide, `lines wider than ${width} columns`).toEqual([]);
        await expect(result.stdout).toMatchFileSnapshot(`./expected/${width}/${name}.${lang}.txt`);
      });
    }
  }

  it("the grand total stays on one line of the table at every width", () => {
    for (const width of [60, 80, 120]) {
      for (const [, args] of BUDGETS.filter(([name]) => name !== "budget-month" && name !== "budget-explain")) {
        const lines = iuran([...args, "--lang", "id", "--width", String(width)]).stdout.split("\n");
        expect(lines.filter((line) => /^│ Jumlah .*│ Rp 201\.549\.600 │$/.test(line)), `${width}: ${args.join(" ")}`).toHaveLength(1);
      }
    }
  });

  it("piped without --width: the full table, whatever COLUMNS says", () => {
    const args = ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district,village", "--lang", "en"];
    const full = iuran(args).stdout;
    expect(full).toContain("│ District       │ Village                   │ Workers │ Worker-months │            JKK │");
    expect(iuran(args, { env: { COLUMNS: "60" } }).stdout).toBe(full);
  });

  it("--width wider than the table changes nothing in it", () => {
    const args = ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district", "--lang", "id"];
    const full = iuran(args).stdout;
    const wide = iuran([...args, "--width", "200"]).stdout;
    const table = (text: string) => text.split("\n").filter((line) => /^[┌│├└]/.test(line));
    expect(table(wide)).toEqual(table(full));
  });

  it("--width outside 40 to 1000 is a usage error", () => {
    for (const width of ["39", "1001", "eighty", "-80"]) {
      const result = iuran(["premium", "--month", "2025-07", "--width", width]);
      expect(result.code, width).toBe(2);
      expect(result.stderr).toContain("--width: expected a whole number of columns from 40 to 1000");
    }
  });
});

describe("colour", () => {
  const PREMIUM = ["premium", "--month", "2025-07", "--lang", "en"];
  const coloured = (text: string) => /\u001b\[/.test(text);

  it("--color=always colours even a pipe, over NO_COLOR and FORCE_COLOR=0", () => {
    expect(coloured(iuran([...PREMIUM, "--color=always"]).stdout)).toBe(true);
    expect(coloured(iuran([...PREMIUM, "--color", "always"], { env: { NO_COLOR: "1" } }).stdout)).toBe(true);
  });

  it("NO_COLOR (any value) with --color=auto: no colour, even with FORCE_COLOR", () => {
    expect(coloured(iuran([...PREMIUM, "--color=auto"], { env: { NO_COLOR: "1" } }).stdout)).toBe(false);
    expect(coloured(iuran(PREMIUM, { env: { NO_COLOR: "0", FORCE_COLOR: "1" } }).stdout)).toBe(false);
  });

  it("FORCE_COLOR colours a pipe; --no-color and --color=never win over it", () => {
    expect(coloured(iuran(PREMIUM, { env: { FORCE_COLOR: "1" } }).stdout)).toBe(true);
    expect(coloured(iuran([...PREMIUM, "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout)).toBe(false);
    expect(coloured(iuran([...PREMIUM, "--color=never"], { env: { FORCE_COLOR: "3" } }).stdout)).toBe(false);
  });

  it("coloured or not, the text is the same", () => {
    const plain = iuran(PREMIUM).stdout;
    expect(iuran([...PREMIUM, "--color=always"]).stdout.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain);
  });
});
