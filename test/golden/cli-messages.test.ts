// What iuran itself says on standard error, in the run's language: closing summaries, usage errors, the warning
// prefix, and counts grouped as the language groups them. A message is said once, in one language.
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const ID = { LANG: "id_ID.UTF-8" };

describe("a message said once, in one language", () => {
  it("a budget's --expect-total mismatch: the closing line is the table's line, in Indonesian", () => {
    const result = iuran(["budget", "--workers", "10", "--start", "2026-01", "--expect-total", "5", "--lang", "id"]);
    expect(result.code).toBe(1);
    const line = "Jumlah yang diharapkan Rp 5: TIDAK COCOK, hasil hitung Rp 1.260.000, selisih −Rp 1.259.995";
    expect(result.stdout).toContain(line);
    // Once on standard error, in the same language (warnings, such as funding not stated, come with it).
    expect(result.stderr.split("\n").filter((text) => text.includes("TIDAK COCOK"))).toEqual([`iuran: ${line}`]);
    expect(result.stderr).not.toContain("MISMATCH");
  });

  it("the same in English", () => {
    const result = iuran(["budget", "--workers", "10", "--start", "2026-01", "--expect-total", "5"]);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").filter((text) => text.includes("MISMATCH"))).toEqual(["iuran: Expected total Rp 5: MISMATCH, computed Rp 1,260,000, difference −Rp 1,259,995"]);
  });

  it("a warning on standard error has an Indonesian prefix under --lang id", () => {
    const result = iuran(["premium", "--month", "2026-05", "--funding", "APB Nagari", "--format", "csv", "--lang", "id"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^iuran: peringatan: keringanan PP 50\/2025 \(pp50-2025-other\) diterapkan pada pekerja yang dibayar dari APB Nagari\/APBDes;/);
    expect(iuran(["premium", "--month", "2026-05", "--funding", "APB Nagari", "--format", "csv"]).stderr).toMatch(/^iuran: warning: relief PP 50\/2025/);
  });
});

describe("closing summaries in the language", () => {
  const cases: [string, string[], number, string, string][] = [
    [
      "invalid rows stop the run",
      ["budget", "fixtures/bad/several_errors.csv", "--start", "2026-01"],
      65,
      "iuran: 4 errors in 3 of 5 rows read; no report written",
      "iuran: 4 kesalahan di 3 dari 5 baris yang dibaca; tidak ada laporan yang ditulis",
    ],
    [
      "every row rejected",
      ["budget", "fixtures/bad/invalid_nik.csv", "--start", "2026-01", "--skip-invalid"],
      65,
      "iuran: 1 error: every row was rejected (1 of 1 rows read); no report written",
      "iuran: 1 kesalahan: semua baris ditolak (1 dari 1 baris yang dibaca); tidak ada laporan yang ditulis",
    ],
    [
      "rows left out with --skip-invalid",
      ["budget", "fixtures/bad/several_errors.csv", "--start", "2026-01", "--skip-invalid"],
      0,
      "iuran: 3 rows rejected and left out of the budget",
      "iuran: 3 baris ditolak dan tidak ikut dihitung dalam anggaran",
    ],
    [
      "an audit that finds errors",
      ["audit", "fixtures/bad/several_errors.csv"],
      65,
      "iuran: 4 errors in 3 rows: fix them before budgeting",
      "iuran: 4 kesalahan di 3 baris: perbaiki dulu sebelum menghitung anggaran",
    ],
    [
      "claims that do not match",
      ["check", "--claims", "fixtures/claims/reported.csv"],
      1,
      "iuran: 4 of 5 claims do not hold",
      "iuran: 4 dari 5 klaim tidak sesuai",
    ],
  ];
  for (const [name, args, code, english, indonesian] of cases) {
    it(name, () => {
      const inEnglish = iuran(args);
      expect(inEnglish.code).toBe(code);
      expect(inEnglish.stderr.trimEnd().split("\n")).toContain(english);
      const inIndonesian = iuran(args, { env: ID });
      expect(inIndonesian.code).toBe(code);
      expect(inIndonesian.stderr.trimEnd().split("\n")).toContain(indonesian);
    });
  }
});

describe("usage errors in the language, counts grouped as it groups them", () => {
  const cases: [string, string[], string, string][] = [
    [
      "a quota with more workers than it places",
      ["allocate", "--workers", "7000", "--per-unit", "100", "--units", "fixtures/sijunjung-2022/nagari.csv", "--key", "nagari", "--start", "2027-01"],
      "iuran: 7,000 workers are more than 100 for each of 62 units takes (6,200): the quota does not say where the other 800 go; give --workers 6200, or leave --workers off",
      "iuran: 7.000 pekerja lebih banyak dari yang dibutuhkan 100 pekerja untuk setiap unit dari 62 unit (6.200): kuota tidak menyebutkan ke mana 800 pekerja lainnya; berikan --workers 6200, atau jangan gunakan --workers",
    ],
    [
      "a count out of bounds",
      ["budget", "--workers", "0,0", "--start", "2026-01"],
      'iuran: --workers: expected a whole number from 1 to 300,000,000, got "0,0"',
      'iuran: --workers: seharusnya bilangan bulat dari 1 sampai 300.000.000, tertulis "0,0"',
    ],
    [
      "roster and --workers together",
      ["budget", "fixtures/mixed-2026/roster.csv", "--workers", "5", "--start", "2026-01"],
      "iuran: give either roster files or --workers N, not both",
      "iuran: berikan berkas daftar pekerja atau --workers N, jangan keduanya",
    ],
    [
      "a decimal mark that is neither",
      ["budget", "--workers", "1", "--start", "2026-01", "--decimal-mark", "x"],
      'iuran: --decimal-mark: expected "," or ".", got "x"',
      'iuran: --decimal-mark: seharusnya "," atau ".", tertulis "x"',
    ],
    [
      "--excel with another format",
      ["budget", "--workers", "1", "--start", "2026-01", "--excel", "--format", "json"],
      "iuran: --excel writes CSV for a spreadsheet; it cannot go with --format json",
      "iuran: --excel menulis CSV untuk spreadsheet; tidak dapat digabung dengan --format json",
    ],
  ];
  for (const [name, args, english, indonesian] of cases) {
    it(name, () => {
      const inEnglish = iuran(args);
      expect(inEnglish.code).toBe(2);
      expect(inEnglish.stderr).toBe(`${english}\n(add "--help" for usage)\n`);
      const inIndonesian = iuran(args, { env: ID });
      expect(inIndonesian.code).toBe(2);
      expect(inIndonesian.stderr).toBe(`${indonesian}\n(tambahkan "--help" untuk melihat cara pemakaian)\n`);
    });
  }
});

describe("texts of the renderers in src/cli", () => {
  it("audit's table in Indonesian", () => {
    const result = iuran(["audit", "fixtures/mixed-2026/roster.csv"], { env: ID });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Pemeriksaan daftar pekerja\n/);
    expect(result.stdout).toContain("│ Berkas");
    expect(result.stdout).toContain("Semua baris sah.");
  });

  it("capacity's warning and subtitle in Indonesian", () => {
    const result = iuran(["capacity", "--budget", "10", "--start", "2026-01", "--months", "2"], { env: ID });
    expect(result.stdout).toContain("Jumlah pekerja terbanyak untuk periode ini");
    // Warnings go to standard error, never under the table.
    expect(result.stderr).toContain("iuran: peringatan: anggaran tidak cukup untuk satu pekerja selama satu bulan pun dalam periode ini");
    expect(result.stdout).not.toContain("eringatan");
  });

  it("a claim without a label is called a claim in the language", () => {
    const args = ["check", "--reported", "1680000", "--start", "2026-03", "--funding", "CSR", "--format", "csv"];
    expect(iuran(args, { env: ID }).stdout).toMatch(/\nklaim,/);
    expect(iuran(args).stdout).toMatch(/\nclaim,/);
  });
});
