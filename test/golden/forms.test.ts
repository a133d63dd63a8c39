// Values as Indonesian officers and Excel write them, through the whole CLI: a roster exported by Excel (";",
// dd/mm/yyyy, Jan-27, Januari 2027, "Rp 500 rb"), refusals that list the forms read, amounts with scale words on
// flags, and incomes below the BPU floor with and without --below-floor raise. Exact outputs, in both languages.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const ROSTER = "fixtures/forms/roster.csv";
const REFUSED = "fixtures/forms/refused.csv";
const LANGS = ["en", "id"] as const;

describe("a roster as Excel leaves it", () => {
  for (const lang of LANGS) {
    it(`incomes below the floor are errors that say what to do (${lang})`, async () => {
      const result = iuran(["budget", ROSTER, "--by", "kecamatan", "--funding", "APBD", "--lang", lang]);
      expect(result.code).toBe(65);
      expect(result.stdout).toBe("");
      await expect(result.stderr).toMatchFileSnapshot(`./expected/forms/below-floor.${lang}.stderr`);
    });

    it(`--below-floor raise prices them at the floor, with one warning (${lang})`, async () => {
      const result = iuran(["budget", ROSTER, "--by", "kecamatan", "--funding", "APBD", "--below-floor", "raise", "--lang", lang]);
      expect(result.code).toBe(0);
      await expect(result.stdout).toMatchFileSnapshot(`./expected/forms/raised.${lang}.txt`);
      await expect(result.stderr).toMatchFileSnapshot(`./expected/forms/raised.${lang}.stderr`);
    });

    it(`refused start months and amounts list what is read (${lang})`, async () => {
      const result = iuran(["budget", REFUSED, "--funding", "APBD", "--lang", lang]);
      expect(result.code).toBe(65);
      expect(result.stdout).toBe("");
      await expect(result.stderr).toMatchFileSnapshot(`./expected/forms/refused.${lang}.stderr`);
    });
  }

  it("prices exactly as the same roster written in YYYY-MM and plain rupiah", () => {
    // The fixture's cells and what they stand for, written the one way iuran always read.
    const plain: Record<string, string> = {
      "01/01/2027": "2027-01", "1/2/2027": "2027-02", "Jan-27": "2027-01", "Januari 2027": "2027-01", "15/03/2027": "2027-03",
      "2027-04-01": "2027-04", "Agu-27": "2027-08", "Mei 2027": "2027-05", "01/2027": "2027-01", "31/12/2026": "2026-12",
      "1.000.000": "1000000", "Rp 1.500.000": "1500000", "750.000": "750000", "Rp 500 rb": "500000", "1,5 jt": "1500000",
      "2.000.000": "2000000", "800.000": "800000", "Rp. 1.000.000,-": "1000000",
    };
    const lines = readFileSync(ROSTER, "utf8").split("\r\n");
    const rewritten = lines.map((line, index) => (index === 0 ? line : line.split(";").map((cell) => plain[cell] ?? cell).join(";")));
    expect(rewritten.slice(1).join("\n")).not.toMatch(/\/|rb|jt|Rp|Jan|Agu|Mei|\.0/);
    const file = join(mkdtempSync(join(tmpdir(), "iuran-forms-")), "roster.csv");
    writeFileSync(file, rewritten.join("\r\n"));
    const args = ["--by", "kecamatan", "--funding", "APBD", "--below-floor", "raise", "--format", "csv"];
    const excel = iuran(["budget", ROSTER, ...args]);
    const iso = iuran(["budget", file, ...args]);
    expect(excel.code).toBe(0);
    expect(excel.stdout).toBe(iso.stdout);
    expect(excel.stdout.split("\n").length).toBeGreaterThan(2);
  });

  it("JSON carries the warning under its code, with the count", () => {
    const result = iuran(["budget", ROSTER, "--funding", "APBD", "--below-floor", "raise", "--format", "json"]);
    expect(result.code).toBe(0);
    const warnings = (JSON.parse(result.stdout) as { meta: { warnings: { code: string; message: string }[] } }).meta.warnings;
    expect(warnings.filter((entry) => entry.code === "INCOME_RAISED_TO_FLOOR")).toEqual([
      {
        code: "INCOME_RAISED_TO_FLOOR",
        message: "3 workers declared an income below the floor (Rp 500,000–Rp 800,000) and were priced at the floor Rp 1,000,000, as --below-floor raise asks",
      },
    ]);
  });
});

describe("a roster mixing day/month and month/day dates", () => {
  it("warns DATE_ORDER_MIXED with the first line of each kind; a roster of day-first dates does not", () => {
    const dir = mkdtempSync(join(tmpdir(), "iuran-date-order-"));
    const mixed = join(dir, "mixed.csv");
    writeFileSync(
      mixed,
      [
        "nik,nama,kecamatan,mulai",
        "1303060101900001,A,Sijunjung,25/06/2027",
        "1303060101900002,B,Sijunjung,03/04/2027",
        "1303060101900003,C,Sijunjung,12/31/2026",
        "1303060101900004,D,Sijunjung,05/06/2027",
        "1303060101900005,E,Sijunjung,07/07/2027",
      ].join("\n"),
    );
    const result = iuran(["budget", mixed, "--months", "3", "--skip-invalid"]);
    expect(result.code).toBe(0);
    // Line 4 is month/day (refused); lines 3 and 5 read either way; 25/06 and 07/07 only one way.
    expect(result.stderr).toContain("warning: " + mixed + ": 1 start date is written month/day/year (first on line 4), and 2 other dates read either way (first on line 3, read day/month/year)");
    const dayFirst = join(dir, "day-first.csv");
    writeFileSync(dayFirst, ["nik,nama,kecamatan,mulai", "1303060101900001,A,Sijunjung,25/06/2027", "1303060101900002,B,Sijunjung,03/04/2027"].join("\n"));
    expect(iuran(["budget", dayFirst, "--months", "3"]).stderr).not.toContain("month/day/year");
  });
});

describe("flags read as cells are", () => {
  for (const lang of LANGS) {
    it(`--budget "Rp 1,25 miliar" and --start 2027 (${lang})`, async () => {
      const result = iuran(["capacity", "--budget", "Rp 1,25 miliar", "--start", "2027", "--months", "12", "--funding", "APBD", "--lang", lang]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      await expect(result.stdout).toMatchFileSnapshot(`./expected/forms/capacity.${lang}.txt`);
    });

    it(`an ambiguous budget and a US-order --start are usage errors (${lang})`, async () => {
      const budget = iuran(["capacity", "--budget", "2.500 juta", "--start", "2027-01", "--lang", lang]);
      const start = iuran(["capacity", "--budget", "500 juta", "--start", "12/31/2026", "--lang", lang]);
      expect([budget.code, start.code]).toEqual([2, 2]);
      await expect(`${budget.stderr}${start.stderr}`).toMatchFileSnapshot(`./expected/forms/flags.${lang}.stderr`);
    });
  }

  it("the same budget written five ways is the same answer", () => {
    const answers = ["1250000000", "1.250.000.000", "1,250,000,000", "Rp 1,25 miliar", "1250 juta", "1,25 M"].map(
      (budget) => iuran(["capacity", "--budget", budget, "--start", "Januari 2027", "--months", "12", "--funding", "APBD", "--format", "csv"]).stdout,
    );
    expect(answers[0]).toMatch(/1250000000/);
    for (const answer of answers) expect(answer).toBe(answers[0]);
  });

  it("--income below the floor on a headcount budget: the warning names the income", () => {
    const result = iuran(["budget", "--workers", "10", "--start", "2027", "--income", "750 rb", "--funding", "APBD", "--below-floor", "raise", "--format", "csv"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "iuran: warning: the declared income Rp 750,000 is below the floor and was priced at the floor Rp 1,000,000, as --below-floor raise asks\n",
    );
  });
});
