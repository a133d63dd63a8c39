// Every command's report (table, CSV, --excel CSV, JSON, and the warnings beside it) speaks one language: under an
// Indonesian locale no English word reaches the reader, under LANG=C no Indonesian one. Data values (claim labels,
// kecamatan and nagari names, legal references, file names, codes and JSON keys) are left out of the comparison.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { iuran, ROOT } from "../helpers/cli.js";

const ROSTER = "fixtures/sijunjung-2022/roster.csv";
const POTENTIAL = "fixtures/sijunjung-2022/potential.csv";
const NAGARI = "fixtures/sijunjung-2022/nagari.csv";
const MIXED = "fixtures/mixed-2026/roster.csv";
const CLAIMS = "fixtures/claims/reported.csv";
const PARTIAL = "fixtures/claims/partial.csv";
const SIJUNJUNG_2022 = ["--start", "2022-04", "--months", "9"];

const RUNS: Record<string, string[]> = {
  "budget by district, --explain, --potential": ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district", "--explain", "--potential", POTENTIAL],
  "budget by month, --explain, --expect-total": ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "month", "--explain", "--expect-total", "201549600"],
  "budget, a wrong --expect-total": ["budget", ROSTER, ...SIJUNJUNG_2022, "--expect-total", "201549601"],
  "budget of a headcount": ["budget", "--workers", "1333", ...SIJUNJUNG_2022],
  "budget across reliefs and funding sources": ["budget", MIXED, "--start", "2026-01", "--by", "funding", "--explain"],
  "budget, a potential file that misses groups": ["budget", MIXED, "--start", "2026-01", "--by", "district", "--potential", POTENTIAL],
  "premium with a relief": ["premium", "--month", "2026-05", "--sector", "transport", "--explain"],
  "premium of a wage earner": ["premium", "--month", "2026-05", "--segment", "PU", "--wage", "6000000", "--risk", "3", "--programs", "jkk,jkm,jht", "--funding", "APBD"],
  "premium paid from a village budget": ["premium", "--month", "2026-05", "--funding", "Dana Desa"],
  "capacity: workers for a period": ["capacity", "--budget", "201549600", ...SIJUNJUNG_2022, "--explain"],
  "capacity: a budget that buys nothing": ["capacity", "--budget", "100", "--start", "2022-04", "--workers", "3"],
  "allocate by weights, a budget, --potential": [
    "allocate", "--budget", "500000000", "--weights", POTENTIAL, "--key", "kecamatan", "--weight", "potential", "--start", "2027-01", "--funding", "APBD", "--potential", POTENTIAL,
  ],
  "allocate by quota, rolled up": ["allocate", "--per-unit", "100", "--units", NAGARI, "--key", "nagari", "--rollup", "kecamatan", "--start", "2027-01", "--funding", "APB Nagari"],
  "target by percent": ["target", "--enrolled", "17143", "--potential", "48838", "--target-percent", "60", "--start", "2027-01", "--months", "12", "--funding", "APBD"],
  "target already met": ["target", "--enrolled", "50000", "--potential", "48838", "--target", "100", "--start", "2027-01"],
  "check --claims": ["check", "--claims", CLAIMS],
  "check --claims, partial figures, --explain": ["check", "--claims", PARTIAL, "--explain"],
  "check one claim from flags": ["check", "--reported", "201549600", "--start", "2022-04"],
  "check within a tolerance": ["check", "--reported", "201549700", "--workers", "1333", "--months", "9", "--start", "2022-04", "--tolerance", "500"],
  "project with growth": ["project", "--from", "2026", "--years", "3", "--workers", "16590", "--growth", "10%", "--funding", "APBD"],
  "project with scenarios": ["project", "--scenario", "fixtures/scenarios/steady.csv", "--scenario", "fixtures/scenarios/expand.csv"],
  "audit": ["audit", ROSTER, "fixtures/bad/several_errors.csv"],
};

const FORMATS: Record<string, string[]> = { table: [], csv: ["--format", "csv"], excel: ["--format", "csv", "--excel"], json: ["--format", "json"] };
/** Every run is read as a table; these, one or more for each renderer, also as CSV, --excel CSV and JSON. */
const IN_EVERY_FORMAT = new Set([
  "budget by district, --explain, --potential",
  "budget across reliefs and funding sources",
  "premium with a relief",
  "capacity: workers for a period",
  "allocate by weights, a budget, --potential",
  "allocate by quota, rolled up",
  "target already met",
  "check --claims",
  "check --claims, partial figures, --explain",
  "project with scenarios",
  "audit",
]);

/** Words of English sentences and of the former English labels, as whole words (any case). */
const ENGLISH = words(
  "the is are was were and of with when from for to in at by a an not no which this these its it them only every each than more has have " +
    "month months worker workers worker-months year years row rows read accepted rejected skipped blank onwards flat wage income declared " +
    "funding sector segment risk class rate tariff tariffs relief reliefs rounding warning period calculation expected total budget cost left " +
    "coverage enrolled potential difference reported computed start change weight share programme programmes basis contribution legal " +
    "implied flagged matches whole number claim line units scenario headcount roster allocation capacity projection mismatch district " +
    "village occupation stated priced average",
);
/** Words of Indonesian sentences and labels, as whole words (any case). */
const INDONESIAN = words(
  "dan yang untuk dengan tidak bila atau dari pada ini itu tersebut sebelumnya sesudahnya sesudah pekerja jumlah bulan tahun pembulatan " +
    "peringatan tarif keringanan perhitungan periode daftar diterima ditolak dilewati dibaca baris orang-bulan penghasilan upah anggaran pagu " +
    "biaya sisa cakupan potensi terdaftar selisih dilaporkan tersirat cocok seterusnya mulai sumber kecamatan bobot skenario klaim berkas " +
    "kosong tetap segmen sektor kelompok risiko hukum dasar bagian tambahan kapasitas proyeksi alokasi pemeriksaan ditandai bilangan bulat " +
    "bukan setengah keseluruhan",
);

function words(list: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}_-])(?:${list.split(" ").join("|")})(?![\p{L}\p{N}_-])`, "giu");
}

/** Cells of the input files that reports show as they are (claim labels, kecamatan and nagari names). */
const DATA_VALUES = [CLAIMS, PARTIAL, NAGARI, POTENTIAL]
  .flatMap((file) => (parse(readFileSync(`${ROOT}${file}`, "utf8")) as string[][]).slice(1).flat())
  .filter((cell) => /\p{L}{3}/u.test(cell))
  .sort((a, b) => b.length - a.length);

/** Text with data values, command-line flags, legal references and file names taken out. */
function withoutData(text: string): string {
  let rest = text;
  for (const value of DATA_VALUES) rest = rest.split(value).join(" ");
  return rest
    .replace(/--[a-z][a-z-]*(?: [a-z][a-z-]*\b)?/g, " ")
    .replace(/\b(?:PP|Permenaker|UU) \d+\/\d{4}(?: Lampiran [IVX]+)?/g, " ")
    .replace(/(?:fixtures|tariffs)\/\S+/g, " ")
    .replace(/\bpp50-2025-[a-z]+\b/g, " ");
}

/** A CSV cell that is a code or an identifier (MISMATCH, start-month, RATE_MATCHES_NO_TARIFF+…): no sentence. */
const IDENTIFIER = /^[A-Za-z]+(?:[-_+][A-Za-z]+)*$/;

/** What a reader sees of a report as words: data cells of a CSV, string values of a JSON, the whole of a table. */
function readable(format: string, stdout: string): string {
  if (format === "table") return stdout;
  if (format === "json") return jsonStrings(JSON.parse(stdout) as unknown).join("\n");
  const excel = format === "excel";
  const [header = [], ...rows] = parse(stdout.replace(/^\uFEFF/, ""), excel ? { delimiter: ";" } : {}) as string[][];
  // premium's basis is the formula for machines ("flat 6800", "1% × 1000000 × 0.5"), the same in both languages.
  const shown = header.map((name) => name !== "basis" && name !== "Dasar perhitungan");
  const cells = rows.flatMap((row) => row.filter((cell, index) => shown[index] && !IDENTIFIER.test(cell)));
  // The plain CSV's header is identifiers for scripts; --excel's is in the report's language, as people read it.
  return [...(excel ? header : []), ...cells].join("\n");
}

/** Keys whose values are data or identifiers, not sentences: input as typed, files, tariff tables, input errors. */
const DATA_KEYS = new Set(["command", "inputs", "tariffFiles", "tariffs", "reliefs", "key", "label", "file", "reference", "references", "tariff", "relief", "name", "basis", "errors"]);

function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return IDENTIFIER.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => (DATA_KEYS.has(key) ? [] : jsonStrings(inner)));
  }
  return [];
}

/** Warnings that go to standard error beside CSV and JSON, without the "iuran: warning:" prefix. */
function warningTexts(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("iuran: warning: "))
    .map((line) => line.slice("iuran: warning: ".length))
    .join("\n");
}

function found(pattern: RegExp, text: string): string[] {
  return [...withoutData(text).matchAll(pattern)].map((match) => match[0]);
}

describe("the word lists find what they are for", () => {
  it("English in Indonesian output, Indonesian in English output", () => {
    expect(found(ENGLISH, "Total yang diharapkan Rp 1: OK")).toEqual(["Total"]);
    expect(found(ENGLISH, "Pembulatan: per pekerja, per program, per bulan ke rupiah penuh")).toEqual([]);
    expect(found(ENGLISH, "bulan_perubahan_tarif\nworker months")).toEqual(["worker", "months"]);
    expect(found(INDONESIAN, "Rounding: per worker, per programme, per month to whole rupiah")).toEqual([]);
    expect(found(INDONESIAN, "Peringatan: target melebihi potensi")).toEqual(["Peringatan", "potensi"]);
    // Data values and flags are not words of the report.
    expect(found(ENGLISH, "Typing slip in a total: TIDAK COCOK; tambahkan --funding APBD; PP 44/2015 Lampiran II jo. PP 82/2019")).toEqual([]);
  });

  it("cells that are codes are left out; --excel's header is read", () => {
    expect(readable("csv", "status,flags\nMISMATCH,WORKERS_NOT_WHOLE+RATE_MATCHES_NO_TARIFF\n")).toBe("");
    expect(readable("excel", "\uFEFFOrang-bulan;Jumlah\r\n5;6\r\n")).toBe("Orang-bulan\nJumlah\n5\n6");
  });
});

for (const [language, env, pattern] of [
  ["Indonesian", { LANG: "id_ID.UTF-8" }, ENGLISH],
  ["English", { LANG: "C" }, INDONESIAN],
] as const) {
  describe(`reports under ${env.LANG} are in ${language} only`, () => {
    for (const [name, args] of Object.entries(RUNS)) {
      for (const [format, formatArgs] of Object.entries(FORMATS).filter(([format]) => format === "table" || IN_EVERY_FORMAT.has(name))) {
        it(`${name} (${format})`, () => {
          const result = iuran([...args, ...formatArgs], { env });
          expect(result.stdout, result.stderr).not.toBe("");
          expect(found(pattern, readable(format, result.stdout)), result.stdout).toEqual([]);
          expect(found(pattern, warningTexts(result.stderr)), result.stderr).toEqual([]);
        });
      }
    }
  });
}
