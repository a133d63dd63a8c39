// A potential file: the number of eligible workers per key (district, village…), for coverage figures.
import { parseCount } from "../domain/count.js";
import { cellOf, columnIndex, readTable, TableErrors, type Table } from "./table-file.js";

export const POTENTIAL_ALIASES = ["potensi", "eligible", "jumlahpotensi", "pekerjarentan"];

export interface Potentials {
  table: Table;
  byKey: Map<string, number>;
}

export async function readPotentials(file: string, keyColumn: string, keyAliases: readonly string[]): Promise<Potentials> {
  const table = await readTable(file);
  const keyIndex = columnIndex(table, keyColumn, keyAliases);
  const potentialIndex = columnIndex(table, "potential", POTENTIAL_ALIASES);
  const errors = new TableErrors(table);
  const byKey = new Map<string, number>();
  for (const row of table.rows) {
    const key = cellOf(row, keyIndex);
    const parsed = parseCount(cellOf(row, potentialIndex));
    if (key === "") errors.add(row, keyIndex, "MISSING_VALUE", `${keyColumn} is empty`);
    else if (byKey.has(key)) errors.add(row, keyIndex, "DUPLICATE_KEY", `"${key}" appears twice`);
    if (!parsed.ok) errors.add(row, potentialIndex, "INVALID_COUNT", `potential "${cellOf(row, potentialIndex)}" ${parsed.reason}`);
    else if (key !== "") byKey.set(key, parsed.count);
  }
  errors.throwIfAny();
  return { table, byKey };
}
