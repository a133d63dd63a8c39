// A roster's header: which column holds what (aliases, --map, and the words of headers as Excel exports write them),
// the headers that look meant but are not read, and which rows above it may be a title.
import { editDistance } from "../domain/edit-distance.js";
import { quoteCell } from "../domain/personal-data.js";
import { MONTH_COLUMN } from "../domain/budget.js";
import { labelKey, labelWords } from "../domain/worker.js";
import { warning, type Warning } from "../text/message.js";
import { LANGS } from "../text/format.js";
import { t, tIn } from "../text/render.js";
import type { InputErrorCode } from "./input-error.js";

/** Canonical roster columns and the headers accepted for each, as words (compared without case or punctuation). */
export const ROSTER_COLUMNS = {
  nik: ["nik", "no ktp", "nomor ktp", "nomor induk", "nomor induk kependudukan"],
  name: ["name", "nama", "nama lengkap", "nama pekerja", "nama peserta"],
  district: ["district", "kecamatan", "kec"],
  village: ["village", "nagari", "desa", "kelurahan", "nagari desa", "desa nagari", "desa kelurahan", "nagari desa kelurahan"],
  occupation: ["occupation", "pekerjaan", "profesi", "jenis pekerjaan"],
  sector: ["sector", "sektor"],
  income: ["income", "penghasilan", "pendapatan", "penghasilan per bulan", "penghasilan rp", "pendapatan rp", "penghasilan per bulan rp"],
  programs: ["programs", "program", "programmes", "programme"],
  // TMT: "terhitung mulai tanggal", the date from which cover counts.
  start: ["start", "mulai", "bulan mulai", "tmt", "tanggal mulai", "mulai kepesertaan", "periode mulai"],
  // Not "bulan" alone: in Indonesian that is the calendar month, which --by bulan groups by.
  months: ["months", "jumlah bulan", "jml bulan", "lama bulan", "lama", "total bulan", "masa kepesertaan", "lama kepesertaan"],
  funding: ["funding", "sumber dana", "sumber pendanaan", "pendanaan", "pembiayaan", "sumber anggaran", "asal dana", "asal anggaran", "dibiayai oleh"],
  segment: ["segment", "segmen"],
  wage: ["wage", "upah", "gaji", "upah rp", "gaji rp"],
  risk_class: ["risk class", "risk", "kelompok risiko", "tingkat risiko", "risiko"],
} as const;
export type RosterColumn = keyof typeof ROSTER_COLUMNS;
export const REQUIRED_COLUMNS: readonly RosterColumn[] = ["nik", "name", "district"];
/** Columns whose value changes what a worker pays: a header that could hold one is never passed over in silence. */
const PRICED_COLUMNS: ReadonlySet<RosterColumn> = new Set(["income", "wage", "programs", "start", "months", "funding", "segment", "sector", "risk_class"]);
/** How the usual Indonesian exports head the required columns, for messages. */
const REQUIRED_EXAMPLES: Record<string, string> = { nik: "NIK, No KTP", name: "Nama", district: "Kecamatan" };
const MONTH_NAMES = ["month", "bulan"];
/**
 * The columns --rejects adds after a roster's own, in either language ("line", "kesalahan"…): a rejects file, once
 * corrected, is read again as a roster, and these are iuran's own columns, never a look-alike of one it reads.
 */
const REJECTS_COLUMNS: ReadonlySet<string> = new Set(
  LANGS.flatMap((lang) => (["rejects.file", "rejects.line", "rejects.error"] as const).map((key) => labelKey(tIn(lang, key)))),
);

/** Abbreviations of Indonesian headers, read as the word they stand for: "Jml Bln" is "jumlah bulan". */
const ABBREVIATIONS: Record<string, string> = { bln: "bulan", jml: "jumlah", jmlh: "jumlah", no: "nomor", nmr: "nomor", kec: "kecamatan", kel: "kelurahan", pend: "pendapatan", tgl: "tanggal" };
/**
 * Words a header may add to a column's name without changing what it holds: a unit, "per month", "amount of".
 * "Nominal Penghasilan" and "Penghasilan per Bulan (Rp)" are income; "Penghasilan Kotor" is not (gross is not declared).
 */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(["rp", "rupiah", "idr", "per", "perbulan", "bulan", "bulanan", "nominal", "nilai", "besar", "besaran", "jumlah", "total", "dalam", "yang", "dilaporkan", "ktp", "e"]);

function headerWords(text: string): string[] {
  return labelWords(text).map((word) => ABBREVIATIONS[word] ?? word);
}

const ALIAS_WORDS = Object.fromEntries(
  Object.entries(ROSTER_COLUMNS).map(([column, aliases]) => [column, aliases.map(headerWords)]),
) as Record<RosterColumn, string[][]>;
/** Every word of every alias of a column: "Gaji/Upah" names wage twice, which is still wage. */
const COLUMN_WORDS = Object.fromEntries(
  Object.entries(ALIAS_WORDS).map(([column, aliases]) => [column, new Set(aliases.flat())]),
) as Record<RosterColumn, Set<string>>;

/** The canonical column a header or --by name stands for exactly, if any. */
export function canonicalColumn(name: string): RosterColumn | undefined {
  const key = labelKey(name);
  if (key === "") return undefined;
  for (const [column, aliases] of Object.entries(ALIAS_WORDS)) {
    if (aliases.some((words) => words.join("") === key || labelKey(words.join(" ")) === key)) return column as RosterColumn;
  }
  // "No. KTP" and "Nomor KTP" are one header once abbreviations are read.
  const expanded = headerWords(name).join("");
  for (const [column, aliases] of Object.entries(ALIAS_WORDS)) {
    if (aliases.some((words) => words.join("") === expanded)) return column as RosterColumn;
  }
  return undefined;
}

/** The headers another file may use for a grouping column (a potential or weights file keyed by district…). */
export function columnAliases(name: string): readonly string[] {
  const column = canonicalColumn(name);
  return column ? ROSTER_COLUMNS[column].map(labelKey) : [];
}

/**
 * The name a --by column goes by in reports: "month", a canonical column, or the name as given. A header the user
 * mapped (--map nik="ID Warga" --by "ID Warga") is its column, so a NIK column is grouped and masked as the NIK.
 */
export function groupColumnName(name: string, columnMap: ReadonlyMap<RosterColumn, string> = new Map()): string {
  if (MONTH_NAMES.includes(labelKey(name))) return MONTH_COLUMN;
  for (const [column, header] of columnMap) if (labelKey(header) === labelKey(name)) return column;
  return canonicalColumn(name) ?? name;
}

/** How a header's words relate to a column: its name with qualifiers only (read), or with other words (look-alike). */
function wordMatch(words: readonly string[], column: RosterColumn): "read" | "lookalike" | undefined {
  let best: "read" | "lookalike" | undefined;
  for (const alias of ALIAS_WORDS[column]) {
    if (!alias.every((word) => words.includes(word))) continue;
    const rest = words.filter((word) => !alias.includes(word));
    if (rest.every((word) => QUALIFIER_WORDS.has(word) || COLUMN_WORDS[column].has(word))) return "read";
    best = "lookalike";
  }
  return best;
}

export interface HeaderProblem {
  code: InputErrorCode;
  message: string;
}

export interface HeaderMapping {
  columns: Map<RosterColumn, number>;
  /** Headers read by their words rather than an exact name ("Nominal Penghasilan" as income), for a note. */
  readByWords: { header: string; column: RosterColumn }[];
}

/** Maps headers to canonical columns (--map first, then exact aliases, then words), or says what is wrong. */
export function mapHeader(header: readonly string[], columnMap: ReadonlyMap<RosterColumn, string>): HeaderMapping | HeaderProblem {
  const columns = new Map<RosterColumn, number>();
  const mappedHeaders = new Map([...columnMap].map(([column, name]) => [labelKey(name), column]));
  for (const [column, name] of columnMap) {
    if (!header.some((field) => labelKey(field) === labelKey(name))) {
      return { code: "MISSING_COLUMN", message: t("roster.mapNotFound", { column, name, quoted: quoteCell(name), header: headerList(header) }) };
    }
  }
  for (const [index, name] of header.entries()) {
    const key = labelKey(name);
    // A header the user mapped goes to its column; a column the user mapped takes no other header by alias.
    const column = mappedHeaders.get(key) ?? canonicalColumn(name);
    if (!column || (columnMap.has(column) && !mappedHeaders.has(key))) continue;
    if (columns.has(column)) {
      return { code: "DUPLICATE_COLUMN", message: t("roster.duplicateColumn", { first: quoteCell(header[columns.get(column)!]!), second: quoteCell(name), column }) };
    }
    columns.set(column, index);
  }
  // Headers not read by name are read by their words when exactly one of them names a column iuran lacks.
  const readByWords: HeaderMapping["readByWords"] = [];
  const taken = new Set(columns.values());
  for (const column of Object.keys(ROSTER_COLUMNS) as RosterColumn[]) {
    if (columns.has(column)) continue;
    const candidates = header.flatMap((name, index) => (!taken.has(index) && wordMatch(headerWords(name), column) === "read" ? [index] : []));
    if (candidates.length !== 1) continue;
    columns.set(column, candidates[0]!);
    taken.add(candidates[0]!);
    readByWords.push({ header: header[candidates[0]!]!, column });
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length === 0) return { columns, readByWords };
  if (header.every((name) => name.trim() === "")) return { code: "MISSING_COLUMN", message: t("roster.empty") };
  const accepted = missing.map((column) => t("roster.requiredColumn", { column, examples: REQUIRED_EXAMPLES[column]! }));
  const suggestions = missing.flatMap((column) => {
    const closest = closestHeader(header, column);
    return closest === undefined ? [] : [t("roster.closestHeader", { column, header: quoteCell(closest), name: closest })];
  });
  return {
    code: "MISSING_COLUMN",
    message: [t("roster.missingRequired", { columns: accepted, header: headerList(header) }), ...suggestions].join("; "),
  };
}

/** A header as messages list it: each name quoted and cut, at most 20 names. */
export function headerList(header: readonly string[]): string {
  const shown = header.slice(0, 20).map((name) => quoteCell(name, 40));
  return header.length > 20 ? `${shown.join(", ")}, ${t("roster.moreColumns", { count: header.length })}` : shown.join(", ");
}

/**
 * Headers iuran does not read that could hold a column it would (a typing slip, other words around a column's name):
 * without a word, a roster's incomes could be priced at the default. Only columns not read already are looked for.
 */
export function unreadLookalikes(file: string, header: readonly string[], columns: ReadonlyMap<RosterColumn, number>): Warning[] {
  const read = new Set(columns.values());
  const warnings: Warning[] = [];
  for (const column of Object.keys(ROSTER_COLUMNS) as RosterColumn[]) {
    if (columns.has(column)) continue;
    const candidates = header.filter((name, index) => !read.has(index) && !REJECTS_COLUMNS.has(labelKey(name)));
    // For a priced column, one of its own words is enough to be worth a warning ("Bln", "Anggaran", "Sumber").
    const byWords = candidates.filter((name) => wordMatch(headerWords(name), column) !== undefined || (PRICED_COLUMNS.has(column) && sharesDistinctiveWord(name, column)));
    const lookalikes = byWords.length > 0 ? byWords : [closestHeader(candidates, column)].filter((name): name is string => name !== undefined);
    if (lookalikes.length === 0) continue;
    const names = lookalikes.map((name) => quoteCell(name, 40)).join(` ${t("list.and")} `);
    const params = { file, count: lookalikes.length, names, column, first: lookalikes[0]! };
    warnings.push(warning("COLUMN_NOT_READ", PRICED_COLUMNS.has(column) ? t("roster.pricedColumnNotRead", params) : t("roster.columnNotRead", params)));
  }
  return warnings;
}

/** Words too common in headers to point at one column ("jumlah", "nomor", "per"). */
const GENERIC_WORDS: ReadonlySet<string> = new Set(["rp", "rupiah", "idr", "per", "nominal", "nilai", "besar", "besaran", "jumlah", "total", "dalam", "yang", "dilaporkan", "ktp", "e", "nomor", "oleh", "lama", "risk", "class", "tanggal"]);

/** Whether a header holds a word that, in iuran's aliases, belongs to this column ("bulan" to months and start). */
function sharesDistinctiveWord(header: string, column: RosterColumn): boolean {
  // "bulan" qualifies an income ("per bulan") but names months and the start month.
  const qualifierCounts = column === "months" || column === "start";
  return headerWords(header).some(
    (word) => !GENERIC_WORDS.has(word) && (qualifierCounts || !QUALIFIER_WORDS.has(word)) && COLUMN_WORDS[column].has(word) && word.length >= 3,
  );
}

/** The header nearest to any accepted name of a column, by edit distance, if near enough to be a typing slip. */
function closestHeader(header: readonly string[], column: RosterColumn): string | undefined {
  let best: { header: string; distance: number } | undefined;
  for (const field of header) {
    const key = labelKey(field);
    if (key === "") continue;
    for (const alias of ROSTER_COLUMNS[column]) {
      const name = labelKey(alias);
      const distance = headerDistance(key, name);
      if (distance <= Math.max(2, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = { header: field, distance };
    }
  }
  return best?.header;
}

/** Headers are short; a cell of megabytes is no header, and comparing it would take its length squared. */
function headerDistance(a: string, b: string): number {
  const gap = Math.abs(a.length - b.length);
  return gap > 10 ? gap : editDistance(a, b);
}

/**
 * Whether a row could be a worker: it holds a NIK-like cell (ten digits or more in any digit system, or a number in
 * Excel's scientific notation). Such a row is never skipped as a title; a row without one cannot be paid for anyway.
 */
export function looksLikeWorker(fields: readonly string[]): boolean {
  return fields.some((field) => NIK_LIKE.test(field) || SCIENTIFIC.test(field.trim()));
}
/** Ten digits or more in a row, in any digit system, grouped the way NIKs are written ("1303 0612…"). */
const NIK_LIKE = /\p{Nd}(?:[ .\-']?\p{Nd}){9,}/u;
const SCIENTIFIC = /^\d+([.,]\d+)?[eE]\+?\d+$/;
