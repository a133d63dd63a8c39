// Reads tariff and relief tables from CSV, validated with zod; every bad cell is reported with file:line:column.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { parsePlainDecimal, parseRupiah } from "../domain/money.js";
import { parseMonth } from "../domain/month.js";
import { listCells, quoteCell } from "../domain/personal-data.js";
import { isProgram, parsePrograms } from "../domain/program.js";
import { TariffBook, type Relief, type TariffRow } from "../domain/tariff.js";
import { labelWords, parseRiskClass, parseSegment } from "../domain/worker.js";
import { t } from "../text/render.js";
import { cellText, optionalCell, requiredCell } from "./table-cell.js";
import { parseWholeInput, readInputFile, type ParsedWhole } from "./csv-source.js";
import { bundledFundingVocabulary } from "./funding-file.js";
import { ErrorList, InvalidInput } from "./input-error.js";

const BUNDLED_DIR = new URL("../data/tariffs/", import.meta.url);
export const BUNDLED_TARIFF_FILES = ["tariffs.csv", "reliefs.csv"].map((name) => fileURLToPath(new URL(name, BUNDLED_DIR)));
/** Other readings of open legal questions, shipped with iuran and named on the command line: --tariff apb-nagari-as-apbd. */
const ALTERNATIVES_DIR = new URL("alternatives/", BUNDLED_DIR);

/** The bundled alternative tariff file a --tariff NAME stands for, when NAME is no file of the user's. */
export function bundledAlternative(name: string): string | undefined {
  if (!/^[a-z0-9-]+(\.csv)?$/.test(name) || existsSync(name)) return undefined;
  const path = fileURLToPath(new URL(name.endsWith(".csv") ? name : `${name}.csv`, ALTERNATIVES_DIR));
  return existsSync(path) ? path : undefined;
}

export interface LoadedFile {
  file: string;
  sha256: string;
}

export interface LoadedTariffs {
  book: TariffBook;
  files: LoadedFile[];
}

const text = cellText;

/** What a cell should hold, named in the messages "expected …, got …". */
type Expected =
  | "tariff.aMonth"
  | "tariff.aWholeRupiah"
  | "tariff.aProgramme"
  | "tariff.aSegment"
  | "tariff.aSegmentOrBoth"
  | "tariff.aRiskClass"
  | "tariff.aBasis"
  | "tariff.aPercentage"
  | "tariff.someProgrammes"
  | "tariff.aMultiplier";

function optional<T>(parseValue: (value: string) => T | undefined, expected: Expected) {
  return optionalCell(parseValue, expected);
}

function required<T>(parseValue: (value: string) => T | undefined, expected: Expected) {
  return requiredCell(parseValue, expected);
}

function nonEmpty(message: "tariff.idEmpty" | "tariff.rowNeedsReference" | "tariff.reliefNeedsReference") {
  return text.min(1, { error: () => t(message) });
}

const rupiah = (value: string) => {
  const parsed = parseRupiah(value);
  return parsed.ok ? parsed.rupiah : undefined;
};
const monthField = required(parseMonth, "tariff.aMonth");
const optionalMonth = optional(parseMonth, "tariff.aMonth");
const optionalRupiah = optional(rupiah, "tariff.aWholeRupiah");
/** Sector names as lower-case words ("Ojek Online" → "ojek online"), matched by words (tariff.ts namesSector). */
const labels = text.transform((value) => value.split("+").map((entry) => labelWords(entry).join(" ")).filter((entry) => entry !== ""));
/** Funding categories named by any of their spellings ("APBD+APB Nagari"); a spelling iuran cannot place is refused. */
const fundingCategories = text.transform((value, ctx) => {
  const vocabulary = bundledFundingVocabulary();
  const names: string[] = [];
  for (const spelling of value.split("+").filter((part) => part.trim() !== "")) {
    const reading = vocabulary.resolve(spelling);
    if (!reading.ok) {
      ctx.addIssue({ code: "custom", message: t("funding.refused", { value: quoteCell(spelling.trim()), reason: reading.reason }) });
      return z.NEVER;
    }
    if (!names.includes(reading.source)) names.push(reading.source);
  }
  return names;
});

const tariffSchema = z
  .object({
    id: nonEmpty("tariff.idEmpty"),
    program: required((value) => (isProgram(value.toUpperCase()) ? value.toUpperCase() : undefined), "tariff.aProgramme"),
    segment: required(parseSegment, "tariff.aSegment"),
    risk_class: optional(parseRiskClass, "tariff.aRiskClass"),
    basis: required((value) => (value === "percent" || value === "flat" ? value : undefined), "tariff.aBasis"),
    rate_percent: optional(parsePlainDecimal, "tariff.aPercentage"),
    flat_amount: optionalRupiah,
    income_floor: optionalRupiah,
    income_ceiling: optionalRupiah,
    wage_cap: optionalRupiah,
    effective_from: monthField,
    effective_to: optionalMonth,
    reference: nonEmpty("tariff.rowNeedsReference"),
  })
  .superRefine((row, ctx) => {
    if (row.basis === "percent" && row.rate_percent === null) {
      ctx.addIssue({ code: "custom", path: ["rate_percent"], message: t("tariff.percentNeedsRate") });
    }
    if (row.basis === "flat" && row.flat_amount === null) {
      ctx.addIssue({ code: "custom", path: ["flat_amount"], message: t("tariff.flatNeedsAmount") });
    }
    if (row.effective_to !== null && row.effective_to < row.effective_from) {
      ctx.addIssue({ code: "custom", path: ["effective_to"], message: t("tariff.endsBeforeStart") });
    }
    if (row.income_floor !== null && row.income_ceiling !== null && row.income_ceiling < row.income_floor) {
      ctx.addIssue({ code: "custom", path: ["income_ceiling"], message: t("tariff.ceilingBelowFloor") });
    }
  });

const reliefSchema = z
  .object({
    id: nonEmpty("tariff.idEmpty"),
    programs: required((value) => {
      const parsed = parsePrograms(value);
      return parsed.ok ? parsed.programs : undefined;
    }, "tariff.someProgrammes"),
    segment: optional(parseSegment, "tariff.aSegmentOrBoth"),
    sectors: labels,
    excluded_sectors: labels,
    excluded_funding: fundingCategories,
    disputed_funding: fundingCategories,
    alternative: text.default(""),
    multiplier: required(parsePlainDecimal, "tariff.aMultiplier"),
    effective_from: monthField,
    effective_to: optionalMonth,
    reference: nonEmpty("tariff.reliefNeedsReference"),
    condition: text.default(""),
    condition_id: text.default(""),
  })
  .superRefine((row, ctx) => {
    if (row.multiplier.greaterThan(1)) {
      ctx.addIssue({ code: "custom", path: ["multiplier"], message: t("tariff.multiplierAboveOne") });
    }
    if (row.effective_to !== null && row.effective_to < row.effective_from) {
      ctx.addIssue({ code: "custom", path: ["effective_to"], message: t("tariff.endsBeforeStart") });
    }
  });

type Kind = "tariff" | "relief";
const COLUMNS: Record<Kind, readonly string[]> = {
  tariff: Object.keys(tariffSchema.shape),
  relief: Object.keys(reliefSchema.shape),
};
const OPTIONAL_COLUMNS = new Set(["condition", "condition_id", "disputed_funding", "alternative"]);

/** Loads the bundled tables (unless left out) and then each user file, later files overriding earlier ones. */
export async function loadTariffs(userFiles: readonly string[], withBundled: boolean): Promise<LoadedTariffs> {
  // Both bundled tables form layer 0; user file n is layer n, so it overrides everything read before it.
  const sources = [
    ...(withBundled ? BUNDLED_TARIFF_FILES.map((path) => ({ path, display: `(bundled) ${basename(path)}`, layer: 0 })) : []),
    ...userFiles.map((path, index) => {
      const alternative = bundledAlternative(path);
      return alternative ? { path: alternative, display: `(bundled) ${basename(alternative)}`, layer: index + 1 } : { path, display: path, layer: index + 1 };
    }),
  ];
  const errors = new ErrorList();
  const rows = new Map<string, TariffRow>();
  const reliefs = new Map<string, Relief>();
  const files: LoadedFile[] = [];
  for (const { path, display, layer } of sources) {
    const bytes = await readInputFile(path);
    files.push({ file: display, sha256: createHash("sha256").update(bytes).digest("hex") });
    readTariffTable(display, await parseWholeInput(display, bytes), layer, errors, rows, reliefs);
  }
  if (errors.count === 0) {
    const built = TariffBook.build([...rows.values()], [...reliefs.values()]);
    if ("book" in built) return { book: built.book, files };
    for (const conflict of built.conflicts) {
      errors.add({ file: conflict.second.file, line: conflict.second.line, column: 0, code: "TARIFF_CONFLICT", message: conflict.message });
    }
  }
  throw new InvalidInput(errors.kept, errors.count);
}

function readTariffTable(file: string, parsed: ParsedWhole, layer: number, errors: ErrorList, rows: Map<string, TariffRow>, reliefs: Map<string, Relief>): void {
  if ("error" in parsed) {
    errors.add(parsed.error);
    return;
  }
  const [headerRecord, ...body] = parsed.records;
  const header = (headerRecord?.record ?? []).map((name) => name.trim().toLowerCase());
  const kind: Kind | undefined = header.includes("multiplier") ? "relief" : header.includes("basis") ? "tariff" : undefined;
  if (!kind) {
    errors.add({
      file,
      line: 1,
      column: 0,
      code: "MISSING_COLUMN",
      message: t("tariff.notATable", { tariffColumns: COLUMNS.tariff.join(","), reliefColumns: COLUMNS.relief.join(","), found: listCells(header, ",") }),
    });
    return;
  }
  const missing = COLUMNS[kind].filter((column) => !header.includes(column) && !OPTIONAL_COLUMNS.has(column));
  if (missing.length > 0) {
    const message = t(kind === "tariff" ? "tariff.tariffLacksColumn" : "tariff.reliefLacksColumn", { columns: missing, found: listCells(header, ",") });
    errors.add({ file, line: 1, column: 0, code: "MISSING_COLUMN", message });
    return;
  }
  const schema = kind === "tariff" ? tariffSchema : reliefSchema;
  // Within one file an id names one row; across files, a later row with the same id replaces the earlier one.
  const idLines = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const raw = Object.fromEntries(COLUMNS[kind].map((column) => [column, record[header.indexOf(column)] ?? ""]));
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        errors.add({ file, line, column: header.indexOf(column) + 1, code: "INVALID_TARIFF", message: `${column}: ${issue.message}` });
      }
      continue;
    }
    const source = { file, line, layer };
    const firstLine = idLines.get(result.data.id);
    if (firstLine !== undefined) {
      errors.add({ file, line, column: header.indexOf("id") + 1, code: "TARIFF_CONFLICT", message: t("tariff.idTaken", { id: quoteCell(result.data.id), line: firstLine }) });
      continue;
    }
    idLines.set(result.data.id, line);
    if (kind === "tariff") {
      const row = result.data as z.output<typeof tariffSchema>;
      rows.delete(row.id);
      rows.set(row.id, {
        id: row.id,
        program: row.program as TariffRow["program"],
        segment: row.segment as TariffRow["segment"],
        riskClass: row.risk_class,
        basis: row.basis as TariffRow["basis"],
        ratePercent: row.rate_percent,
        flatAmount: row.flat_amount,
        incomeFloor: row.income_floor,
        incomeCeiling: row.income_ceiling,
        wageCap: row.wage_cap,
        effectiveFrom: row.effective_from,
        effectiveTo: row.effective_to,
        reference: row.reference,
        source,
      });
    } else {
      const relief = result.data as z.output<typeof reliefSchema>;
      reliefs.delete(relief.id);
      reliefs.set(relief.id, {
        id: relief.id,
        programs: relief.programs,
        segment: relief.segment as Relief["segment"],
        sectors: relief.sectors,
        excludedSectors: relief.excluded_sectors,
        excludedFunding: relief.excluded_funding,
        disputedFunding: relief.disputed_funding,
        alternative: relief.alternative,
        multiplier: relief.multiplier,
        effectiveFrom: relief.effective_from,
        effectiveTo: relief.effective_to,
        reference: relief.reference,
        condition: relief.condition,
        conditionId: relief.condition_id || relief.condition,
        source,
      });
    }
  }
}
