// How current the bundled tariff and relief tables are (`iuran --version`), read off the two CSVs themselves so the
// answer changes with the tables and never with the code; only their dates are read, so --version stays fast.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseMonth, type Month } from "../domain/month.js";
import { parseWhole } from "./csv-source.js";
import { BUNDLED_TARIFF_FILES } from "./tariff-file.js";

export interface TableCurrency {
  /** The newest effective_from of any row: the latest change the table knows of. */
  newestFrom: Month;
  /** The last month any row covers; null when some row has no end (an empty effective_to). */
  lastCovered: Month | null;
}

export interface BundledCurrency {
  tariffs: TableCurrency;
  reliefs: TableCurrency;
}

export function bundledCurrency(): BundledCurrency {
  const [tariffs, reliefs] = ["tariffs.csv", "reliefs.csv"].map((name) => {
    const file = BUNDLED_TARIFF_FILES.find((path) => basename(path) === name);
    if (file === undefined) throw new Error(`the bundled ${name} is not among the bundled tariff files`);
    return tableCurrency(file);
  });
  return { tariffs: tariffs!, reliefs: reliefs! };
}

/** The dates of one table. A bundled table that cannot be read this way is a defect of the package, not of input. */
export function tableCurrency(file: string): TableCurrency {
  const parsed = parseWhole(file, readFileSync(file));
  if ("error" in parsed) throw new Error(`${file}:${parsed.error.line}: ${parsed.error.message}`);
  const [header, ...rows] = parsed.records;
  const names = (header?.record ?? []).map((name) => name.trim().toLowerCase());
  const [fromColumn, toColumn] = [names.indexOf("effective_from"), names.indexOf("effective_to")];
  if (fromColumn < 0 || toColumn < 0) throw new Error(`${file} has no effective_from and effective_to columns`);
  let newestFrom: Month | undefined;
  let lastCovered: Month | null | undefined;
  for (const { record, info } of rows) {
    const from = parseMonth(record[fromColumn] ?? "");
    const toText = (record[toColumn] ?? "").trim();
    const to = toText === "" ? null : parseMonth(toText);
    if (from === undefined || to === undefined) throw new Error(`${file}:${info.lines}: effective_from or effective_to is no month`);
    newestFrom = newestFrom === undefined ? from : Math.max(newestFrom, from);
    lastCovered = lastCovered === null || to === null ? null : lastCovered === undefined ? to : Math.max(lastCovered, to);
  }
  if (newestFrom === undefined || lastCovered === undefined) throw new Error(`${file} has no rows`);
  return { newestFrom, lastCovered };
}
