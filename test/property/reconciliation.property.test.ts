// Never silently wrong, nothing lost: random rosters mixing priceable workers with rows that are wrong for a known
// reason, under titles, between blank lines and above a footer (JUMLAH, signatures), budgeted by the built CLI with --skip-invalid. Every row the
// generator wrote is accounted for (read = accepted + rejected + skipped), each rejected row for the reason it was
// made wrong, and the money is an independent oracle's over the accepted rows, to the rupiah.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { formatMonth, monthOf } from "../../src/domain/month.js";
import { iuran } from "../helpers/cli.js";

// ---------------------------------------------------------------------------------------------------------------
// The oracle: DOMAIN's BPU rules written out plainly (the same rules as cli-oracle.property.test.ts, kept here).

/** Funding spellings officers write, with whether PP 50/2025 excludes them (paid through APBN, APBD, APBD Provinsi). */
const FUNDING_SPELLINGS: readonly { text: string; publicBudget: boolean }[] = [
  { text: "", publicBudget: false },
  { text: "APBN", publicBudget: true },
  { text: "apbn", publicBudget: true },
  { text: "APBD", publicBudget: true },
  { text: "APBD Kab. Sijunjung", publicBudget: true },
  { text: "APBD-P", publicBudget: true },
  { text: "APBD II", publicBudget: true },
  { text: "APBD Provinsi", publicBudget: true },
  { text: "APBD Prov", publicBudget: true },
  // Village budgets: the law leaves them open; iuran gives the relief (with a warning).
  { text: "APB Nagari", publicBudget: false },
  { text: "APBDes", publicBudget: false },
  { text: "Dana Desa", publicBudget: false },
  { text: "ADD", publicBudget: false },
  { text: "CSR", publicBudget: false },
  { text: "CSR PT Semen Padang", publicBudget: false },
  { text: "BAZNAS", publicBudget: false },
  { text: "Mandiri", publicBudget: false },
];

interface Terms {
  thousands: number;
  sector: string;
  funding: (typeof FUNDING_SPELLINGS)[number];
  programs: string;
  start: number;
  months: number;
}

/** One month of one worker: JKK 1 % of income, JKM Rp 6,800, JHT 2 %; PP 49/2020 and PP 50/2025 as percentages. */
function oracleMonth(terms: Terms, month: number): bigint {
  const income = BigInt(terms.thousands) * 1000n;
  const inRange = (from: number, to: number) => month >= from && month <= to;
  const transport = terms.sector === "transport";
  let percentOfNormal = 100n;
  if (inRange(monthOf(2020, 8), monthOf(2021, 1))) percentOfNormal = 1n;
  else if (!terms.funding.publicBudget && transport && inRange(monthOf(2026, 1), monthOf(2027, 3))) percentOfNormal = 50n;
  else if (!terms.funding.publicBudget && !transport && inRange(monthOf(2026, 4), monthOf(2026, 12))) percentOfNormal = 50n;
  const programs = terms.programs.split("+");
  // JKK under PP 49/2020 can end in half a rupiah: half-up, per line.
  const halfUp = (numerator: bigint, denominator: bigint) => (2n * numerator + denominator) / (2n * denominator);
  let total = 0n;
  if (programs.includes("JKK")) total += halfUp(income * percentOfNormal, 10_000n);
  if (programs.includes("JKM")) total += (6_800n * percentOfNormal) / 100n;
  if (programs.includes("JHT")) total += (income * 2n) / 100n;
  return total;
}

function oracleTotal(terms: Terms): bigint {
  let total = 0n;
  for (let offset = 0; offset < terms.months; offset++) total += oracleMonth(terms, terms.start + offset);
  return total;
}

// ---------------------------------------------------------------------------------------------------------------
// Rosters.

const HEADER = ["NIK", "Nama", "Kecamatan", "Sektor", "Penghasilan", "Program", "Mulai", "Jumlah Bulan", "Sumber Dana"];
const COLUMN = { nik: 0, name: 1, district: 2, sector: 3, income: 4, programs: 5, start: 6, months: 7, funding: 8 } as const;
/** A column iuran does not read: a row may end before it and still be a worker. */
const NOTE_HEADER = "Keterangan";

/** 16 digits with a real birth date (day + 40 for women), distinct for distinct indexes. */
function validNik(index: number): string {
  const day = 1 + (index % 28) + (index % 2 === 0 ? 0 : 40);
  const month = 1 + (index % 12);
  const two = (value: number) => String(value).padStart(2, "0");
  return `130306${two(day)}${two(month)}${two(index % 100)}${String(index).padStart(4, "0")}`;
}

/** How a valid NIK is typed: as is, with Excel's text apostrophe, or in groups of four. */
function typedNik(nik: string, style: string): string {
  if (style === "apostrophe") return `'${nik}`;
  if (style === "grouped") return nik.replace(/(\d{4})(?=\d)/g, "$1 ");
  return nik;
}

function writtenIncome(thousands: number, style: string): string {
  const income = BigInt(thousands) * 1000n;
  const dots = income.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return style === "plain" ? income.toString() : style === "dots" ? dots : `Rp ${dots},00`;
}

const terms: fc.Arbitrary<Terms> = fc.record({
  // Whole thousands, as declared incomes are, within the BPU floor and ceiling.
  thousands: fc.integer({ min: 1_000, max: 20_700 }),
  sector: fc.constantFrom("", "transport", "pertanian"),
  funding: fc.constantFrom(...FUNDING_SPELLINGS),
  programs: fc.constantFrom("JKK+JKM", "JKK+JKM+JHT", "JKM"),
  start: fc.integer({ min: monthOf(2020, 1), max: monthOf(2027, 12) }),
  months: fc.integer({ min: 1, max: 18 }),
});

/** A row made wrong in one way, and the error code iuran must reject it with. */
type Fault =
  | { kind: "nik"; code: "INVALID_NIK" | "NIK_BAD_DATE"; text: (nik: string) => string }
  | { kind: "cell"; code: string; column: keyof typeof COLUMN; text: string; needsJkk?: boolean }
  | { kind: "tooFew"; code: "TOO_FEW_FIELDS"; keep: number }
  | { kind: "tooMany"; code: "TOO_MANY_FIELDS"; extra: string };

const cellFault = (code: string, column: keyof typeof COLUMN, texts: readonly string[], needsJkk = false): fc.Arbitrary<Fault> =>
  fc.constantFrom(...texts).map((text) => ({ kind: "cell" as const, code, column, text, needsJkk }));

/** Birth dates (DDMMYY) that do not exist: day 0, 32–40, above 71; month 0 or 13; 29 February of 2001; 31 April. */
const BAD_BIRTH_DATES = ["000190", "320190", "350190", "400190", "720190", "011390", "010090", "290201", "690201", "310490", "710490"];

const fault: fc.Arbitrary<Fault> = fc.oneof(
  fc.constantFrom<Fault>(
    { kind: "nik", code: "INVALID_NIK", text: (nik) => nik.slice(0, 15) },
    { kind: "nik", code: "INVALID_NIK", text: (nik) => `${nik}7` },
    { kind: "nik", code: "INVALID_NIK", text: (nik) => `${nik.slice(0, 12)}O${nik.slice(13)}` },
    { kind: "nik", code: "INVALID_NIK", text: () => "" },
  ),
  fc.constantFrom(...BAD_BIRTH_DATES).map<Fault>((date) => ({ kind: "nik", code: "NIK_BAD_DATE", text: (nik) => `${nik.slice(0, 6)}${date}${nik.slice(12)}` })),
  cellFault("MISSING_VALUE", "name", ["", "   "]),
  cellFault("MISSING_VALUE", "district", [""]),
  cellFault("INVALID_AMOUNT", "income", ["abc", "0", "Rp 0"]),
  // The floor and ceiling belong to JKK (and JHT): the row is given JKK so they apply.
  fc.integer({ min: 1, max: 999 }).map<Fault>((thousands) => ({ kind: "cell", code: "INCOME_BELOW_FLOOR", column: "income", text: `${thousands * 1000}`, needsJkk: true })),
  fc.integer({ min: 20_701, max: 99_000 }).map<Fault>((thousands) => ({ kind: "cell", code: "INCOME_ABOVE_CEILING", column: "income", text: `${thousands * 1000}`, needsJkk: true })),
  cellFault("INVALID_MONTH", "start", ["2026-13", "2026-00", "Januari"]),
  cellFault("INVALID_MONTHS", "months", ["0", "x", "-3"]),
  cellFault("INVALID_PROGRAM", "programs", ["ABC", "JKK+XYZ"]),
  cellFault("UNKNOWN_FUNDING", "funding", ["xyz", "DBHCHT"]),
  // Cut before the funding column, which iuran reads.
  fc.integer({ min: 1, max: COLUMN.funding }).map<Fault>((keep) => ({ kind: "tooFew", code: "TOO_FEW_FIELDS", keep })),
  fc.constantFrom("lebih", "Rp 5.000").map<Fault>((extra) => ({ kind: "tooMany", code: "TOO_MANY_FIELDS", extra })),
);

const rosterRow = fc.record({
  terms,
  // Indexes into a pool of NIKs small enough that some repeat: a repeat of an accepted row is a duplicate.
  nikIndex: fc.integer({ min: 0, max: 45 }),
  nikStyle: fc.constantFrom("plain", "apostrophe", "grouped"),
  incomeStyle: fc.constantFrom("plain", "dots", "rupiah"),
  district: fc.constantFrom("Kupitan", "Koto VII", "IV Nagari", "Sijunjung"),
  /** The unread note: a text, empty, or the row ends before it. */
  note: fc.constantFrom("catatan", "", undefined),
  /** Most rows are workers; the rest are wrong in one way. */
  fault: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fault, weight: 2 }),
});
type RosterRow = typeof rosterRow extends fc.Arbitrary<infer T> ? T : never;

const TITLES = ["DAFTAR PEKERJA RENTAN", "Kabupaten Sijunjung Tahun Anggaran 2026", "Dinas Tenaga Kerja", "Lampiran SK Bupati", "Data per 31 Desember 2025"];

/** What Excel leaves under the data: a place and date, a signature block. Each is one cell of a footer line. */
const FOOTER_TEXTS = [
  "Muaro Sijunjung, 15 Desember 2026",
  "Mengetahui,",
  "Kepala Dinas Sosial",
  "Kepala Bidang Perlindungan dan Jaminan Sosial",
  "Wali Nagari Koto Tuo",
  "ttd",
  "Drs. H. Syafrizal, M.Si",
  "NIP. 19700101 199003 1 002",
  "Pembina Tk. I",
  "JUMLAH",
  "Total",
];
/**
 * A footer line: one cell anywhere, and maybe a second one right of the kecamatan (two signatures side by side). A
 * line with both a name and a kecamatan is never a footer (it may be a worker without a NIK), so none is written.
 */
const footerLine = fc.record({
  first: fc.record({ column: fc.integer({ min: 0, max: HEADER.length - 1 }), text: fc.constantFrom(...FOOTER_TEXTS) }),
  second: fc.option(fc.record({ column: fc.integer({ min: COLUMN.district + 1, max: HEADER.length - 1 }), text: fc.constantFrom(...FOOTER_TEXTS) }), { nil: undefined }),
  blankBefore: fc.boolean(),
});

const layout = fc.record({
  delimiter: fc.constantFrom(",", ";"),
  bom: fc.boolean(),
  newline: fc.constantFrom("\n", "\r\n"),
  finalNewline: fc.boolean(),
  titles: fc.array(fc.constantFrom(...TITLES), { maxLength: 4 }),
  /** Excel pads a title and a blank line with delimiters up to the header's width. */
  padded: fc.boolean(),
  /** Every cell in quotes, as some exports write them. */
  quoteAll: fc.boolean(),
  withNote: fc.boolean(),
  /** Where blank lines go: before the row of that index (the header is -1, the first line of the file -2), and how many. */
  blanks: fc.array(fc.record({ before: fc.integer({ min: -2, max: 30 }), count: fc.integer({ min: 1, max: 2 }) }), { maxLength: 3 }),
  withRejects: fc.boolean(),
  /** The footer: a total row first or not (its count of workers off by the offset from the accepted rows), then lines. */
  footer: fc.array(footerLine, { maxLength: 8 }),
  totalRow: fc.option(fc.integer({ min: -1, max: 1 }), { nil: undefined }),
  /** Footer-like lines with rows under them (before the row of that index): ordinary rows, rejected at their line. */
  middle: fc.array(fc.record({ before: fc.integer({ min: 0, max: 29 }), line: footerLine }), { maxLength: 2 }),
});
type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

interface Expected {
  accepted: Terms[];
  acceptedDistricts: string[];
  /** Line of each rejected row, with the code it must be rejected with. */
  rejected: { line: number; code: string }[];
  /** Rows of the footer (blank lines are no rows). */
  footer: number;
}

/** The file's text, and what iuran must make of it, worked out row by row as the README says. */
function writeRoster(rows: readonly RosterRow[], shape: Layout): { text: string; expected: Expected } {
  const header = shape.withNote ? [...HEADER, NOTE_HEADER] : HEADER;
  const csvLine = (fields: readonly (string | number)[]) => stringify([fields], { delimiter: shape.delimiter, record_delimiter: "unix", quoted: shape.quoteAll }).replace(/\n$/, "");
  const padding = shape.padded ? shape.delimiter.repeat(header.length - 1) : "";
  // Lines above the header are written bare or padded as Excel pads them: the delimiter is read off the header.
  const abovePadding = padding;
  const lines: string[] = [];
  const blankLines = (before: number, pad: string) => {
    for (const blank of shape.blanks) if (blank.before === before) for (let i = 0; i < blank.count; i++) lines.push(pad);
  };

  blankLines(-2, abovePadding);
  for (const title of shape.titles) lines.push(`${title}${abovePadding}`);
  blankLines(-1, abovePadding);
  lines.push(csvLine(header));

  const expected: Expected = { accepted: [], acceptedDistricts: [], rejected: [], footer: 0 };
  /** Writes a line of footer cells, and returns how many fields it has. */
  const footerCells = (cells: readonly { column: number; text: string }[]) => {
    const fields: string[] = header.map(() => "");
    for (const { column, text } of cells) fields[column] = text;
    // Excel pads a footer line to the header's width; a line written by hand may end at its last cell.
    const written = shape.padded ? fields : fields.slice(0, Math.max(...cells.map(({ column }) => column)) + 1);
    lines.push(csvLine(written));
    return written.length;
  };
  const cellsOf = ({ first, second }: (typeof shape.footer)[number]) => (second && second.column !== first.column ? [first, second] : [first]);
  const accepted = new Set<string>();
  for (const [index, row] of rows.entries()) {
    blankLines(index, padding);
    for (const { before, line } of shape.middle) {
      if (before !== index) continue;
      // Workers follow it: it is a row without a NIK (or cut short before a column iuran reads).
      const number = lines.length + 1;
      const fields = footerCells(cellsOf(line));
      expected.rejected.push({ line: number, code: fields <= COLUMN.funding ? "TOO_FEW_FIELDS" : "INVALID_NIK" });
    }
    const { terms: t, fault: f } = row;
    const nik = validNik(row.nikIndex);
    const programs = f?.kind === "cell" && f.needsJkk && !t.programs.includes("JKK") ? "JKK+JKM" : t.programs;
    const fields: string[] = [
      typedNik(nik, row.nikStyle),
      `Pekerja ${index}`,
      row.district,
      t.sector,
      writtenIncome(t.thousands, row.incomeStyle),
      programs,
      formatMonth(t.start),
      String(t.months),
      t.funding.text,
    ];
    if (shape.withNote && row.note !== undefined) fields.push(row.note);
    let written = [...fields];
    if (f?.kind === "nik") written[COLUMN.nik] = f.text(nik);
    else if (f?.kind === "cell") written[COLUMN[f.column]] = f.text;
    else if (f?.kind === "tooFew") written = fields.slice(0, f.keep);
    else if (f?.kind === "tooMany") written = [...fields, ...(shape.withNote && row.note === undefined ? [""] : []), f.extra];
    const line = lines.length + 1;
    lines.push(csvLine(written));

    if (f) expected.rejected.push({ line, code: f.code });
    else if (accepted.has(nik)) expected.rejected.push({ line, code: "DUPLICATE_NIK" });
    else {
      // Only an accepted row's NIK is seen: a corrected copy of a rejected row is no duplicate.
      accepted.add(nik);
      expected.accepted.push(t);
      expected.acceptedDistricts.push(row.district);
    }
  }
  blankLines(rows.length, padding);
  if (shape.totalRow !== undefined) {
    footerCells([{ column: COLUMN.nik, text: "JUMLAH" }, { column: COLUMN.name, text: `${expected.accepted.length + shape.totalRow} orang` }]);
    expected.footer++;
  }
  for (const footer of shape.footer) {
    if (footer.blankBefore) lines.push(padding);
    footerCells(cellsOf(footer));
    expected.footer++;
  }
  const text = (shape.bom ? "\uFEFF" : "") + lines.join(shape.newline) + (shape.finalNewline ? shape.newline : "");
  return { text, expected };
}

// ---------------------------------------------------------------------------------------------------------------

const folder = mkdtempSync(join(tmpdir(), "iuran-reconcile-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface InputCounts {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsSkipped: number;
}

describe("budget --skip-invalid accounts for every row (never silently wrong, nothing lost)", () => {
  it("read = accepted + rejected + skipped, each rejection for its reason, and the oracle's money over the accepted rows", () => {
    const rosters = fc.tuple(fc.array(rosterRow, { minLength: 1, maxLength: 30, size: "max" }), layout);
    // Some rosters whose every row is wrong, so the exit-65 path is walked on every run.
    const allFaulty = fc.tuple(fc.array(rosterRow.filter((row) => row.fault !== null), { minLength: 1, maxLength: 6 }), layout);
    fc.assert(
      fc.property(fc.oneof({ arbitrary: rosters, weight: 4 }, { arbitrary: allFaulty, weight: 1 }), ([rows, shape]) => {
        const file = join(folder, "roster.csv");
        const rejectsFile = join(folder, "rejects.csv");
        rmSync(rejectsFile, { force: true });
        const { text, expected } = writeRoster(rows, shape);
        writeFileSync(file, text);
        const args = ["budget", file, "--by", "district", "--format", "json", "--skip-invalid", ...(shape.withRejects ? ["--rejects", rejectsFile] : [])];
        const result = iuran(args);
        const accepted = expected.accepted.length;
        const rejected = expected.rejected.length;
        const skipped = shape.titles.length + expected.footer;

        expect(result.stderr).not.toMatch(/internal|\n\s+at /);
        if (accepted === 0) {
          // A budget of nothing is no answer: exit 65, no report, and the count of what was read.
          expect(result.code).toBe(65);
          expect(result.stdout).toBe("");
          if (skipped === 0) expect(result.stderr).toContain(`every row was rejected (${rejected} of ${rejected} rows read); no report written`);
          else expect(result.stderr).toContain(`every row was rejected (${rejected} of ${rejected + skipped} rows read, ${skipped} skipped as a title or footer); no report written`);
        } else {
          expect(result.code).toBe(0);
          const report = JSON.parse(result.stdout);
          const input: InputCounts = report.meta.inputs[0];
          expect(input.rowsRead).toBe(input.rowsAccepted + input.rowsRejected + input.rowsSkipped);
          expect({ ...input }).toMatchObject({ rowsRead: accepted + rejected + skipped, rowsAccepted: accepted, rowsRejected: rejected, rowsSkipped: skipped });
          expect(report.meta.inputs[0].delimiter).toBe(shape.delimiter);

          const oracle = new Map<string, bigint>();
          expected.accepted.forEach((t, index) => {
            const district = expected.acceptedDistricts[index]!;
            oracle.set(district, (oracle.get(district) ?? 0n) + oracleTotal(t));
          });
          const actual = new Map<string, bigint>(report.groups.map((group: { key: { district: string }; total: string }) => [group.key.district, BigInt(group.total)]));
          expect(actual).toEqual(oracle);
          expect(BigInt(report.total.total)).toBe([...oracle.values()].reduce((sum, amount) => sum + amount, 0n));
          expect(report.total.workers).toBe(accepted);
          // The footer is named once, and a total row only when its count differs from the accepted rows.
          const codes: string[] = report.meta.warnings.map((entry: { code: string }) => entry.code);
          expect(codes.filter((code) => code === "FOOTER_SKIPPED")).toHaveLength(expected.footer > 0 ? 1 : 0);
          expect(codes.filter((code) => code === "FOOTER_TOTAL_DISAGREES")).toHaveLength(shape.totalRow !== undefined && shape.totalRow !== 0 ? 1 : 0);
        }

        if (shape.withRejects) {
          // The rejects file holds exactly the rejected rows, on the lines they were written, each for its reason.
          const records = parse(readFileSync(rejectsFile, "utf8"), { relax_column_count: true }) as string[][];
          const [rejectsHeader, ...rejectedRows] = records;
          expect(rejectsHeader!.slice(-2)).toEqual(["line", "error"]);
          const found = rejectedRows.map((row) => ({ line: Number(row[row.length - 2]), code: row[row.length - 1]!.split(":")[0]! }));
          expect(found).toEqual(expected.rejected);
          // No NIK leaves in full without --show-nik.
          for (const row of rejectedRows) for (const cell of row) expect(cell).not.toMatch(/\d{16}/);
        }
      }),
      { numRuns: 20 },
    );
    // Twenty runs of the CLI, each on a roster of up to 30 rows and a footer: slow on a busy machine.
  }, 120_000);
});

// Found by the property above: the delimiter was sniffed from the file's first line, not the header line, so a ';'
// roster whose first line was a bare title or a blank line was read with ',' and refused whole. It is now read off
// the line, among the first, that it splits most (src/io/text-decoding.ts detectDelimiter).
describe("a ';' roster whose first line is not the header", () => {
  const header = "NIK;Nama;Kecamatan;Penghasilan;Mulai;Jumlah Bulan";
  const worker = "1303060101800001;Ani;Kupitan;1000000;2025-01;2";

  function budget(name: string, text: string) {
    const file = join(folder, name);
    writeFileSync(file, text);
    return iuran(["budget", file, "--by", "district", "--format", "json", "--skip-invalid"]);
  }

  it("is read with ';' when a title with no ';' is padded as Excel writes it", () => {
    const result = budget("title-padded.csv", `DAFTAR PEKERJA RENTAN;;;;;\n${header}\n${worker}\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("the line above it holds no NIK and was skipped as a title");
    const report = JSON.parse(result.stdout);
    expect(report.meta.inputs[0]).toMatchObject({ delimiter: ";", rowsRead: 2, rowsAccepted: 1, rowsRejected: 0, rowsSkipped: 1 });
    expect(report.total.total).toBe(String(2n * 16_800n));
  });

  it("is read with ';' under a bare title line", () => {
    const result = budget("title-bare.csv", `DAFTAR PEKERJA RENTAN\n${header}\n${worker}\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("the line above it holds no NIK and was skipped as a title");
    const report = JSON.parse(result.stdout);
    expect(report.meta.inputs[0]).toMatchObject({ delimiter: ";", rowsRead: 2, rowsAccepted: 1, rowsRejected: 0, rowsSkipped: 1 });
    expect(report.total.total).toBe(String(2n * 16_800n));
  });

  it("is read with ';' under a leading blank line", () => {
    const result = budget("blank-first.csv", `\n${header}\n${worker}\n`);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.meta.inputs[0]).toMatchObject({ delimiter: ";", rowsRead: 1, rowsAccepted: 1, rowsRejected: 0, rowsSkipped: 0 });
    expect(report.total.total).toBe(String(2n * 16_800n));
  });
});
