// A claims file for `iuran check`: one published figure per row, of any kind. Each kind reads its own columns; a
// row belongs to the kind whose figures it fills in (or that its `kind` cell names), and a row that states no claim,
// or two, is an error at its line: no row is dropped.
import type { ClaimKind } from "../domain/claim-status.js";
import { safeInline } from "../domain/personal-data.js";
import { labelKey } from "../domain/worker.js";
import { t, tIn } from "../text/render.js";
import type { Lang } from "../report/format.js";
import { InvalidInput } from "./input-error.js";
import { cellOf, completeRows, optionalColumnIndex, readTable, refuseMisspeltColumns, TableErrors, type Table, type TableRow } from "./table-file.js";

/** How one kind of claim is read from a claims file. It keeps the claims it reads. */
export interface ClaimRowReader {
  kind: ClaimKind;
  /** Every column name and alias it reads: a header one slip away from one of them is refused, not ignored. */
  columnNames: readonly string[];
  /** Looks up its columns (optionalColumnIndex, so they count as read); false when the file has none of them. */
  prepare(table: Table): boolean;
  /** Whether the row fills in a figure only this kind reads: then the row is this kind's claim. */
  states(row: TableRow): boolean;
  /** Reads the row's claim under `label`, adding any errors to `errors` (the claim is then left out; the run fails). */
  read(row: TableRow, errors: TableErrors, label: string): void;
}

/** Names of the kinds in a `kind` cell, in both languages. */
const KIND_NAMES: Record<ClaimKind, readonly string[]> = {
  total: ["total", "jumlah", "iuran"],
  coverage: ["coverage", "cakupan", "persentase"],
  count: ["count", "hitungan", "jumlahpekerja"],
  ratio: ["ratio", "rasio", "rasioklaim", "claimsratio"],
};

export interface ClaimsFile {
  file: string;
  sha256: string;
  /** Claims read, all kinds together. */
  count: number;
}

export async function readClaimsFile(file: string, readers: readonly ClaimRowReader[], lang: Lang): Promise<ClaimsFile> {
  const table = await readTable(file);
  const errors = new TableErrors(table);
  const label = optionalColumnIndex(table, "label", ["keterangan", "uraian", "klaim"]);
  const kindColumn = optionalColumnIndex(table, "kind", ["jenis"]);
  const present = readers.filter((reader) => reader.prepare(table));
  refuseMisspeltColumns(table, [...["label", "keterangan", "uraian", "klaim", "kind", "jenis"], ...readers.flatMap((reader) => reader.columnNames)]);
  if (present.length === 0) {
    throw new InvalidInput([{ file: table.file, line: 1, column: 0, code: "MISSING_COLUMN", message: t("published.claimsFileNoColumns") }], 1);
  }
  let count = 0;
  for (const row of completeRows(table, errors)) {
    const named = cellOf(row, kindColumn);
    let reader: ClaimRowReader | undefined;
    if (named !== "") {
      const kind = (Object.keys(KIND_NAMES) as ClaimKind[]).find((candidate) => KIND_NAMES[candidate].includes(labelKey(named)));
      reader = present.find((candidate) => candidate.kind === kind);
      if (reader === undefined) {
        errors.add(row, kindColumn, "INVALID_CLAIM", t("published.claimsFileUnknownKind", { kind: safeInline(named, false), kinds: present.map((candidate) => candidate.kind) }));
        continue;
      }
    } else {
      const stating = present.filter((candidate) => candidate.states(row));
      if (stating.length !== 1) {
        errors.add(row, undefined, "INVALID_CLAIM", t(stating.length === 0 ? "published.claimsFileNoClaim" : "published.claimsFileTwoClaims", { kinds: (stating.length === 0 ? present : stating).map((candidate) => candidate.kind) }));
        continue;
      }
      reader = stating[0]!;
    }
    // A label is shown in every format: NIKs in it are masked, controls made visible.
    reader.read(row, errors, safeInline(cellOf(row, label), false) || tIn(lang, "planning.check.line", { line: row.line }));
    count++;
  }
  errors.throwIfAny();
  // A script gating on "check" must not pass on a file that checked nothing.
  if (count === 0) throw new InvalidInput([{ file, line: 1, column: 0, code: "MISSING_VALUE", message: t("claimsFile.empty") }], 1);
  return { file: table.file, sha256: table.sha256, count };
}

