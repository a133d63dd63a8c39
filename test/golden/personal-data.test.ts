// No full NIK leaves iuran unless --show-nik: rosters and small tables carry NIKs in every column, in three digit
// systems (ASCII, full-width, Arabic-Indic), and every command and every output (stdout, stderr, --output, --rejects,
// JSON, --explain, --errors json) is searched for them with a detector of its own, independent of the masker. And no
// raw control character from a cell reaches the terminal; no huge cell is echoed whole.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran, type CliResult } from "../helpers/cli.js";

const folder = mkdtempSync(join(tmpdir(), "iuran-personal-"));
function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

// ---- NIKs, and where they are planted ------------------------------------------------------------------------

/** Every NIK written into an input, in ASCII: none of them may come out beyond its mask. */
const planted: string[] = [];
let serial = 0;

/** A new valid NIK: a Sijunjung kecamatan prefix, a real birth date (day + 40 for women), a serial. */
function plant(): string {
  serial++;
  const prefixes = ["130306", "130304", "130303", "130305", "130307", "130308", "130309", "130310"];
  const day = 1 + (serial % 28) + (serial % 2 === 0 ? 40 : 0);
  const month = 1 + (serial % 12);
  const year = 60 + (serial % 40);
  const nik = `${prefixes[serial % prefixes.length]}${String(day).padStart(2, "0")}${String(month).padStart(2, "0")}${year}${String(serial).padStart(4, "0")}`;
  planted.push(nik);
  return nik;
}

const SYSTEMS = { ascii: 0x30, "full-width": 0xff10, "Arabic-Indic": 0x0660 } as const;
type DigitSystem = keyof typeof SYSTEMS;

/** A text with its ASCII digits written in another digit system. */
function written(text: string, system: DigitSystem): string {
  return text.replace(/\d/g, (digit) => String.fromCodePoint(SYSTEMS[system] + Number(digit)));
}

/** A new NIK, written in a digit system. */
function nikIn(system: DigitSystem): string {
  return written(plant(), system);
}

// ---- The detector: its own reading of digits, not the masker's ----------------------------------------------

/** Zeros of the digit systems the detector reads, the three planted and two more. */
const ZEROS = [0x30, 0xff10, 0x0660, 0x06f0, 0x0966];

function asciiOf(text: string): string {
  let result = "";
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const zero = ZEROS.find((start) => code >= start && code <= start + 9);
    result += zero === undefined ? character : String(code - zero);
  }
  return result;
}

/** What in a text shows a NIK: sixteen digits in a row (a space, dot or dash between two is no break), or a planted NIK's first twelve digits (past the six its mask shows). */
function leaks(text: string): string[] {
  const digits = asciiOf(text)
    // SHA-256 hashes of the inputs are hexadecimal, and may hold any digits.
    .replace(/\b[0-9a-f]{64}\b/g, "<sha256>")
    .replace(/(?<=\d)[ .\-'_\u00a0](?=\d)/g, "");
  const found = [...(digits.match(/\d{16,}/g) ?? [])].map((run) => `16 digits: ${run}`);
  for (const nik of planted) if (digits.includes(nik.slice(0, 12))) found.push(`NIK ${nik} beyond its mask`);
  return found;
}

// ---- Inputs ----------------------------------------------------------------------------------------------------

const HEADER = "NIK,Nama,Kecamatan,Nagari,Pekerjaan,Sektor,Penghasilan,Mulai,Sumber Dana,Catatan";
const accepted: string[] = [];

/** Rows of one digit system: a NIK in every column, in accepted and in rejected rows. */
function rowsIn(system: DigitSystem): string[] {
  const valid = plant();
  accepted.push(valid);
  // An accepted row: NIKs in the name, kecamatan, nagari, occupation, sector, funding and an unknown column; two of
  // them in groups, as people type them.
  const grouped = (nik: string) => written(nik.replace(/(\d{4})(?=\d)/g, "$1 "), system);
  const dotted = (nik: string) => written(nik.replace(/(\d{4})(?=\d)/g, "$1."), system);
  const rows = [
    // The funding cell is a category followed by words, as "CSR PT …" is written: the words are not kept.
    [valid, nikIn(system), nikIn(system), nikIn(system), grouped(plant()), nikIn(system), "1000000", "2026-01", `CSR ${nikIn(system)}`, dotted(plant())],
    // The same worker again: a duplicate NIK.
    [valid, "Budi", "Kamang Baru", "Muaro", "Petani", "pertanian", "1000000", "2026-01", "APBD", ""],
    // Rejected rows: the NIK column itself in the digit system (or one digit too many); an income, a start month and
    // a stray field beyond the header that hold a NIK.
    [system === "ascii" ? `${plant()}7` : nikIn(system), "Rina", "Kupitan", "Padang Laweh", "Petani", "pertanian", "1000000", "2026-01", "APBD", ""],
    [plant(), "Rudi", "Kupitan", "Padang Laweh", "Petani", "pertanian", `"Rp ${nikIn(system)},50"`, "2026-01", "APBD", ""],
    [plant(), "Rini", "Kupitan", "Padang Laweh", "Petani", "pertanian", "1000000", nikIn(system), "APBD", ""],
    [plant(), "Rama", "Kupitan", "Padang Laweh", "Petani", "pertanian", "1000000", "2026-01", "APBD", "", nikIn(system)],
    // A funding source iuran does not know, written as a NIK.
    [plant(), "Rena", "Kupitan", "Padang Laweh", "Petani", "pertanian", "1000000", "2026-01", nikIn(system), ""],
  ];
  return rows.map((row) => row.join(","));
}

const roster = file(
  "roster.csv",
  [
    // A title row above the header (a row with a NIK is never a title: see "a worker above the header" below).
    `DAFTAR PEKERJA RENTAN NAGARI MUARO,,,,,,,,,`,
    HEADER,
    ...rowsIn("ascii"),
    ...rowsIn("full-width"),
    ...rowsIn("Arabic-Indic"),
    // A NIK written with spaces in the NIK column: a valid NIK, grouped.
    [plant().replace(/(\d{4})(?=\d)/g, "$1 "), "Sari", "Sijunjung", "Muaro", "Petani", "pertanian", "1000000", "2026-01", "APBD", ""].join(","),
  ].join("\n") + "\n",
);
/** Kecamatan cells of the accepted rows are NIKs: a potential file keyed by them, and one more no group has. */
const districtKeys = accepted.map((nik) => readFileSync(roster, "utf8").split("\n").find((line) => line.startsWith(`${nik},`))!.split(",")[2]!);
const potential = file("potential.csv", ["kecamatan,potential", ...districtKeys.map((key) => `${key},10`), `${nikIn("full-width")},5`].join("\n") + "\n");
/** A roster whose unknown column is headed by a NIK. */
const nikHeader = plant();
const headedRoster = file("headed.csv", `nik,nama,kecamatan,${nikHeader}\n${plant()},Budi,Kamang Baru,${nikIn("Arabic-Indic")}\n`);

const weights = file(
  "weights.csv",
  ["district,potential,minimum", ...(["ascii", "full-width", "Arabic-Indic"] as const).map((system) => `${nikIn(system)},${10 + serial % 7},1`), "Kupitan,20,2"].join("\n") + "\n",
);
const badWeights = file(
  "bad-weights.csv",
  ["district,potential,minimum", `Kupitan,${nikIn("full-width")},1`, `Sijunjung,10,${nikIn("Arabic-Indic")}`, `${plant()},10,1`, `${planted.at(-1)},10,1`].join("\n") + "\n",
);
const units = file(
  "units.csv",
  ["kode,nagari,kecamatan", ...(["ascii", "full-width", "Arabic-Indic"] as const).map((system, index) => `13.03.0${index + 3}.2001,${nikIn(system)},${nikIn(system)}`)].join("\n") + "\n",
);
const claims = file(
  "claims.csv",
  ["label,reported_total,workers,months,start,income,sector,funding", `${nikIn("ascii")},201549600,1333,9,2022-04,,${nikIn("full-width")},${nikIn("Arabic-Indic")}`, `Typing slip,201594600,1333,9,2022-04,,,APBD`].join("\n") + "\n",
);
const badClaims = file("bad-claims.csv", ["label,reported_total,workers,months,start", `Sijunjung,201549600,${nikIn("full-width")},9,${nikIn("Arabic-Indic")}`].join("\n") + "\n");
const scenario = file("scenario.csv", ["year,workers,months,sector,funding", `2026,100,12,${nikIn("full-width")},${nikIn("Arabic-Indic")}`, "2027,120,12,,APBD"].join("\n") + "\n");
const badScenario = file("bad-scenario.csv", ["year,workers,months,income", `${nikIn("Arabic-Indic")},100,12,1000000`, `2027,${nikIn("full-width")},12,${nikIn("ascii")}x`].join("\n") + "\n");

// ---- Runs --------------------------------------------------------------------------------------------------------

let runs = 0;
/** Runs a command in a folder of its own; returns stdout, stderr and every file the run wrote. */
function run(args: (string | ((dir: string) => string))[]): CliResult & { files: Record<string, string> } {
  const dir = join(folder, `run-${++runs}`);
  mkdirSync(dir);
  const written: string[] = [];
  const resolved = args.map((arg) => {
    if (typeof arg === "string") return arg;
    const path = arg(dir);
    written.push(path);
    return path;
  });
  const result = iuran(resolved);
  const files = Object.fromEntries(written.filter((path) => existsSync(path)).map((path) => [path, readFileSync(path, "utf8")]));
  return { ...result, files };
}
const out = (name: string) => (dir: string) => join(dir, name);
const PERIOD = ["--start", "2026-01"];
const SKIP = [...PERIOD, "--skip-invalid"];

/** Commands whose every output (stdout, stderr, --output) must be free of NIKs. */
const CASES: Record<string, (string | ((dir: string) => string))[]> = {
  "budget --by district,village (table)": ["budget", roster, ...SKIP, "--by", "district,village"],
  "budget --by name,occupation (CSV)": ["budget", roster, ...SKIP, "--by", "name,occupation", "--format", "csv"],
  "budget --by sector,funding,catatan (JSON)": ["budget", roster, ...SKIP, "--by", "sector,funding,catatan", "--format", "json"],
  "budget --by nik (table)": ["budget", roster, ...SKIP, "--by", "nik"],
  "budget --by nik (CSV)": ["budget", roster, ...SKIP, "--by", "nik", "--format", "csv"],
  "budget --by nik (JSON)": ["budget", roster, ...SKIP, "--by", "nik", "--format", "json"],
  "budget --by income,start,month to a file": ["budget", roster, ...SKIP, "--by", "income,start,month", "--format", "csv", "-o", out("budget.csv")],
  "budget --by district to a JSON file": ["budget", roster, ...SKIP, "--by", "district", "--format", "json", "--output", out("budget.json")],
  "budget --by district --format csv --excel": ["budget", roster, ...SKIP, "--by", "district", "--format", "csv", "--excel"],
  "budget --explain (table)": ["budget", roster, ...SKIP, "--by", "district", "--explain"],
  "budget --explain (JSON)": ["budget", roster, ...SKIP, "--by", "village", "--explain", "--format", "json"],
  "budget --potential": ["budget", roster, ...SKIP, "--by", "district", "--potential", potential],
  "budget --potential (JSON)": ["budget", roster, ...SKIP, "--by", "district", "--potential", potential, "--format", "json"],
  "budget --expect-total that fails": ["budget", roster, ...SKIP, "--by", "district", "--expect-total", "1"],
  "budget, strict: every error listed": ["budget", roster, ...PERIOD, "--by", "district"],
  "budget, strict, --errors json": ["budget", roster, ...PERIOD, "--errors", "json"],
  "budget --skip-invalid --errors json --format json": ["budget", roster, ...SKIP, "--errors", "json", "--format", "json", "--by", "district"],
  "budget --lang id": ["budget", roster, ...SKIP, "--by", "district,village", "--lang", "id"],
  "budget of a roster with a NIK as a header, --by that header": ["budget", headedRoster, ...PERIOD, "--by", nikHeader],
  "budget of a roster with a NIK as a header (JSON)": ["budget", headedRoster, ...PERIOD, "--by", nikHeader, "--format", "json"],
  "budget --map to a header that is not there": ["budget", headedRoster, ...PERIOD, "--map", `village=${plant()}`],
  "audit (table)": ["audit", roster],
  "audit --start (JSON)": ["audit", roster, ...PERIOD, "--format", "json"],
  "audit (CSV)": ["audit", roster, "--format", "csv"],
  "audit --errors json": ["audit", roster, "--errors", "json"],
  "allocate --weights (table)": ["allocate", "--workers", "100", "--weights", weights, "--key", "district", "--weight", "potential", "--min", "minimum", ...PERIOD],
  "allocate --weights (CSV)": ["allocate", "--workers", "100", "--weights", weights, "--key", "district", "--weight", "potential", ...PERIOD, "--format", "csv"],
  "allocate --weights (JSON) --potential": ["allocate", "--workers", "100", "--weights", weights, "--key", "district", "--weight", "potential", ...PERIOD, "--format", "json", "--potential", potential],
  "allocate --weights with bad cells": ["allocate", "--workers", "100", "--weights", badWeights, "--key", "district", "--weight", "potential", "--min", "minimum", ...PERIOD],
  "allocate --weights with bad cells, --errors json": ["allocate", "--workers", "100", "--weights", badWeights, "--key", "district", "--weight", "potential", "--min", "minimum", ...PERIOD, "--errors", "json"],
  "allocate --units --rollup (table)": ["allocate", "--per-unit", "10", "--units", units, "--key", "nagari", "--rollup", "kecamatan", ...PERIOD],
  "allocate --units --rollup (JSON)": ["allocate", "--per-unit", "10", "--units", units, "--key", "nagari", "--rollup", "kecamatan", ...PERIOD, "--format", "json"],
  "allocate --units --rollup (CSV)": ["allocate", "--per-unit", "10", "--units", units, "--key", "nagari", "--rollup", "kecamatan", ...PERIOD, "--format", "csv"],
  "allocate --key naming a column that is not there": ["allocate", "--workers", "100", "--weights", units, "--key", plant(), "--weight", "potential", ...PERIOD],
  "check --claims with bad cells": ["check", "--claims", badClaims],
  "project --scenario (table)": ["project", "--scenario", scenario],
  "project --scenario (JSON)": ["project", "--scenario", scenario, "--format", "json"],
  "project --scenario with bad cells": ["project", "--scenario", badScenario],
  "premium --sector and --funding holding NIKs": ["premium", "--income", "1000000", "--month", "2026-01", "--sector", nikIn("full-width"), "--funding", nikIn("Arabic-Indic")],
  "premium --sector and --funding holding NIKs (JSON)": ["premium", "--income", "1000000", "--month", "2026-01", "--sector", nikIn("ascii"), "--funding", nikIn("Arabic-Indic"), "--format", "json"],
  "an option value holding a NIK": ["premium", "--income", `${nikIn("full-width")}x`, "--month", "2026-01"],
  "an option value holding a NIK, --errors json": ["budget", roster, "--start", nikIn("Arabic-Indic"), "--errors", "json"],
  "a NIK given as a command": [nikIn("ascii")],
  "a NIK given as an unknown option": ["budget", roster, ...PERIOD, `--${nikIn("ascii")}`],
  "a NIK given as an unknown option, --errors json": ["budget", roster, ...PERIOD, `--${nikIn("ascii")}`, "--errors", "json"],
  "a NIK given as a choice": ["budget", roster, ...PERIOD, "--format", nikIn("full-width")],
  "a NIK given as a roster that does not exist": ["budget", nikIn("ascii"), ...PERIOD],
  "a NIK given as an extra argument": ["premium", nikIn("ascii"), "--month", "2026-01"],
};

describe("no full NIK in any output, in any digit system, without --show-nik", () => {
  it("the inputs do carry NIKs where the detector sees them", () => {
    expect(leaks(readFileSync(roster, "utf8")).length).toBeGreaterThan(20);
    for (const system of Object.keys(SYSTEMS) as DigitSystem[]) expect(leaks(written("1303061204950001", system))).not.toEqual([]);
    expect(leaks("1303 0612 0495 0001")).not.toEqual([]);
    expect(leaks("130306******0001 Rp 201.549.600")).toEqual([]);
  });

  it.each(Object.entries(CASES))("%s", (_, args) => {
    const result = run(args);
    expect(result.code).not.toBe(70);
    expect(leaks(result.stdout), "stdout").toEqual([]);
    expect(leaks(result.stderr), "stderr").toEqual([]);
    for (const [path, content] of Object.entries(result.files)) expect(leaks(content), path).toEqual([]);
  });

  it("the runs did read the NIK-holding cells (the keys are there, masked)", () => {
    const csv = run(["budget", roster, ...SKIP, "--by", "nik", "--format", "csv"]).stdout;
    for (const nik of accepted) expect(csv).toContain(`${nik.slice(0, 6)}******${nik.slice(-4)}`);
    const stderr = run(["budget", roster, ...PERIOD]).stderr;
    expect(stderr).toMatch(/INVALID_AMOUNT: income "Rp \d{6}\*{6}\d{4},50"/);
    expect(stderr).toMatch(/INVALID_MONTH: start must be a month, got "\d{6}\*{6}\d{4}"/);
    expect(stderr).toMatch(/DUPLICATE_NIK: NIK \d{6}\*{6}\d{4} is also on line \d+/);
  });

  it("--skip-invalid --rejects: standard output and error", () => {
    const result = run(["budget", roster, ...SKIP, "--by", "district", "--rejects", out("rejects.csv")]);
    expect(result.code).toBe(0);
    expect(leaks(result.stdout)).toEqual([]);
    expect(leaks(result.stderr)).toEqual([]);
  });

  it("--rejects: the file of rejected rows", () => {
    const result = run(["budget", roster, ...SKIP, "--by", "district", "--rejects", out("rejects.csv")]);
    const [content] = Object.values(result.files);
    expect(content).toBeDefined();
    expect(leaks(content!)).toEqual([]);
  });

  it("check --claims with NIKs in the label, sector and funding", () => {
    for (const format of ["table", "csv", "json"]) {
      const result = run(["check", "--claims", claims, "--format", format, "--explain"]);
      expect(leaks(result.stdout + result.stderr)).toEqual([]);
    }
  });

  it("a worker above the header (a row with a NIK is never a title) stops the run without quoting it", () => {
    const titled = file("titled.csv", `DAFTAR PEKERJA RENTAN KABUPATEN SIJUNJUNG TAHUN 2026 NIK ${plant()}\n${HEADER}\n${plant()},Budi,Kupitan,Muaro,Petani,pertanian,1000000,2026-01,APBD,\n`);
    const result = run(["budget", titled, ...PERIOD]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("error NO_HEADER");
    expect(leaks(result.stderr)).toEqual([]);
  });
});

describe("--show-nik", () => {
  it("shows whole NIKs where the user asks, in every format of --by nik", () => {
    for (const format of ["table", "csv", "json"]) {
      const shown = run(["budget", roster, ...SKIP, "--by", "nik", "--show-nik", "--format", format]).stdout;
      for (const nik of accepted) expect(shown).toContain(nik);
    }
  });

  it("shows them in messages too", () => {
    const stderr = run(["budget", roster, ...PERIOD, "--show-nik"]).stderr;
    expect(stderr).toMatch(/DUPLICATE_NIK: NIK \d{16} is also on line/);
    expect(stderr).toMatch(/INVALID_MONTH: start must be a month, got "\d{16}"/);
  });
});

// ---- Hostile text -------------------------------------------------------------------------------------------------

/** A raw control character a terminal would act on (C0 except line feed, C1, DEL) or a bidi override. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("cells that would drive the terminal, or flood it", () => {
  const ESCAPES = "\u001b[31mRED\u001b[0m \u001b]0;pwned\u0007 \u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\ \u009b2J";
  const hostile = file(
    "hostile.csv",
    [
      HEADER,
      // Rejected: the escapes and a bare carriage return in the income, a right-to-left override in the start.
      `${plant()},Budi,Kupitan,Muaro,Petani,pertanian,"${ESCAPES}\rRp 1",2026-01\u202e,APBD,`,
      // Rejected: a megabyte in one cell.
      `${plant()},Budi,Kupitan,Muaro,Petani,pertanian,${"9".repeat(20)}${"x".repeat(1 << 20)},2026-01,APBD,`,
      // Accepted: the escapes in a kecamatan, a grouping key.
      `${plant()},Budi,"${ESCAPES}\rKupitan",Muaro,Petani,pertanian,1000000,2026-01,APBD,`,
    ].join("\n") + "\n",
  );

  it.each([
    ["text", []],
    ["JSON", ["--errors", "json"]],
  ])("stderr (%s errors) shows the controls instead of sending them, and cuts the huge cell", (_, more) => {
    const result = run(["budget", hostile, ...SKIP, "--by", "district", ...more]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("INVALID_AMOUNT");
    expect(result.stderr).not.toMatch(RAW_CONTROL);
    expect(result.stderr.replace(/\r\n/g, "\n")).not.toContain("\r");
    expect(result.stderr).toContain("⟨1B⟩[31mRED");
    expect(result.stderr).toContain("⟨0D⟩");
    expect(result.stderr.length).toBeLessThan(10_000);
  });

  it.each(["table", "csv", "json"])("a grouping key with escapes is shown, not sent (%s)", (format) => {
    const result = run(["budget", hostile, ...SKIP, "--by", "district", "--format", format]);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toMatch(format === "json" ? /\\u001b\[31mRED/ : /⟨1B⟩\[31mRED/);
  });

  it("audit --format json carries the messages made safe", () => {
    const result = run(["audit", hostile, "--format", "json"]);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout.length).toBeLessThan(20_000);
  });

  it("small tables: a huge cell is quoted cut, in the message and in the reason after it", () => {
    const huge = "5".repeat(1 << 20);
    const weightsFile = file("huge-weights.csv", `district,potential
Kupitan,1.${huge}
Sijunjung,${"x".repeat(1 << 20)}
`);
    const allocated = run(["allocate", "--workers", "10", "--weights", weightsFile, "--key", "district", "--weight", "potential", ...PERIOD]);
    expect(allocated.code).toBe(65);
    expect(allocated.stderr).toContain("INVALID_WEIGHT");
    expect(allocated.stderr.length).toBeLessThan(1000);
    const scenarioFile = file("huge-scenario.csv", `year,workers,income
2026,10,1.${huge}
`);
    const projected = run(["project", "--scenario", scenarioFile]);
    expect(projected.stderr).toContain("INVALID_AMOUNT");
    expect(projected.stderr.length).toBeLessThan(1000);
  });

  it("the huge cell is quoted at 60 characters", () => {
    const result = run(["budget", hostile, ...SKIP]);
    expect(result.stderr).not.toMatch(/x{61}/);
  });
});
