// A potential file: the number of eligible workers per key (district, village…), for coverage figures.
import { parseCount } from "../domain/count.js";
import { quoteCell } from "../domain/personal-data.js";
import { labelKey } from "../domain/worker.js";
import { t } from "../text/render.js";
import { cellOf, columnIndex, readTable, TableErrors, type Table, completeRows } from "./table-file.js";

export const POTENTIAL_ALIASES = ["potensi", "eligible", "jumlahpotensi", "pekerjarentan"];

export interface Potentials {
  table: Table;
  /** By the key as written in the potential file. */
  byKey: Map<string, number>;
  /**
   * How keys are matched: a kecamatan or nagari by its region key ("Kec. Kamang Baru" = "KAMANG BARU"), any other
   * column without case, spaces or punctuation. The same function keys the roster's groups.
   */
  keyOf: (text: string) => string;
}

/** The potential of a group key, matched by the file's keyOf; undefined when the file has no such key. */
export function potentialOf(potentials: Potentials, key: string): number | undefined {
  return potentialIndex(potentials).get(potentials.keyOf(key));
}

const indexes = new WeakMap<Potentials, Map<string, number>>();
function potentialIndex(potentials: Potentials): Map<string, number> {
  let index = indexes.get(potentials);
  if (!index) {
    index = new Map([...potentials.byKey].map(([key, value]) => [potentials.keyOf(key), value]));
    indexes.set(potentials, index);
  }
  return index;
}

export async function readPotentials(file: string, keyColumn: string, keyAliases: readonly string[], keyOf: (text: string) => string = labelKey): Promise<Potentials> {
  const table = await readTable(file);
  const keyIndex = columnIndex(table, keyColumn, keyAliases);
  const potentialIndex = columnIndex(table, "potential", POTENTIAL_ALIASES);
  const errors = new TableErrors(table);
  const byKey = new Map<string, number>();
  const keysSeen = new Set<string>();
  for (const row of completeRows(table, errors)) {
    const key = cellOf(row, keyIndex);
    const parsed = parseCount(cellOf(row, potentialIndex));
    if (key === "") errors.add(row, keyIndex, "MISSING_VALUE", t("table.keyEmpty", { column: keyColumn }));
    else if (keysSeen.has(keyOf(key))) errors.add(row, keyIndex, "DUPLICATE_KEY", t("table.keyTwice", { key: quoteCell(key) }));
    if (key !== "") keysSeen.add(keyOf(key));
    if (!parsed.ok) errors.add(row, potentialIndex, "INVALID_COUNT", t("table.potentialRefused", { value: quoteCell(cellOf(row, potentialIndex)), reason: parsed.reason }));
    else if (key !== "") byKey.set(key, parsed.count);
  }
  errors.throwIfAny();
  return { table, byKey, keyOf };
}
