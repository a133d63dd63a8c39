// iuran document, whole-CLI: the 2022 Sijunjung case in both languages, a relief that splits lines by price, a roster
// of differing months in worker-months, village lines per nagari, and the lines adding up to the budget's total.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const SIJUNJUNG_WORDS = "dua ratus satu juta lima ratus empat puluh sembilan ribu enam ratus rupiah";
const HEADCOUNT = ["document", "--workers", "1333", "--months", "9", "--start", "2022-04"];
const ROSTER = ["document", "fixtures/sijunjung-2022/roster.csv", "--start", "2022-04", "--months", "9"];
const RELIEF = ["document", "--workers", "100", "--start", "2020-06", "--months", "6"];
const DIFFERING = ["document", "fixtures/sijunjung-2027/roster-excel.csv", "--year", "2027"];
const VILLAGES = ["document", "fixtures/document/nagari.csv", "--level", "nagari", "--source", "DDS", "--year", "2027"];

interface JsonLine {
  program?: string;
  village?: string;
  source?: string | null;
  code: string;
  koefisien: string;
  satuan: string;
  unitPrice: string;
  amount: string;
  workers: number;
  months: number | null;
  workerMonths: number;
  from: string;
  to: string;
}
interface JsonDocument {
  lines: JsonLine[];
  villages?: { village: string; total: string; terbilang: string }[];
  total: string;
  terbilang: string;
  meta: { level: string; warnings: unknown[] };
}

function json(args: readonly string[]): JsonDocument {
  const result = iuran([...args, "--format", "json"]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as JsonDocument;
}

/** The budget's own total for the same run, from `iuran budget`. */
function budgetTotal(args: readonly string[]): string {
  const result = iuran(["budget", ...args.slice(1).filter((_, index, all) => !["--level", "--source"].includes(all[index]!) && !["--level", "--source"].includes(all[index - 1]!)), "--format", "json"]);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { total: { total: string } }).total.total;
}

const lineOf = (line: JsonLine) => [line.program ?? line.village, line.code, line.koefisien, line.satuan, line.unitPrice, line.amount];

describe("iuran document: the 2022 Sijunjung case", () => {
  it("two lines, JKK and JKM, 1.333 Orang x 9 Bulan, Rp 201.549.600 in words", () => {
    const document = json(HEADCOUNT);
    expect(document.meta.level).toBe("kabupaten");
    expect(document.lines.map(lineOf)).toEqual([
      ["JKK", "5.1.02.02.02.0006", "1.333 Orang x 9 Bulan", "Orang/Bulan", "10000", "119970000"],
      ["JKM", "5.1.02.02.02.0007", "1.333 Orang x 9 Bulan", "Orang/Bulan", "6800", "81579600"],
    ]);
    expect(document.total).toBe("201549600");
    expect(document.terbilang).toBe(SIJUNJUNG_WORDS);
    expect(document.total).toBe(budgetTotal(HEADCOUNT));
  });

  it("the roster gives the same lines as the headcount", () => {
    const fromRoster = json(ROSTER);
    expect(fromRoster.lines).toEqual(json(HEADCOUNT).lines);
    expect(fromRoster.total).toBe(budgetTotal(ROSTER));
  });

  for (const lang of ["id", "en"] as const) {
    it(`the table in ${lang}`, async () => {
      const result = iuran([...HEADCOUNT, "--lang", lang]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain("1.333 Orang x 9 Bulan");
      expect(result.stdout).toContain(lang === "id" ? "Rp 201.549.600" : "Rp 201,549,600");
      expect(result.stdout).toContain(SIJUNJUNG_WORDS);
      await expect(result.stdout).toMatchFileSnapshot(`./expected/document/sijunjung-2022.${lang}.txt`);
    });
  }

  it("CSV for scripts: plain digits, one row per line", () => {
    const result = iuran([...ROSTER, "--format", "csv"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([
      "level,village,code,name,uraian,source,program,from,to,workers,months,worker_months,koefisien,satuan,unit_price,amount",
      "kabupaten,,5.1.02.02.02.0006,Belanja Iuran Jaminan Kecelakaan Kerja bagi Non ASN,Iuran Jaminan Kecelakaan Kerja (JKK) pekerja rentan,,JKK,2022-04,2022-12,1333,9,11997,1.333 Orang x 9 Bulan,Orang/Bulan,10000,119970000",
      "kabupaten,,5.1.02.02.02.0007,Belanja Iuran Jaminan Kematian bagi Non ASN,Iuran Jaminan Kematian (JKM) pekerja rentan,,JKM,2022-04,2022-12,1333,9,11997,1.333 Orang x 9 Bulan,Orang/Bulan,6800,81579600",
    ]);
  });
});

describe("iuran document: lines split and written truthfully", () => {
  it("a relief that starts in the period makes one line per price (PP 49/2020 from August 2020)", async () => {
    const document = json(RELIEF);
    expect(document.lines.map((line) => [line.program, line.from, line.to, line.koefisien, line.unitPrice, line.amount])).toEqual([
      ["JKK", "2020-06", "2020-07", "100 Orang x 2 Bulan", "10000", "2000000"],
      ["JKK", "2020-08", "2020-11", "100 Orang x 4 Bulan", "100", "40000"],
      ["JKM", "2020-06", "2020-07", "100 Orang x 2 Bulan", "6800", "1360000"],
      ["JKM", "2020-08", "2020-11", "100 Orang x 4 Bulan", "68", "27200"],
    ]);
    expect(document.total).toBe("3427200");
    expect(document.total).toBe(budgetTotal(RELIEF));
    await expect(iuran([...RELIEF, "--lang", "id"]).stdout).toMatchFileSnapshot("./expected/document/relief-2020.id.txt");
  });

  it("a roster whose workers have different months is written in worker-months (OB)", () => {
    const document = json(DIFFERING);
    expect(document.lines.map((line) => [line.program, line.workers, line.months, line.koefisien, line.unitPrice])).toEqual([
      ["JKK", 24, null, "234 OB", "10000"],
      ["JKM", 24, null, "234 OB", "6800"],
    ]);
    expect(document.total).toBe(String(234n * 16_800n));
    expect(document.total).toBe(budgetTotal(DIFFERING));
  });

  it("village lines: per nagari, the funding source, OB at the combined price, each village adding up", async () => {
    const document = json(VILLAGES);
    expect(document.meta.level).toBe("nagari");
    expect(document.lines.map((line) => [line.village, line.source, line.from, line.to, line.workerMonths, line.satuan, line.unitPrice, line.amount])).toEqual([
      // The ojek driver's January–March 2027 are under the PP 50/2025 transport relief (applied to a village budget).
      ["Aie Amo", "DDS", "2027-01", "2027-03", 3, "OB", "8400", "25200"],
      ["Aie Amo", "DDS", "2027-04", "2027-12", 15, "OB", "16800", "252000"],
      ["Muaro Takuang", "DDS", "2027-01", "2027-12", 36, "OB", "16800", "604800"],
      ["Silokek", "DDS", "2027-04", "2027-12", 9, "OB", "26800", "241200"],
      ["Silokek", "DDS", "2027-04", "2027-12", 9, "OB", "16800", "151200"],
    ]);
    expect(document.villages?.map((village) => [village.village, village.total])).toEqual([
      ["Aie Amo", "277200"],
      ["Muaro Takuang", "604800"],
      ["Silokek", "392400"],
    ]);
    expect(document.total).toBe("1274400");
    expect(document.total).toBe(budgetTotal(VILLAGES));
    expect(document.terbilang).toBe("satu juta dua ratus tujuh puluh empat ribu empat ratus rupiah");
    for (const lang of ["id", "en"] as const) {
      await expect(iuran([...VILLAGES, "--lang", lang]).stdout).toMatchFileSnapshot(`./expected/document/nagari-2027.${lang}.txt`);
    }
  });
});

describe("iuran document: tables at 80 columns", () => {
  for (const [name, args] of [["sijunjung", HEADCOUNT], ["relief", RELIEF], ["villages", VILLAGES]] as const) {
    for (const lang of ["id", "en"] as const) {
      it(`${name}, ${lang}: no line wider than 80`, () => {
        const result = iuran([...args, "--lang", lang, "--width", "80"]);
        expect(result.code, result.stderr).toBe(0);
        const wide = result.stdout.split("\n").filter((line) => [...line].length > 80);
        expect(wide).toEqual([]);
        expect(result.stdout).toMatch(lang === "id" ? /Terbilang: / : /In words: /);
      });
    }
  }
});

describe("iuran document: accounts and options", () => {
  it("--accounts replaces the bundled table: its codes and texts are on the lines", () => {
    const folder = mkdtempSync(join(tmpdir(), "iuran-accounts-"));
    const file = join(folder, "accounts.csv");
    const bundled = readFileSync("src/data/accounts/accounts.csv", "utf8");
    writeFileSync(file, bundled.replace("5.1.02.02.02.0006", "5.1.02.02.01.0099").replace("activity,,,", "activity,,2.4.01,"));
    const regency = json([...HEADCOUNT, "--accounts", file]);
    expect(regency.lines[0]!.code).toBe("5.1.02.02.01.0099");
    const village = json(["document", "--workers", "10", "--start", "2027-01", "--months", "12", "--level", "nagari", "--source", "add", "--accounts", file]);
    expect(village.lines.map((line) => [line.code, line.source, line.koefisien])).toEqual([["2.4.01", "ADD", "10 Orang x 12 Bulan"]]);
  });

  it("the nagari level needs a known source; the regency level takes none", () => {
    const missing = iuran(["document", "--workers", "10", "--start", "2027-01", "--level", "nagari"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--source DDS|ADD|PBH|PADes");
    const unknown = iuran(["document", "--workers", "10", "--start", "2027-01", "--level", "nagari", "--source", "SILPA"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--source "SILPA" is not in (bundled) accounts.csv');
    expect(iuran(["document", "--workers", "10", "--start", "2027-01", "--source", "DDS"]).code).toBe(2);
  });

  it("a programme with no account in the table is refused, not left off", () => {
    const folder = mkdtempSync(join(tmpdir(), "iuran-accounts-"));
    const file = join(folder, "accounts.csv");
    writeFileSync(file, readFileSync("src/data/accounts/accounts.csv", "utf8").split("\n").filter((line) => !line.startsWith("account,JHT")).join("\n"));
    const result = iuran([...HEADCOUNT, "--programs", "jkk,jkm,jht", "--accounts", file]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("has no account for programme JHT");
    expect(result.stdout).toBe("");
  });
});
