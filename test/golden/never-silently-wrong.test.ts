// The figure is right or iuran refuses: funding read as categories, headers read by their words or warned about,
// no worker skipped as a title, cut rows refused, every row counted. Each case failed before these rules existed.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const folder = mkdtempSync(join(tmpdir(), "iuran-silent-"));
function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}
/** April–December 2026: PP 50/2025 halves JKK and JKM for BPU, unless APBN or APBD pays. */
const RELIEF_MONTHS = ["--start", "2026-04", "--months", "9"];

function json(args: string[]) {
  const result = iuran([...args, "--format", "json"]);
  expect(result.stderr, result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
  return { report: JSON.parse(result.stdout), stderr: result.stderr };
}

describe("funding is a vocabulary, not free text", () => {
  it("every way a regency's budget is written is APBD: no relief, one group", () => {
    const spellings = ["APBD Kabupaten", "APBD Kab. Tanah Datar", "APBD II", "APBD-P", "APBD Perubahan", "APBD"];
    const roster = file(
      "apbd.csv",
      ["nik,nama,kecamatan,sumber dana", ...spellings.map((spelling, index) => `13030601018000${String(index + 10)},W${index},Kupitan,${spelling}`)].join("\n") + "\n",
    );
    const { report } = json(["budget", roster, ...RELIEF_MONTHS, "--by", "funding"]);
    // 6 workers × 9 months × Rp 16,800, no relief: Rp 907,200.
    expect(report.groups).toEqual([expect.objectContaining({ key: { funding: "APBD" }, workers: 6, total: "907200" })]);
  });

  it("an unknown source is a row error listing the categories and the map option", () => {
    const roster = file("unknown.csv", "nik,nama,kecamatan,sumber dana\n1303060101800001,A,Kupitan,DBHCHT\n1303060101800002,B,Kupitan,xyz\n");
    const result = iuran(["budget", roster, ...RELIEF_MONTHS]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(`${roster}:2:4: error UNKNOWN_FUNDING: funding "DBHCHT" is not a funding source iuran knows; use one of APBN, APBD, APBD Provinsi, APB Nagari/APBDes, CSR, BAZNAS, BUMDes/BUMNag, Donatur, Mandiri, or map a local name with --funding-map "DBHCHT=APBD"`);
    expect(result.stderr).toContain(`${roster}:3:4: error UNKNOWN_FUNDING: funding "xyz"`);
  });

  it("--funding-map maps a local name; the report groups by the category", () => {
    const roster = file("dbhcht.csv", "nik,nama,kecamatan,sumber dana\n1303060101800001,A,Kupitan,DBHCHT\n1303060101800002,B,Kupitan,APBD Sijunjung\n");
    const { report } = json(["budget", roster, ...RELIEF_MONTHS, "--by", "funding", "--funding-map", "DBHCHT=APBD"]);
    expect(report.groups).toEqual([expect.objectContaining({ key: { funding: "APBD" }, workers: 2, total: "302400" })]);
  });

  it("--funding is read like a cell: a spelling is its category, an unknown one a usage error", () => {
    const regency = iuran(["premium", "--month", "2026-05", "--funding", "APBD Kab. Sijunjung", "--format", "csv"]);
    expect(regency.stdout).toContain("JKK,10000");
    // Words after a level ("APBD II …") are the region's name, whatever it is.
    expect(iuran(["premium", "--month", "2026-05", "--funding", "APBD II Sijunjung X"]).code).toBe(0);
    const refused = iuran(["premium", "--month", "2026-05", "--funding", "xyz"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('iuran: --funding: funding "xyz" is not a funding source iuran knows; use one of APBN, APBD');
    const badMap = iuran(["premium", "--month", "2026-05", "--funding-map", "DBHCHT=xyz"]);
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toContain('iuran: --funding-map: "xyz" is no funding category');
  });

  it("a relief applied to a village budget says the reading is open and names the shipped other reading", () => {
    const result = iuran(["premium", "--month", "2026-05", "--funding", "Dana Desa", "--lang", "id"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Rp 8.400");
    // A warning on standard error for the operator, and a note in the report for whoever reads it later.
    expect(result.stderr).toContain("apakah keringanan ini berlaku bagi APB Nagari/APBDes belum pasti secara hukum");
    expect(result.stderr).toContain("--tariff apb-nagari-as-apbd");
    expect(result.stdout).toContain("pp50-2025-other diterapkan pada APB Nagari/APBDes: belum pasti secara hukum; bacaan lainnya --tariff apb-nagari-as-apbd");
    // The other reading, by its name alone, from any folder: village budgets excluded like APBD.
    const other = iuran(["premium", "--month", "2026-05", "--funding", "Dana Desa", "--tariff", "apb-nagari-as-apbd", "--format", "json"]);
    expect(JSON.parse(other.stdout).total).toBe("16800");
    expect(other.stderr).not.toContain("not settled");
  });

  it("no such note where the relief does not apply (APBD) or does not depend on it (CSR)", () => {
    for (const funding of ["APBD", "CSR"]) {
      const result = iuran(["premium", "--month", "2026-05", "--funding", funding, "--format", "json"]);
      expect(JSON.parse(result.stdout).meta.warnings).toEqual([]);
    }
  });
});

describe("sources and sectors a relief depends on", () => {
  it.each(["CSR/APBD", "Hibah APBD", "BAZNAS dan APBD", "Donatur APBN", "APBDes/APBD", "Dana Desa APBN", "Pemerintah Nagari APBD"])(
    "%s names two sources: refused, never the first one's relief",
    (funding) => {
      const result = iuran(["premium", "--month", "2026-05", "--funding", funding]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("names two sources");
    },
  );

  it("--funding-map never turns a known source into another, nor maps one name twice", () => {
    const redefined = iuran(["premium", "--month", "2026-05", "--funding-map", "APBD=CSR"]);
    expect(redefined.code).toBe(2);
    expect(redefined.stderr).toContain('"APBD" is already read as APBD');
    const twice = iuran(["premium", "--month", "2026-05", "--funding-map", "X=APBD", "--funding-map", "X=CSR"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('"X" is mapped twice, to APBD and to CSR');
  });

  it.each(["Ojek Pangkalan", "Driver Ojol", "Tukang Ojek", "Kurir Paket", "Angkutan Umum", "Sektor Transportasi", "Transport/Ojek"])(
    "sector %s is transport: the relief from January 2026",
    (sector) => {
      const result = iuran(["premium", "--month", "2026-02", "--funding", "CSR", "--sector", sector, "--format", "json"]);
      expect(JSON.parse(result.stdout).total).toBe("8400");
    },
  );

  it("a sector that only looks like one is not transport", () => {
    const result = iuran(["premium", "--month", "2026-02", "--funding", "CSR", "--sector", "Pertanian", "--format", "json"]);
    expect(JSON.parse(result.stdout).total).toBe("16800");
  });
});

describe("headers iuran does not read never go unnoticed", () => {
  it("reads headers by their words: Nominal Penghasilan, Gaji/Upah, Jumlah Bln, NIK KTP", () => {
    const roster = file(
      "words.csv",
      "NIK KTP,Nama,Kecamatan,Nominal Penghasilan,Jumlah Bln\n1303060101800001,A,Kupitan,2.000.000,3\n",
    );
    const { report } = json(["budget", roster, "--start", "2025-01"]);
    // JKK 1% × 2,000,000 = 20,000 + JKM 6,800 = 26,800 a month, for 3 months: 80,400.
    expect(report.total).toMatchObject({ workers: 1, workerMonths: 3, total: "80400" });
    // "Jumlah Bln" is "jumlah bulan" once its abbreviation is read: a name iuran knows, read without a note.
    expect(report.meta.warnings).toEqual([
      { code: "COLUMN_READ_BY_WORDS", message: `${roster}: column "NIK KTP" is read as NIK` },
      { code: "COLUMN_READ_BY_WORDS", message: `${roster}: column "Nominal Penghasilan" is read as income` },
    ]);
    const wage = file("wage.csv", "nik,nama,kecamatan,Gaji/Upah,risiko,segmen\n1303060101800001,A,Kupitan,5000000,1,PU\n");
    // PU: JKK 0.24% × 5,000,000 = 12,000 + JKM 0.30% = 15,000 a month.
    expect(json(["budget", wage, "--start", "2025-01", "--months", "1"]).report.total.total).toBe("27000");
  });

  it("warns about a header that could hold a priced column, naming the --map to use", () => {
    const roster = file("gross.csv", "nik,nama,kecamatan,Penghasilan Kotor\n1303060101800001,A,Kupitan,5000000\n");
    const { report } = json(["budget", roster, "--start", "2025-01", "--months", "1"]);
    expect(report.meta.warnings).toEqual([
      { code: "COLUMN_NOT_READ", message: `${roster}: column "Penghasilan Kotor" is not read; if it holds income, add --map income="Penghasilan Kotor" (without it, income is the default)` },
    ]);
  });
});

describe("rows that vanish", () => {
  it("a claims or scenario row cut short is refused, never read with defaults", () => {
    const scenario = file("cut-scenario.csv", "year,workers,months\n2026,1000,6\n2027,1000\n");
    const projected = iuran(["project", "--scenario", scenario, "--funding", "APBD", "--format", "csv"]);
    expect(projected.code).toBe(65);
    expect(projected.stderr).toContain(`${scenario}:3:3: error TOO_FEW_FIELDS: the row has 2 fields but the header has 3: months is missing`);
    const claims = file("cut-claims.csv", "label,reported_total,workers,start,months\nA,100800000,1000,2026-01\n");
    const checked = iuran(["check", "--claims", claims]);
    expect(checked.code).toBe(65);
    expect(checked.stderr).toContain("TOO_FEW_FIELDS");
    // A row that lacks only a column the command does not read is read.
    const noted = file("noted-claims.csv", "label,reported_total,workers,months,start,note\nA,201549600,1333,9,2022-04\n");
    expect(iuran(["check", "--claims", noted, "--funding", "APBD"]).code).toBe(0);
  });

  it("a line above the header with a name and a district is no title, whatever its NIK", () => {
    const roster = file("named.csv", ",Budi Santoso,Kamang Baru,2026-01\nnik,name,district,start\n1303061112820001,A,Kamang Baru,2026-01\n");
    const result = iuran(["budget", roster]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(`${roster}:1: error NO_HEADER: line 1 has a name and a district where the header on line 2 puts them`);
    expect(result.stderr).not.toContain("Budi");
  });

  it("headers with a priced column's words are read or warned about: Total Bulan, TMT, Sumber Anggaran, Bln, Anggaran", () => {
    const read = file("more-words.csv", "NIK,Nama,Kecamatan,Total Bulan,Sumber Anggaran,TMT\n1303061112820001,A,Kamang Baru,6,APBD,2026-01\n");
    // 6 months from January 2026 at Rp 16,800 (APBD pays, so PP 50/2025 does not halve April–June): 100,800.
    expect(json(["budget", read]).report.total.total).toBe("100800");
    const warned = file("warned.csv", "NIK,Nama,Kecamatan,Bln,Anggaran\n1303061112820001,A,Kamang Baru,6,APBD\n");
    const { report } = json(["budget", warned, "--start", "2026-01"]);
    const texts = report.meta.warnings.map((warning: { message: string }) => warning.message).join("\n");
    expect(texts).toContain('column "Bln" is not read; if it holds months, add --map months="Bln"');
    expect(texts).toContain('column "Anggaran" is not read; if it holds funding, add --map funding="Anggaran"');
  });

  it("an output never replaces a bundled table the run read", () => {
    const result = iuran(["premium", "--month", "2026-05", "-o", "dist/data/funding/funding-sources.csv"]);
    expect(result.code).toBe(73);
    expect(result.stderr).toContain("refusing to write the report over an input of this run");
  });

  it("a header sorted into the data: the workers above it are never skipped as a title", () => {
    const roster = file("sorted.csv", "1303060101800001,A,Kupitan\n1303060101800002,B,Kupitan\nnik,nama,kecamatan\n1303060101800003,C,Kupitan\n");
    const result = iuran(["budget", roster, "--start", "2026-01"]);
    expect(result.code).toBe(65);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `${roster}:1: error NO_HEADER: line 1 holds a NIK, so it is a worker, but the header is on line 3 below it (was the header sorted into the data?): move the header row to the top\niuran: 1 error; no report written\n`,
    );
  });

  it("a roster without a header is recognised as such, and no worker is quoted", () => {
    const roster = file("headerless.csv", "1303060101800001,Afrizal,Kupitan\n1303060101800002,Budi,Kupitan\n");
    const result = iuran(["budget", roster, "--start", "2026-01", "--skip-invalid"]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("error NO_HEADER: the first row (line 1) looks like a worker, not a header");
    expect(result.stderr).not.toContain("Afrizal");
    expect(result.stderr).not.toContain("the header has");
  });

  it("a title is skipped only when it cannot be a worker, and counted", () => {
    const roster = file("title.csv", "DAFTAR PEKERJA RENTAN 2026\nKabupaten,Sijunjung\nnik,nama,kecamatan\n1303060101800001,A,Kupitan\n");
    const { report } = json(["budget", roster, "--start", "2026-01", "--funding", "APBD"]);
    expect(report.meta.inputs[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 0, rowsSkipped: 2 });
    expect(report.meta.warnings).toEqual([{ code: "TITLE_SKIPPED", message: `${roster}: the header is on line 3; the 2 lines above it hold no NIK and were skipped as a title` }]);
  });

  it("a row cut short is refused when it lacks a column iuran reads, never priced with defaults", () => {
    const roster = file("cut.csv", "nik,nama,kecamatan,penghasilan,sumber dana,catatan\n1303060101800001,A,Kupitan,5000000,APBD,x\n1303060101800002,B,Kupitan,5000000,APBD\n1303060101800003,C,Kupi");
    const result = iuran(["budget", roster, "--start", "2026-01", "--months", "1", "--skip-invalid", "--format", "json"]);
    expect(result.code).toBe(0);
    // Line 3 lacks only the note, which iuran does not read: accepted. Line 4 lacks income and funding: refused.
    expect(result.stderr).toContain(`${roster}:4:4: error TOO_FEW_FIELDS: the row has 3 fields but the header has 6: income, funding are missing (a line cut short?)`);
    const report = JSON.parse(result.stdout);
    expect(report.meta.inputs[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1, rowsSkipped: 0 });
    // 2 × (1% × 5,000,000 + 6,800) = 113,600: nobody at the default income.
    expect(report.total.total).toBe("113600");
  });

  it("every row rejected under --skip-invalid is no success: exit 65, a loud summary, rejects still written", () => {
    const roster = file("all-bad.csv", "nik,nama,kecamatan,penghasilan\n1303060101800001,A,Kupitan,abc\n13030601018,B,Kupitan,1000000\n");
    const rejects = join(folder, "all-bad-rejects.csv");
    const result = iuran(["budget", roster, "--start", "2026-01", "--skip-invalid", "--rejects", rejects, "--format", "json"]);
    expect(result.code).toBe(65);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("iuran: 2 errors: every row was rejected (2 of 2 rows read); no report written");
    expect(readFileSync(rejects, "utf8").trim().split("\n")).toHaveLength(3);
  });

  it("read = accepted + rejected + skipped in the table, the CSV audit and JSON", () => {
    const roster = file("counts.csv", "DAFTAR\nnik,nama,kecamatan\n1303060101800001,A,Kupitan\n1303060101800002,,Kupitan\n");
    const table = iuran(["budget", roster, "--start", "2026-01", "--funding", "APBD", "--skip-invalid", "--lang", "en"]);
    expect(table.stdout).toContain(`Roster ${roster}: 3 rows read, 1 accepted, 1 rejected, 1 skipped (not workers)`);
    const audit = iuran(["audit", roster, "--format", "csv"]);
    expect(audit.stdout).toContain(`${roster},utf-8,",",3,1,1,1`);
  });
});

describe("personal data", () => {
  it("a NIK typed with any separators, or in superscript digits, is masked in keys, messages and rejects", () => {
    const roster = file(
      "separators.csv",
      "nik,nama,kecamatan,programs,catatan\n1303060101800001,A,Kupitan,1303 0612 0495 0001,x\n1303060101800002,B,Kupitan,JKK,1303/0612/0495/0003\n1303060101800003,C,,JKK,¹³⁰³⁰⁶¹²⁰⁴⁹⁵⁰⁰⁰⁴\n",
    );
    const rejects = join(folder, "separators-rejects.csv");
    const result = iuran(["budget", roster, "--start", "2026-01", "--skip-invalid", "--rejects", rejects, "--by", "catatan", "--format", "csv"]);
    const everything = result.stdout + result.stderr + readFileSync(rejects, "utf8");
    expect(everything).not.toMatch(/1303.?0612.?0495/);
    expect(everything).not.toContain("¹³⁰³⁰⁶¹²");
    expect(everything).toContain("130306******0003");
  });

  it("--map nik=HEADER --by HEADER groups by the NIK and masks it like --by nik", () => {
    const roster = file("id-warga.csv", "ID Warga,nama,kecamatan\n1303060101800001,A,Kupitan\n1303060101800002,B,Kupitan\n");
    const result = iuran(["budget", roster, "--start", "2026-01", "--funding", "APBD", "--map", "nik=ID Warga", "--by", "ID Warga", "--format", "csv"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("130306******0001");
    expect(result.stdout).not.toContain("1303060101800001");
    const shown = iuran(["budget", roster, "--start", "2026-01", "--funding", "APBD", "--map", "nik=ID Warga", "--by", "ID Warga", "--format", "csv", "--show-nik"]);
    expect(shown.stdout).toContain("1303060101800001");
  });
});

describe("a misspelt optional column of a scenario file is refused, not read as left out", () => {
  it("incme: exit 65 at line 1, column 3; the correct spelling is read", () => {
    const dir = mkdtempSync(join(tmpdir(), "iuran-scenario-"));
    const misspelt = join(dir, "misspelt.csv");
    writeFileSync(misspelt, "year,workers,incme\n2027,100,2000000\n");
    const result = iuran(["project", "--scenario", misspelt]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(`${misspelt}:1:3: error MISSING_COLUMN: no column income, but the header "incme" looks meant for it`);
    const spelt = join(dir, "spelt.csv");
    writeFileSync(spelt, "year,workers,income\n2027,100,2000000\n");
    expect(iuran(["project", "--scenario", spelt]).code).toBe(0);
  });
});
