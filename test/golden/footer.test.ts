// Rosters as Excel leaves them end with a footer under the data: a JUMLAH or TOTAL row, blank lines, a place and
// date, a signature block with names, ranks and NIPs. It is skipped and counted (read = accepted + rejected +
// skipped), the budget is the plain roster's to the rupiah, and a total row that disagrees with the roster as iuran
// read it is named. A footer-like row with workers under it is an ordinary row, rejected at its line.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const PLAIN = "fixtures/sijunjung-2022/roster.csv";
const PERIOD = ["--start", "2022-04", "--months", "9"];
const SEMICOLON = "fixtures/footer/roster-excel-jumlah.csv";
const SEMICOLON_DISAGREES = "fixtures/footer/roster-excel-jumlah-disagrees.csv";
const COMMA = "fixtures/footer/roster-total.csv";
const COMMA_DISAGREES = "fixtures/footer/roster-total-disagrees.csv";
const MIDDLE = "fixtures/footer/jumlah-in-the-middle.csv";
const folder = mkdtempSync(join(tmpdir(), "iuran-footer-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function budgetJson(roster: string, ...more: string[]) {
  const result = iuran(["budget", roster, ...PERIOD, "--by", "district,village", "--format", "json", ...more]);
  expect(result.code).toBe(0);
  return { report: JSON.parse(result.stdout), stderr: result.stderr };
}

const skipped = (file: string, rows: number, first: number, last: number) =>
  `iuran: warning: ${file}: ${rows} rows under the data were read as the roster's footer (JUMLAH, place and date, signatures) and skipped: lines ${first}–${last}\n`;
const skippedId = (file: string, rows: number, first: number, last: number) =>
  `iuran: peringatan: ${file}: ${rows} baris di bawah data dibaca sebagai bagian penutup daftar (JUMLAH, tempat dan tanggal, tanda tangan) dan dilewati: baris ${first}–${last}\n`;

describe("a footer under the data is skipped, counted, and leaves the budget as it is", () => {
  const plain = budgetJson(PLAIN).report;

  it.each([
    [SEMICOLON, ";", 9, 1347],
    [COMMA, ",", 8, 1344],
  ])("%s: the plain roster's budget exactly, the footer rows counted as skipped", (roster, delimiter, rows, lastLine) => {
    const { report, stderr } = budgetJson(roster);
    expect({ groups: report.groups, total: report.total }).toEqual({ groups: plain.groups, total: plain.total });
    expect(report.total.total).toBe("201549600");
    expect(report.meta.inputs[0]).toMatchObject({ delimiter, rowsRead: 1333 + rows, rowsAccepted: 1333, rowsRejected: 0, rowsSkipped: rows });
    // A total row that agrees says nothing of its own.
    expect(stderr).toBe(skipped(roster, rows, 1335, lastLine));
    expect(report.meta.warnings.map((entry: { code: string }) => entry.code)).toEqual(["FOOTER_SKIPPED"]);
  });

  it("strict mode (no --skip-invalid) does not fail on a footer; the text report's source line counts it", () => {
    const result = iuran(["budget", SEMICOLON, ...PERIOD]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Roster ${SEMICOLON}: 1,342 rows read, 1,333 accepted, 9 skipped (not workers)\n`);
    expect(result.stdout).toContain("│ Total │   1,333 │        11,997 │ Rp 119,970,000 │ Rp 81,579,600 │ Rp 201,549,600 │");
  });

  it("the audit counts the footer as skipped, and --rejects holds no footer row", () => {
    const audit = iuran(["audit", COMMA, "--format", "csv"]);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toBe(`file,encoding,delimiter,rows_read,rows_accepted,rows_rejected,rows_skipped\n${COMMA},utf-8,\",\",1341,1333,0,8\n`);
    const rejects = join(folder, "rejects.csv");
    const result = iuran(["budget", MIDDLE, ...PERIOD, "--skip-invalid", "--rejects", rejects, "--format", "csv"]);
    expect(result.code).toBe(0);
    const lines = readFileSync(rejects, "utf8").trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('JUMLAH,2 orang,,,,,"Rp 2.000.000,00",,,4,"INVALID_NIK: a NIK has exactly 16 digits, got other characters than digits; MISSING_VALUE: district (kecamatan) is empty"');
  });
});

describe("a total row that disagrees with the roster as read", () => {
  it("';' export: the count and the income column named, with the row's figure and iuran's", async () => {
    const { report, stderr } = budgetJson(SEMICOLON_DISAGREES);
    expect(report.total.total).toBe("201549600");
    expect(stderr).toBe(
      skipped(SEMICOLON_DISAGREES, 9, 1335, 1347) +
        `iuran: warning: ${SEMICOLON_DISAGREES}:1335: the total row under the data does not match the roster as iuran read it: workers: 1,334 in the row, 1,333 accepted; "Penghasilan": Rp 1,334,000,000 in the row, Rp 1,333,000,000 in the accepted rows\n`,
    );
    expect(report.meta.warnings.map((entry: { code: string }) => entry.code)).toEqual(["FOOTER_SKIPPED", "FOOTER_TOTAL_DISAGREES"]);
    const text = iuran(["budget", SEMICOLON_DISAGREES, ...PERIOD, "--by", "kecamatan"]);
    await expect(text.stdout).toMatchFileSnapshot("./expected/footer/disagrees.en.txt");
  });

  it("',' export, in Indonesian: 1332 and \"1,332,500,000\" read exactly", async () => {
    const result = iuran(["budget", COMMA_DISAGREES, ...PERIOD, "--lang", "id"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      skippedId(COMMA_DISAGREES, 8, 1335, 1344) +
        `iuran: peringatan: ${COMMA_DISAGREES}:1335: baris jumlah di bawah data tidak sesuai dengan daftar yang dibaca iuran: pekerja: 1.332 di baris itu, 1.333 diterima; "Penghasilan": Rp 1.332.500.000 di baris itu, Rp 1.333.000.000 pada baris yang diterima\n`,
    );
    await expect(result.stdout).toMatchFileSnapshot("./expected/footer/disagrees.id.txt");
  });

  it("Indonesian, ';' export that agrees: only the footer warning", () => {
    const result = iuran(["budget", SEMICOLON, ...PERIOD, "--lang", "id", "--format", "csv"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(skippedId(SEMICOLON, 9, 1335, 1347));
    expect(result.stdout).toBe("workers,worker_months,jkk,jkm,total\n1333,11997,119970000,81579600,201549600\n");
  });
});

describe("a footer-like row with workers under it is an ordinary row", () => {
  it("strict: the JUMLAH row in the middle fails at its line, as any row without a NIK does", () => {
    const result = iuran(["budget", MIDDLE, ...PERIOD]);
    expect(result.code).toBe(65);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `${MIDDLE}:4:1: error INVALID_NIK: a NIK has exactly 16 digits, got other characters than digits\n` +
        `${MIDDLE}:4:3: error MISSING_VALUE: district (kecamatan) is empty\n` +
        "iuran: 2 errors in 1 of 8 rows read; no report written\n",
    );
  });

  it("--skip-invalid: rejected at its line; the rows at the end are still the footer, and its total agrees", () => {
    const { report, stderr } = budgetJson(MIDDLE, "--skip-invalid");
    expect(report.meta.inputs[0]).toMatchObject({ rowsRead: 8, rowsAccepted: 4, rowsRejected: 1, rowsSkipped: 3 });
    expect(report.total.total).toBe(String(4n * 9n * 16_800n));
    expect(stderr).toBe(
      `${MIDDLE}:4:1: error INVALID_NIK: a NIK has exactly 16 digits, got other characters than digits\n` +
        `${MIDDLE}:4:3: error MISSING_VALUE: district (kecamatan) is empty\n` +
        "iuran: 1 row rejected and left out of the budget\n" +
        skipped(MIDDLE, 3, 8, 10),
    );
  });
});

describe("a roster whose every worker row was rejected", () => {
  it("no report; the closing line counts the footer as skipped, in both languages", () => {
    const roster = "fixtures/footer/every-row-rejected.csv";
    const english = iuran(["budget", roster, ...PERIOD, "--skip-invalid"]);
    expect(english.code).toBe(65);
    expect(english.stderr).toBe(
      `${roster}:2:3: error MISSING_VALUE: district (kecamatan) is empty\n` +
        "iuran: 1 error: every row was rejected (1 of 3 rows read, 2 skipped as a title or footer); no report written\n",
    );
    const indonesian = iuran(["budget", roster, ...PERIOD, "--skip-invalid", "--lang", "id"]);
    expect(indonesian.code).toBe(65);
    expect(indonesian.stderr).toBe(
      `${roster}:2:3: kesalahan MISSING_VALUE: kecamatan kosong\n` +
        "iuran: 1 kesalahan: semua baris ditolak (1 dari 3 baris yang dibaca, 2 dilewati sebagai judul atau penutup); tidak ada laporan yang ditulis\n",
    );
  });
});

describe("a footer longer than the rows iuran holds back", () => {
  it("100 rows are still a footer", () => {
    const { report, stderr } = budgetJson("fixtures/footer/long-footer-100.csv");
    expect(report.meta.inputs[0]).toMatchObject({ rowsRead: 104, rowsAccepted: 4, rowsRejected: 0, rowsSkipped: 100 });
    expect(stderr).toBe(skipped("fixtures/footer/long-footer-100.csv", 100, 6, 105));
  });

  it("101 rows are read as ordinary rows: strict mode fails on them, --skip-invalid rejects each at its line", () => {
    const roster = "fixtures/footer/long-footer-101.csv";
    const strict = iuran(["budget", roster, ...PERIOD]);
    expect(strict.code).toBe(65);
    expect(strict.stderr.split("\n")[0]).toBe(`${roster}:6:1: error INVALID_NIK: NIK is empty`);
    expect(strict.stderr).toContain("iuran: 404 errors in 101 of 105 rows read (the first 50 shown); no report written\n");
    const { report, stderr } = budgetJson(roster, "--skip-invalid");
    expect(report.meta.inputs[0]).toMatchObject({ rowsRead: 105, rowsAccepted: 4, rowsRejected: 101, rowsSkipped: 0 });
    expect(stderr).not.toContain("under the data");
    expect(stderr).toContain("iuran: 101 rows rejected and left out of the budget (the first 50 errors shown)\n");
  });
});
