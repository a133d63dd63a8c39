// Whole-CLI runs of coverage and count claims: flags and a claims file, tables in both languages at 80 columns,
// CSV and JSON, exit codes and usage errors.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { iuran, stableJson } from "../helpers/cli.js";

const golden = (name: string) => `./expected/${name}`;
const FIGURES = "fixtures/claims/figures.csv";

describe("coverage and count claims from flags", () => {
  it("57,84% for 18.338 of 31.706 is OK as the rounded figure, exit 0", () => {
    const result = iuran(["check", "--covered", "18.338", "--of", "31.706", "--percent", "57,84%", "--lang", "id"]);
    expect(result.code).toBe(0);
    // 1.833.800 ÷ 31.706 = 57,83763…: rounded 57,84, truncated 57,83.
    expect(result.stdout).toContain("cakupan: 18.338 ÷ 31.706 = 57,8376…%");
    expect(result.stdout).toContain("dibulatkan 57,84%, dipotong 57,83%; 57,84% yang dipublikasikan adalah angka yang dibulatkan");
  });

  it("38,7% for 3.879 of 10.000 is the truncated figure", () => {
    // Counts of people are read with dots or commas between thousands alike.
    const claim = iuranJson(["check", "--covered", "3,879", "--of", "10.000", "--percent", "38,7%"], 0).claims[0];
    expect(claim).toMatchObject({ kind: "coverage", status: "OK", reading: "truncated", exactPercent: "38.79" });
  });

  it("a percentage above 100% is said to be above the whole, in both languages, never that no whole number gives it", () => {
    // 120% of 100 is 120 covered, but coverage cannot exceed the whole; from covered alone the whole would be 83,3.
    const english = iuran(["check", "--of", "100", "--percent", "120%", "--lang", "en"]);
    expect(english.code).toBe(1);
    expect(english.stdout).toContain("coverage: 120% is more than the whole: a coverage is never above 100%");
    expect(english.stdout).not.toContain("no whole number");
    const indonesian = iuran(["check", "--covered", "100", "--percent", "120%", "--lang", "id"]);
    expect(indonesian.code).toBe(1);
    expect(indonesian.stdout).toContain("cakupan: 120% melebihi keseluruhan: cakupan tidak pernah di atas 100%");
    // 100% is still read: 100 of 100.
    expect(iuran(["check", "--covered", "100", "--percent", "100%", "--lang", "en"]).stdout).toContain("100 is 100% of a whole of 100");
  });

  it("a count that does not add up exits 1 and names the units it does cover", () => {
    const result = iuran(["check", "--units", "31", "--per-unit", "100", "--count", "1200", "--lang", "en"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("count: 100 × 31 = 3,100; published 1,200 (difference -1,900)");
    expect(result.stdout).toContain("1,200 ÷ 100 per unit = 12 units (a whole number), not the 31 stated");
  });

  it("a sum of parts, with --explain in JSON", () => {
    const claim = iuranJson(["check", "--count", "9.450", "--sum", "6.250+3.200", "--explain"], 0).claims[0];
    expect(claim).toMatchObject({ kind: "count", form: "sum", computed: "9450", difference: "0", parts: ["6250", "3200"] });
    expect(claim.explanation).toEqual(["9,450 is written in full: it is read exactly", "count = the sum of its 2 parts"]);
  });

  it("a total, a coverage and a count in one run: one section each", () => {
    const report = iuranJson(["check", "--reported", "201549600", "--workers", "1333", "--start", "2022-04", "--months", "9", "--covered", "18338", "--of", "31706", "--count", "6200", "--per-unit", "100", "--units", "62"], 0);
    expect(report.claims.map((claim: { kind: string }) => claim.kind)).toEqual(["total", "coverage", "count"]);
  });

  const usage: [string, string[], RegExp][] = [
    ["no claim at all names every kind", ["check"], /no claim to check: give a total .* a coverage .* a count .* or --claims FILE/],
    ["one figure of a coverage is not a claim", ["check", "--covered", "18338"], /a coverage claim needs two of --covered, --of and --percent/],
    ["--sum with --per-unit", ["check", "--count", "9450", "--sum", "6250+3200", "--per-unit", "100"], /--sum gives a count as a sum of parts; leave out --per-unit/],
    ["an ambiguous percentage", ["check", "--covered", "1", "--of", "2", "--percent", "1.234%"], /--percent: "1.234%" is ambiguous/],
    ["a whole of 0", ["check", "--covered", "0", "--of", "0"], /--of: "0" must be at least 1/],
    ["figure flags with a claims file", ["check", "--claims", FIGURES, "--covered", "1"], /leave out --covered/],
    ["total flags still need --reported", ["check", "--workers", "1333", "--covered", "1", "--of", "2"], /a claim needs --reported/],
  ];
  for (const [name, args, message] of usage) {
    it(`usage error: ${name}`, () => {
      const result = iuran(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    });
  }
});

describe("a claims file of coverage and count claims", () => {
  for (const lang of ["en", "id"] as const) {
    it(`table in ${lang} at 80 columns`, async () => {
      const result = iuran(["check", "--claims", FIGURES, "--lang", lang, "--width", "80"]);
      expect(result.code).toBe(1);
      for (const line of result.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
      await expect(result.stdout).toMatchFileSnapshot(golden(`figures.${lang}.txt`));
    });
  }

  it("CSV: label, kind, status, then plain digits with dot decimals", async () => {
    const result = iuran(["check", "--claims", FIGURES, "--format", "csv"]);
    expect(result.code).toBe(1);
    const rows: Record<string, string>[] = parse(result.stdout, { columns: true });
    expect(rows.map((row) => `${row.kind} ${row.status}`)).toEqual([
      "coverage OK",
      "coverage OK",
      "coverage INCONSISTENT-PRECISION",
      "coverage MISMATCH",
      "coverage OK",
      "count OK",
      "count MISMATCH",
      "count OK",
      "count OK",
      "count INCONSISTENT-PRECISION",
    ]);
    expect(rows[0]).toMatchObject({ covered: "18338", of: "31706", percent: "57.84", exact_percent: "57.8376332555", reading: "rounded" });
    expect(rows[4]).toMatchObject({ form: "of", min_rounded: "31702", max_rounded: "31707", min_truncated: "31700", max_truncated: "31704" });
    expect(rows[8]).toMatchObject({ count: "12000", count_low: "11500", count_high: "12499", computed: "11800" });
    await expect(result.stdout).toMatchFileSnapshot(golden("figures.csv"));
  });

  it("JSON", async () => {
    const result = iuran(["check", "--claims", FIGURES, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).summary).toEqual({ claims: 10, ok: 6, mismatches: 2, inconsistentPrecision: 2 });
    await expect(stableJson(result.stdout)).toMatchFileSnapshot(golden("figures.json"));
  });
});

describe("claims of several kinds in one file", () => {
  it("a total row and a coverage row: each read by its kind, one CSV with the columns of both", () => {
    const file = join(mkdtempSync(join(tmpdir(), "iuran-figures-")), "mixed.csv");
    writeFileSync(file, 'label,reported_total,workers,months,start,covered,of,percent\nSijunjung,201549600,1333,9,2022-04,,,\nCakupan,,,,,18338,31706,"57,84%"\n');
    const result = iuran(["check", "--claims", file, "--format", "csv"]);
    expect(result.code).toBe(0);
    const rows: Record<string, string>[] = parse(result.stdout, { columns: true });
    expect(rows.map((row) => [row.label, row.kind, row.status, row.computed, row.exact_percent])).toEqual([
      ["Sijunjung", "total", "OK", "201549600", ""],
      ["Cakupan", "coverage", "OK", "", "57.8376332555"],
    ]);
  });
});

describe("claims file rows that cannot be read", () => {
  it("every bad row is an error at its line and cell, none dropped: exit 65", () => {
    const file = join(mkdtempSync(join(tmpdir(), "iuran-figures-")), "claims.csv");
    writeFileSync(
      file,
      [
        "label,tercakup,dari,persen,jumlah,per_nagari,nagari,rincian",
        "one figure,18338,,,,,,",
        "not a count,x,31706,57%,,,,",
        "sum and product,,,,9450,100,,6250+3200",
        "empty part,,,,9450,,,6250++3200",
        "unknown scale,,,,12 lusin,100,,",
        "not a percent,1,2,abc,,,,",
        "ambiguous percent,1,2,1.234%,,,,",
        "two kinds,1,2,3%,5,1,5,",
        "",
      ].join("\n"),
    );
    const result = iuran(["check", "--claims", file]);
    expect(result.code).toBe(65);
    expect(result.stdout).toBe("");
    const errors = result.stderr.split("\n").map((line) => line.replace(`${file}:`, ""));
    expect(errors).toEqual([
      "2: error INVALID_CLAIM: a coverage claim needs two of covered, of and percent",
      '3:2: error INVALID_COUNT: covered "x" is not a number',
      "4:8: error INVALID_CLAIM: a count is either per_unit × units or a sum of parts, not both",
      '5:8: error INVALID_COUNT: sum "6250++3200" has an empty part: write the parts like 6250+3200',
      '6:5: error INVALID_COUNT: count "12 lusin" has an unknown scale word "lusin": a count may end in rb/ribu or jt/juta',
      '7:4: error INVALID_PERCENT: percent "abc" is not a percentage: write it like 57,84%, 57.84%, 38,7 % or 100 persen',
      expect.stringMatching(/^8:4: error INVALID_PERCENT: percent "1.234%" is ambiguous/),
      "9: error INVALID_CLAIM: the row fills in the figures of two kinds of claim (coverage, count): one claim a row, or name its kind in a kind column",
      "iuran: 8 errors; no report written",
      "",
    ]);
  });
});

function iuranJson(args: string[], code: number) {
  const result = iuran([...args, "--format", "json"]);
  expect(result.code).toBe(code);
  return JSON.parse(result.stdout);
}

describe("a percentage that is both readings", () => {
  it("says so in words, in both languages", () => {
    // 1 ÷ 3 = 33.333…%: rounded and truncated to one decimal are both 33.3.
    expect(iuran(["check", "--covered", "1", "--of", "3", "--percent", "33,3", "--lang", "en"]).stdout).toContain("the published 33.3% is both the rounded and the truncated figure");
    expect(iuran(["check", "--covered", "1", "--of", "3", "--percent", "33,3", "--lang", "id"]).stdout).toContain("33,3% yang dipublikasikan adalah angka yang dibulatkan sekaligus yang dipotong");
  });
});

describe("a misspelt figure header in a claims file is refused, never left out", () => {
  const cases = [
    ["label,covered,of,percen\nA,18338,31706,57.84\n", 4, "percent"],
    ["label,covered,off,percent\nA,18338,31706,57.84\n", 3, "of"],
    ["label,cuont,per_unit,units\nA,1200,100,31\n", 2, "count"],
    ["label,benefits,contributions,ratoi\nA,2100000000,5460000000,45%\n", 4, "ratio"],
  ] as const;
  for (const [text, column, meant] of cases) {
    it(`${text.split("\n")[0]}: exit 65 at line 1, column ${column}, naming ${meant}`, () => {
      const dir = mkdtempSync(join(tmpdir(), "iuran-misspelt-"));
      const file = join(dir, "claims.csv");
      writeFileSync(file, text);
      const result = iuran(["check", file]);
      expect(result.code).toBe(65);
      expect(result.stderr).toContain(`${file}:1:${column}: error MISSING_COLUMN:`);
      expect(result.stderr).toContain(`no column ${meant}, but the header`);
    });
  }
});
