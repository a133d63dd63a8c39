// The claims of one `check` run, whatever their kinds: each kind renders its claims as a section, and the sections
// are put together here into one table report, one CSV and one JSON document.
import chalk from "chalk";
import { stringify } from "csv-stringify/sync";
import { type ClaimKind, type ClaimStatus } from "../domain/claim-status.js";
import { tIn } from "../text/render.js";
import { metaAsJson, type RunContext } from "./meta.js";
import { notesAsText } from "./notes.js";
import { wrapText } from "./width.js";

/** One claim as every output carries it. */
export interface SectionClaim {
  label: string;
  status: ClaimStatus;
  /** The kind's CSV cells, by column name: plain machine values (digits, codes), never sentences. */
  csv: Readonly<Record<string, string>>;
  /** The kind's JSON fields (besides label, kind and status), in camelCase as the other reports; `explanation` under --explain. */
  json: Readonly<Record<string, unknown>>;
}

/** The claims of one kind, in the order they were read, and how that kind shows them. */
export interface ClaimSection {
  kind: ClaimKind;
  claims: readonly SectionClaim[];
  /** The kind's CSV columns, after label, kind and status. */
  csvColumns: readonly string[];
  /** The section as a person reads it: its table, the lines that explain each claim and any --explain arithmetic, fitted to the width. */
  lines(context: RunContext): string[];
  /** JSON meta fields of this kind (constants its figures depend on), merged into `meta`. */
  meta?: Readonly<Record<string, unknown>>;
}

/** A claim's status for people, coloured; the same words in every kind's table. */
export function statusText(status: ClaimStatus, lang: RunContext["lang"]): string {
  const text = tIn(lang, STATUS_KEY[status]);
  return status === "OK" ? chalk.green(text) : status === "MISMATCH" ? chalk.red(text) : chalk.yellow(text);
}

const STATUS_KEY = {
  OK: "report.check.statusOk",
  MISMATCH: "report.check.statusMismatch",
  "INCONSISTENT-PRECISION": "report.check.statusInconsistentPrecision",
} as const;

export function claimsAsTable(sections: readonly ClaimSection[], context: RunContext): string {
  const fit = (text: string) => wrapText(text, context.width);
  const body = sections.flatMap((section) => section.lines(context));
  // Tariffs and rounding are noted only when some claim was priced: a coverage or count claim uses neither.
  const notes = context.tariffs.length > 0 ? [notesAsText(context)] : [];
  return [fit(chalk.bold(tIn(context.lang, "report.check.title"))), ...body, ...notes, ""].join("\n");
}

/** One row per claim: label, kind, status, then the columns of every kind present, in the order the kinds appear. */
export function claimsAsCsv(sections: readonly ClaimSection[]): string {
  const columns = [...new Set(sections.flatMap((section) => section.csvColumns))];
  const rows = sections.flatMap((section) => section.claims.map((claim) => [claim.label, section.kind, claim.status, ...columns.map((column) => claim.csv[column] ?? "")]));
  return stringify([["label", "kind", "status", ...columns], ...rows]);
}

export function claimsAsJson(sections: readonly ClaimSection[], context: RunContext): string {
  const claims = sections.flatMap((section) => section.claims.map((claim) => ({ label: claim.label, kind: section.kind, status: claim.status, ...claim.json })));
  const meta = Object.assign({ ...metaAsJson(context) }, ...sections.map((section) => section.meta ?? {}));
  const all = sections.flatMap((section) => section.claims);
  const summary = {
    claims: all.length,
    ok: countOf(all, "OK"),
    mismatches: countOf(all, "MISMATCH"),
    inconsistentPrecision: countOf(all, "INCONSISTENT-PRECISION"),
  };
  return `${JSON.stringify({ meta, claims, summary }, null, 2)}\n`;
}

function countOf(claims: readonly SectionClaim[], status: ClaimStatus): number {
  return claims.filter((claim) => claim.status === status).length;
}
