// Reads the budget-document accounts (accounts.csv beside the tariffs, or the user's --accounts), validated with zod
// like the other bundled tables: every bad cell is reported with file:line:column.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DATA_STATUSES, type BudgetAccount, type DataStatus, type DocumentAccounts, type SourceCode, type VillageActivity } from "../domain/budget-document.js";
import { listCells, quoteCell } from "../domain/personal-data.js";
import { isProgram, type Program } from "../domain/program.js";
import { t } from "../text/render.js";
import { cellText, requiredCell } from "./table-cell.js";
import { parseWhole, readInputFile } from "./csv-source.js";
import { ErrorList, InvalidInput } from "./input-error.js";
import type { LoadedFile } from "./tariff-file.js";

export const BUNDLED_ACCOUNT_FILE = fileURLToPath(new URL("../data/accounts/accounts.csv", import.meta.url));

export interface LoadedAccounts {
  accounts: DocumentAccounts;
  file: LoadedFile;
}

const ROW_KINDS = ["account", "activity", "source"] as const;

function oneOf<T extends string>(choices: readonly T[]) {
  return (value: string): T | undefined => ((choices as readonly string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as T) : undefined);
}

const rowSchema = z
  .object({
    kind: requiredCell(oneOf(ROW_KINDS), "document.file.aKind"),
    program: cellText,
    code: cellText,
    name: cellText,
    uraian: cellText,
    unit: cellText,
    status: requiredCell(oneOf(DATA_STATUSES), "document.file.aStatus"),
    reference: cellText.min(1, { error: () => t("document.file.needsReference") }),
    note: cellText.default(""),
  })
  .superRefine((row, ctx) => {
    const need = (column: "code" | "name" | "uraian" | "unit") => {
      if (row[column] === "") ctx.addIssue({ code: "custom", path: [column], message: t("document.file.kindNeeds", { kind: row.kind, column }) });
    };
    if (row.kind === "account") {
      if (!isProgram(row.program.toUpperCase())) {
        ctx.addIssue({ code: "custom", path: ["program"], message: t("document.file.aProgram", { value: quoteCell(row.program) }) });
      }
      // Regional account codes are dotted digits: 5.1.02.02.02.0006.
      if (row.code !== "" && !/^\d+(\.\d+)+$/.test(row.code)) {
        ctx.addIssue({ code: "custom", path: ["code"], message: t("document.file.anAccountCode", { value: quoteCell(row.code) }) });
      }
      need("code");
      need("name");
      need("uraian");
      need("unit");
    } else if (row.kind === "activity") {
      need("name");
      need("uraian");
      need("unit");
    } else {
      if (row.code !== "" && !/^[A-Za-z][A-Za-z0-9-]{0,15}$/.test(row.code)) {
        ctx.addIssue({ code: "custom", path: ["code"], message: t("document.file.aSourceCode", { value: quoteCell(row.code) }) });
      }
      need("code");
      need("name");
    }
    if (row.status === "open" && row.note === "") {
      ctx.addIssue({ code: "custom", path: ["note"], message: t("document.file.openNeedsNote") });
    }
  });

const COLUMNS = Object.keys(rowSchema.shape);
const OPTIONAL_COLUMNS = new Set(["note"]);

/** The bundled accounts, or the user's table in their place (--accounts). */
export async function loadAccounts(userFile: string | undefined): Promise<LoadedAccounts> {
  const [path, display] = userFile === undefined ? [BUNDLED_ACCOUNT_FILE, `(bundled) ${basename(BUNDLED_ACCOUNT_FILE)}`] : [userFile, userFile];
  const bytes = await readInputFile(path);
  const accounts = readAccountTable(display, bytes);
  return { accounts, file: { file: display, sha256: createHash("sha256").update(bytes).digest("hex") } };
}

/** Reads an accounts table; every bad cell, repeated programme or code, and a missing activity is an error. */
export function readAccountTable(file: string, bytes: Uint8Array): DocumentAccounts {
  const parsed = parseWhole(file, bytes);
  if ("error" in parsed) throw new InvalidInput([parsed.error], 1);
  const [headerRecord, ...body] = parsed.records;
  const header = (headerRecord?.record ?? []).map((name) => name.trim().toLowerCase());
  const missing = COLUMNS.filter((column) => !header.includes(column) && !OPTIONAL_COLUMNS.has(column));
  if (missing.length > 0) {
    throw new InvalidInput([{ file, line: 1, column: 0, code: "MISSING_COLUMN", message: t("document.file.lacksColumn", { columns: missing, found: listCells(header, ",") }) }], 1);
  }
  const errors = new ErrorList();
  const accounts: BudgetAccount[] = [];
  const sources: SourceCode[] = [];
  let activity: VillageActivity | undefined;
  const keyLines = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const raw = Object.fromEntries(COLUMNS.map((column) => [column, header.includes(column) ? (record[header.indexOf(column)] ?? "") : ""]));
    const result = rowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        errors.add({ file, line, column: header.indexOf(column) + 1, code: "INVALID_ACCOUNT", message: `${column}: ${issue.message}` });
      }
      continue;
    }
    const row = result.data;
    // One account per programme, one activity, one row per source code.
    const [key, column, shown] =
      row.kind === "account" ? [`account|${row.program.toUpperCase()}`, "program", row.program.toUpperCase()] : row.kind === "activity" ? ["activity", "kind", row.kind] : [`source|${row.code.toUpperCase()}`, "code", row.code];
    const firstLine = keyLines.get(key);
    if (firstLine !== undefined) {
      errors.add({ file, line, column: header.indexOf(column) + 1, code: "DUPLICATE_KEY", message: t("document.file.taken", { key: quoteCell(shown), line: firstLine }) });
      continue;
    }
    keyLines.set(key, line);
    const sourced = { status: row.status as DataStatus, reference: row.reference, note: row.note, file, line };
    if (row.kind === "account") accounts.push({ ...sourced, program: row.program.toUpperCase() as Program, code: row.code, name: row.name, uraian: row.uraian, unit: row.unit });
    else if (row.kind === "activity") activity = { ...sourced, code: row.code, name: row.name, uraian: row.uraian, unit: row.unit };
    else sources.push({ ...sourced, code: row.code, name: row.name });
  }
  if (errors.count === 0 && activity === undefined) {
    errors.add({ file, line: 1, column: 0, code: "INVALID_ACCOUNT", message: t("document.file.noActivity") });
  }
  if (errors.count > 0 || activity === undefined) throw new InvalidInput(errors.kept, errors.count);
  return { accounts, activity, sources };
}
