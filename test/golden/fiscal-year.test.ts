// The budget window (--year, --until) on a small Sijunjung roster whose workers start from March 2024 to February
// 2027: every worker's months cut to the window, what fell outside stated, and the warning when there is no window.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const ROSTER = "fixtures/fiscal-year/roster.csv";
const golden = (name: string) => `./expected/fiscal-year/${name}`;

/** Tables at --width 80 fit it, the window's line and record fields included. */
function expectWithin80(stdout: string): void {
  expect(stdout.split("\n").filter((line) => [...line].length > 80)).toEqual([]);
}

function json(args: string[]) {
  const result = iuran([...args, "--format", "json", "--lang", "en"]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

// Per worker (start, months → inside 2026, before, after):
//   Afrizal 2025-10 ×12 → 9, 3, 0 · Nurhayati 2026-01 ×12 → 12 · Syafril 2026-07 ×12 → 6, 0, 6 · Desmawati
//   2026-04 ×6 → 6 · Zulkifli 2027-02 ×6 → 0, 0, 6 · Rina 2024-03 ×12 → 0, 12, 0 · Hendra 2026-11 ×3 → 2, 0, 1 ·
//   Sri 2026-02 ×10 → 10. Inside 45, before 15, after 13: 73 worker-months in all; Zulkifli and Rina have none inside.
describe("budget --year", () => {
  it.each(["en", "id"])("the table states the window and what fell outside it (%s)", async (lang) => {
    const result = iuran(["budget", ROSTER, "--year", "2026", "--by", "kecamatan", "--lang", lang, "--width", "80"]);
    expect(result.code).toBe(0);
    expectWithin80(result.stdout);
    await expect(result.stdout).toMatchFileSnapshot(golden(`budget-2026.${lang}.txt`));
    // Inside the window no total spans two years: no FISCAL_YEARS_SPANNED.
    expect(result.stderr).not.toMatch(/fiscal years|tahun anggaran/);
  });

  it("the window line in both languages", () => {
    const line = (lang: string) => iuran(["budget", ROSTER, "--year", "2026", "--lang", lang]).stdout.split("\n")[3];
    expect(line("en")).toBe("Window: January 2026 – December 2026; outside it 15 worker-months before and 13 after; 2 workers with no month in it");
    expect(line("id")).toBe("Rentang anggaran: Januari 2026 – Desember 2026; di luar rentang 15 orang-bulan sebelumnya dan 13 sesudahnya; 2 pekerja tanpa bulan di dalamnya");
  });

  it("JSON carries the window, and inside + before + after is the budget without a window", () => {
    const cut = json(["budget", ROSTER, "--year", "2026"]);
    const whole = json(["budget", ROSTER]);
    expect(cut.meta.window).toEqual({ first: "2026-01", last: "2026-12", workerMonthsBefore: 15, workerMonthsAfter: 13, workersOutside: 2 });
    expect(cut.meta.period).toEqual({ start: "2026-01", end: "2026-12" });
    expect(cut.total.workerMonths).toBe(45);
    expect(whole.total.workerMonths).toBe(73);
    expect(cut.total.workerMonths + cut.meta.window.workerMonthsBefore + cut.meta.window.workerMonthsAfter).toBe(whole.total.workerMonths);
    // Covered workers: six; the two with no month in the window are still accepted rows.
    expect(cut.total.workers).toBe(6);
    expect(cut.meta.inputs[0]).toMatchObject({ rowsRead: 8, rowsAccepted: 8, rowsRejected: 0 });
    expect(whole.meta).not.toHaveProperty("window");
  });

  it("the cut total is the sum of the window's months in --by month without a window", () => {
    const cut = json(["budget", ROSTER, "--year", "2026"]);
    const months = json(["budget", ROSTER, "--by", "month"]);
    const inside = months.groups.filter((group: { key: { month: string } }) => group.key.month.startsWith("2026-"));
    expect(inside).toHaveLength(12);
    expect(inside.reduce((sum: bigint, group: { total: string }) => sum + BigInt(group.total), 0n).toString()).toBe(cut.total.total);
    expect(cut.total.total).toBe("653400");
  });

  it("--until ends the window early; JSON states it", () => {
    const report = json(["budget", ROSTER, "--year", "2026", "--until", "2026-06"]);
    expect(report.meta.window).toEqual({ first: "2026-01", last: "2026-06", workerMonthsBefore: 15, workerMonthsAfter: 38, workersOutside: 4 });
    expect(report.total.workerMonths).toBe(73 - 15 - 38);
  });

  it("--until alone: everything up to that month, nothing before is cut", () => {
    const report = json(["budget", ROSTER, "--until", "2025-12"]);
    expect(report.meta.window).toEqual({ first: null, last: "2025-12", workerMonthsBefore: 0, workerMonthsAfter: 58, workersOutside: 6 });
    // Rina's 12 months of 2024–2025 and Afrizal's October to December 2025.
    expect(report.total.workerMonths).toBe(15);
  });

  it("a headcount from July 2025 budgeted for 2026 counts the six months before the window", () => {
    const report = json(["budget", "--workers", "10", "--year", "2026", "--start", "2025-07"]);
    expect(report.meta.window).toMatchObject({ workerMonthsBefore: 60, workerMonthsAfter: 0, workersOutside: 0 });
    expect(report.total.workerMonths).toBe(120);
    expect(report.meta.period).toEqual({ start: "2026-01", end: "2026-12" });
  });

  it("a worker with no month in the window is accepted, not priced: its income is not checked for months not budgeted", () => {
    const roster = join(mkdtempSync(join(tmpdir(), "iuran-window-")), "roster.csv");
    writeFileSync(roster, "nik,nama,kecamatan,penghasilan,mulai,lama bulan\n1303060101800001,Afrizal,Kamang Baru,1000000,2026-01,12\n1303064202850002,Nurhayati,Kamang Baru,500000,2027-01,12\n");
    expect(iuran(["budget", roster, "--funding", "APBD"]).code).toBe(65);
    const report = json(["budget", roster, "--funding", "APBD", "--year", "2026"]);
    expect(report.meta.inputs[0]).toMatchObject({ rowsRead: 2, rowsAccepted: 2 });
    expect(report.meta.window).toMatchObject({ workerMonthsAfter: 12, workersOutside: 1 });
  });
});

describe("usage errors", () => {
  it.each([
    ["en", ["--until", "2027-01"], "iuran: --until: January 2027 is not in the budget year 2026; give a month from January to December 2026"],
    ["id", ["--until", "2027-01"], "iuran: --until: Januari 2027 tidak termasuk tahun anggaran 2026; isi bulan Januari sampai Desember 2026"],
    [
      "en",
      ["--start", "2025-01", "--months", "6"],
      "iuran: the period January 2025 – June 2025 lies wholly outside the budget window January 2026 – December 2026; give a --start inside the window, or leave it out to start in its first month",
    ],
    [
      "id",
      ["--start", "2025-01", "--months", "6"],
      "iuran: periode Januari 2025 – Juni 2025 seluruhnya di luar rentang anggaran Januari 2026 – Desember 2026; isi --start di dalam rentang, atau kosongkan agar mulai dari bulan pertamanya",
    ],
  ])("%s %s: exit 2, saying so", (lang, flags, message) => {
    const result = iuran(["budget", "--workers", "10", "--year", "2026", ...flags, "--lang", lang]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toBe(message);
  });

  it("a period starting after --until, and no start at all under --until alone", () => {
    const after = iuran(["capacity", "--budget", "1000000", "--until", "2026-06", "--start", "2026-07", "--months", "3", "--lang", "en"]);
    expect(after.code).toBe(2);
    expect(after.stderr.split("\n")[0]).toBe("iuran: the period July 2026 – September 2026 starts after the last month priced, June 2026 (--until)");
    const none = iuran(["target", "--enrolled", "1", "--potential", "10", "--target", "5", "--until", "2026-06", "--lang", "id"]);
    expect(none.code).toBe(2);
    expect(none.stderr.split("\n")[0]).toBe("iuran: periode perlu bulan pertama: --start YYYY-MM, atau --year YYYY agar mulai bulan Januari");
  });

  it("project takes no window: it prices whole fiscal years already", () => {
    expect(iuran(["project", "--from", "2026", "--years", "2", "--workers", "10", "--year", "2026"]).code).toBe(2);
  });
});

describe("without a window, a total across a 31 December warns", () => {
  it.each([
    ["en", "iuran: warning: the total spans the fiscal years 2024 to 2027 (March 2024 – July 2027); budget one year with --year 2024"],
    ["id", "iuran: peringatan: jumlah ini mencakup tahun anggaran 2024 sampai 2027 (Maret 2024 – Juli 2027); hitung satu tahun dengan --year 2024"],
  ])("%s", (lang, line) => {
    const result = iuran(["budget", ROSTER, "--format", "csv", "--lang", lang]);
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")).toContain(line);
  });

  it("two years are named as two", () => {
    const result = iuran(["budget", "--workers", "5", "--start", "2026-07", "--months", "12", "--format", "json", "--lang", "en"]);
    expect(JSON.parse(result.stdout).meta.warnings[0]).toEqual({
      code: "FISCAL_YEARS_SPANNED",
      message: "the total spans two fiscal years, 2026 and 2027 (July 2026 – June 2027); budget one year with --year 2026",
    });
  });

  it("planning commands warn of a period across a year end", () => {
    const target = iuran(["target", "--enrolled", "100", "--potential", "1000", "--target", "200", "--start", "2026-07", "--funding", "APBD", "--format", "csv", "--lang", "id"]);
    expect(target.stderr).toContain(
      "iuran: peringatan: periode ini mencakup dua tahun anggaran, 2026 dan 2027 (Juli 2026 – Juni 2027); rencanakan satu tahun dengan --year 2026",
    );
    const inside = iuran(["target", "--enrolled", "100", "--potential", "1000", "--target", "200", "--start", "2026-01", "--funding", "APBD", "--format", "csv"]);
    expect(inside.stderr).toBe("");
  });
});

describe("planning commands under --year", () => {
  it.each(["en", "id"])("capacity: the most workers for the whole year (%s)", async (lang) => {
    const result = iuran(["capacity", "--budget", "100000000", "--year", "2026", "--funding", "APBD", "--lang", lang, "--width", "80"]);
    expect(result.code).toBe(0);
    expectWithin80(result.stdout);
    await expect(result.stdout).toMatchFileSnapshot(golden(`capacity-2026.${lang}.txt`));
  });

  it("capacity --workers counts months up to December, the rest left over", () => {
    const report = json(["capacity", "--budget", "1000000", "--workers", "10", "--year", "2026", "--start", "2026-10", "--funding", "APBD"]);
    // 10 workers × 16,800 × 3 months = 504,000; without the window the budget would run on into 2027.
    expect(report).toMatchObject({ start: "2026-10", months: 3, cost: "504000", leftover: "496000", window: "2026-01/2026-12", monthsBefore: 0, monthsAfter: 0 });
    expect(json(["capacity", "--budget", "1000000", "--workers", "10", "--start", "2026-10", "--funding", "APBD"]).months).toBe(5);
  });

  it("target: a period reaching past December is cut, months after it stated", () => {
    const report = json(["target", "--enrolled", "100", "--potential", "1000", "--target", "200", "--year", "2026", "--start", "2026-07", "--months", "12", "--funding", "APBD"]);
    expect(report).toMatchObject({ start: "2026-07", months: 6, monthsBefore: 0, monthsAfter: 6, costPerWorker: "100800", cost: "10080000" });
  });

  it.each(["en", "id"])("allocate: the window line, worker-months cut for every worker (%s)", async (lang) => {
    const args = ["allocate", "--workers", "100", "--example", "sijunjung-2022", "--key", "kecamatan", "--weight", "potential", "--year", "2026", "--start", "2026-04", "--months", "12"];
    const result = iuran([...args, "--funding", "APBD", "--lang", lang, "--width", "80"]);
    expect(result.code).toBe(0);
    expectWithin80(result.stdout);
    await expect(result.stdout).toMatchFileSnapshot(golden(`allocate-2026.${lang}.txt`));
    const report = json([...args, "--funding", "APBD"]);
    expect(report.meta.window).toEqual({ first: "2026-01", last: "2026-12", workerMonthsBefore: 0, workerMonthsAfter: 300, workersOutside: 0 });
    expect(report.total.workerMonths).toBe(900);
  });
});
