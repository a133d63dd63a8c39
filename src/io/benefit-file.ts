// Reads the benefit schedule (benefits.csv beside the tariffs, or the user's --benefits-table), validated with zod like
// the tariff tables: every bad cell is reported with file:line:column.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  BENEFIT_BASES,
  BENEFIT_EVENTS,
  BENEFIT_STATUSES,
  BenefitSchedule,
  SCHOLARSHIP_LEVELS,
  type BenefitBasis,
  type BenefitEvent,
  type BenefitRow,
  type BenefitStatus,
  type ScholarshipLevel,
} from "../domain/benefit.js";
import { parsePlainDecimal, parseRupiah } from "../domain/money.js";
import { parseMonth } from "../domain/month.js";
import { listCells, quoteCell } from "../domain/personal-data.js";
import { t } from "../text/render.js";
import { cellText, optionalCell, requiredCell } from "./table-cell.js";
import { parseWhole, parseWholeInput, readInputFile, type ParsedWhole } from "./csv-source.js";
import { ErrorList, InvalidInput } from "./input-error.js";
import type { LoadedFile } from "./tariff-file.js";

export const BUNDLED_BENEFIT_FILE = fileURLToPath(new URL("../data/benefits/benefits.csv", import.meta.url));

export interface LoadedBenefits {
  schedule: BenefitSchedule;
  file: LoadedFile;
}

const text = cellText;

type Expected =
  | "benefits.file.anEvent"
  | "benefits.file.aBasis"
  | "benefits.file.aLevel"
  | "benefits.file.aStatus"
  | "benefits.file.aWholeRupiah"
  | "benefits.file.aFactor"
  | "benefits.file.aWholeNumber"
  | "benefits.file.aMonth";

function optional<T>(parseValue: (value: string) => T | undefined, expected: Expected) {
  return optionalCell(parseValue, expected);
}

function required<T>(parseValue: (value: string) => T | undefined, expected: Expected) {
  return requiredCell(parseValue, expected);
}

function oneOf<T extends string>(choices: readonly T[]) {
  return (value: string): T | undefined => (choices as readonly string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as T) : undefined;
}

const rupiah = (value: string) => {
  const parsed = parseRupiah(value);
  return parsed.ok ? parsed.rupiah : undefined;
};
/** Months, years and children: small whole numbers, so JavaScript numbers are exact (at most 1200). */
const smallWhole = (value: string) => (/^\d{1,4}$/.test(value) && Number(value) <= 1200 ? Number(value) : undefined);

const rowSchema = z
  .object({
    id: text.min(1, { error: () => t("tariff.idEmpty") }),
    event: required(oneOf(BENEFIT_EVENTS), "benefits.file.anEvent"),
    component: text.min(1, { error: () => t("benefits.file.componentEmpty") }),
    basis: required(oneOf(BENEFIT_BASES), "benefits.file.aBasis"),
    amount: optional(rupiah, "benefits.file.aWholeRupiah"),
    factor: optional(parsePlainDecimal, "benefits.file.aFactor"),
    months: optional(smallWhole, "benefits.file.aWholeNumber"),
    years: optional(smallWhole, "benefits.file.aWholeNumber"),
    level: optional(oneOf(SCHOLARSHIP_LEVELS), "benefits.file.aLevel"),
    month_off_from: optional(smallWhole, "benefits.file.aWholeNumber"),
    month_off_to: optional(smallWhole, "benefits.file.aWholeNumber"),
    max_children: optional(smallWhole, "benefits.file.aWholeNumber"),
    min_months_paid: optional(smallWhole, "benefits.file.aWholeNumber"),
    max_months_paid: optional(smallWhole, "benefits.file.aWholeNumber"),
    effective_from: required(parseMonth, "benefits.file.aMonth"),
    effective_to: optional(parseMonth, "benefits.file.aMonth"),
    reference: text.min(1, { error: () => t("benefits.file.needsReference") }),
    status: required(oneOf(BENEFIT_STATUSES), "benefits.file.aStatus"),
    description_id: text.min(1, { error: () => t("funding.descriptionIdEmpty") }),
    description_en: text.min(1, { error: () => t("funding.descriptionEnEmpty") }),
    note_id: text.default(""),
    note_en: text.default(""),
  })
  .superRefine((row, ctx) => {
    const need = (column: keyof typeof row) => {
      if (row[column] === null) ctx.addIssue({ code: "custom", path: [column], message: t("benefits.file.basisNeeds", { basis: row.basis, column }) });
    };
    const refuse = (column: keyof typeof row) => {
      if (row[column] !== null) ctx.addIssue({ code: "custom", path: [column], message: t("benefits.file.basisRefuses", { basis: row.basis, column }) });
    };
    switch (row.basis as BenefitBasis) {
      case "flat":
        need("amount");
        break;
      case "monthly-flat":
        need("amount");
        need("months");
        break;
      case "times-income":
        need("factor");
        refuse("amount");
        break;
      case "percent-of-income-monthly":
        need("factor");
        need("month_off_from");
        refuse("amount");
        break;
      case "per-year":
        need("amount");
        need("years");
        need("level");
        break;
      case "unlimited":
        refuse("amount");
        refuse("factor");
        break;
    }
    if (row.month_off_from !== null && row.month_off_from < 1) {
      ctx.addIssue({ code: "custom", path: ["month_off_from"], message: t("benefits.file.monthOffFromOne") });
    }
    if (row.month_off_from !== null && row.month_off_to !== null && row.month_off_to < row.month_off_from) {
      ctx.addIssue({ code: "custom", path: ["month_off_to"], message: t("benefits.file.monthOffBackwards") });
    }
    if (row.effective_to !== null && row.effective_to < row.effective_from) {
      ctx.addIssue({ code: "custom", path: ["effective_to"], message: t("tariff.endsBeforeStart") });
    }
    if (row.status !== "verified" && row.note_en === "") {
      ctx.addIssue({ code: "custom", path: ["note_en"], message: t("benefits.file.unconfirmedNeedsNote", { status: row.status }) });
    }
    if (row.status !== "verified" && row.note_id === "") {
      ctx.addIssue({ code: "custom", path: ["note_id"], message: t("benefits.file.unconfirmedNeedsNote", { status: row.status }) });
    }
  });

const COLUMNS = Object.keys(rowSchema.shape);
const OPTIONAL_COLUMNS = new Set(["note_id", "note_en"]);

/** The bundled schedule, or the user's table in its place (--benefits-table). */
export async function loadBenefits(userFile: string | undefined): Promise<LoadedBenefits> {
  const [path, display] = userFile === undefined ? [BUNDLED_BENEFIT_FILE, `(bundled) ${basename(BUNDLED_BENEFIT_FILE)}`] : [userFile, userFile];
  const bytes = await readInputFile(path);
  const schedule = benefitTableOf(display, await parseWholeInput(display, bytes));
  return { schedule, file: { file: display, sha256: createHash("sha256").update(bytes).digest("hex") } };
}

/** Reads a benefit table; every bad cell, repeated id and overlapping row is an error with file:line:column. */
export function readBenefitTable(file: string, bytes: Uint8Array): BenefitSchedule {
  return benefitTableOf(file, parseWhole(file, bytes));
}

/** A benefit table as parsed from CSV or from a workbook. */
function benefitTableOf(file: string, parsed: ParsedWhole): BenefitSchedule {
  if ("error" in parsed) throw new InvalidInput([parsed.error], 1);
  const [headerRecord, ...body] = parsed.records;
  const header = (headerRecord?.record ?? []).map((name) => name.trim().toLowerCase());
  const missing = COLUMNS.filter((column) => !header.includes(column) && !OPTIONAL_COLUMNS.has(column));
  if (missing.length > 0) {
    throw new InvalidInput([{ file, line: 1, column: 0, code: "MISSING_COLUMN", message: t("benefits.file.lacksColumn", { columns: missing, found: listCells(header, ",") }) }], 1);
  }
  const errors = new ErrorList();
  const rows: BenefitRow[] = [];
  const idLines = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const raw = Object.fromEntries(COLUMNS.map((column) => [column, header.includes(column) ? (record[header.indexOf(column)] ?? "") : ""]));
    const result = rowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        errors.add({ file, line, column: header.indexOf(column) + 1, code: "INVALID_BENEFIT", message: `${column}: ${issue.message}` });
      }
      continue;
    }
    const row = result.data;
    const firstLine = idLines.get(row.id);
    if (firstLine !== undefined) {
      errors.add({ file, line, column: header.indexOf("id") + 1, code: "DUPLICATE_KEY", message: t("tariff.idTaken", { id: quoteCell(row.id), line: firstLine }) });
      continue;
    }
    idLines.set(row.id, line);
    rows.push({
      id: row.id,
      event: row.event as BenefitEvent,
      component: row.component,
      basis: row.basis as BenefitBasis,
      amount: row.amount,
      factor: row.factor,
      months: row.months,
      years: row.years,
      level: row.level as ScholarshipLevel | null,
      monthOffFrom: row.month_off_from,
      monthOffTo: row.month_off_to,
      maxChildren: row.max_children,
      minMonthsPaid: row.min_months_paid,
      maxMonthsPaid: row.max_months_paid,
      effectiveFrom: row.effective_from,
      effectiveTo: row.effective_to,
      reference: row.reference,
      status: row.status as BenefitStatus,
      descriptionId: row.description_id,
      descriptionEn: row.description_en,
      noteId: row.note_id,
      noteEn: row.note_en,
      source: { file, line, layer: 0 },
    });
  }
  if (errors.count === 0) {
    const built = BenefitSchedule.build(rows);
    if ("schedule" in built) return built.schedule;
    for (const { first, second } of built.conflicts) {
      errors.add({
        file,
        line: second.source.line,
        column: header.indexOf("effective_from") + 1,
        code: "INVALID_BENEFIT",
        message: t("benefits.file.rowsOverlap", { first: quoteCell(first.id), second: quoteCell(second.id), line: first.source.line }),
      });
    }
  }
  throw new InvalidInput(errors.kept, errors.count);
}
