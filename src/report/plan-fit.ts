// Plans that fit: the figures of a shortfall (what a budget funds of a plan, and what the whole plan would cost) as a
// block under a table, and the payers of a shared budget as a table, CSV rows and JSON.
import { stringify } from "csv-stringify/sync";
import { totalOf, type BudgetReport, type BudgetTotals } from "../domain/budget.js";
import { PROGRAMS } from "../domain/program.js";
import { safeInline } from "../domain/personal-data.js";
import { tIn } from "../text/render.js";
import { formatCount, formatRupiah, type Lang } from "./format.js";
import type { ExtraColumn } from "./budget.js";
import type { RecordField } from "./record.js";
import { fittedTable, tableAsText, type TableColumn } from "./table.js";

/** Two columns, label and figure, without a header: the figures of a shortfall under the plan that fits. */
export function fieldsAsBlock(title: string, fields: readonly RecordField[]): string {
  const table = tableAsText(["", ""], ["left", "right"], fields.map((field) => [field.label, field.text]));
  const lines = table.split("\n");
  return [title, lines[0]!, ...lines.slice(3)].join("\n");
}

export function fieldsAsJson(fields: readonly RecordField[]): Record<string, string | number | null> {
  return Object.fromEntries(fields.map((field) => [field.name, field.json]));
}

/** One payer's part of a shared budget: its funding category, workers, worker-months and amounts. */
export interface PayerTotals extends BudgetTotals {
  payer: string;
  /** The share as written ("70", "2/3"). */
  share: string;
}

export function payersAsJson(payers: readonly PayerTotals[], report: BudgetReport, roundUp: string | undefined) {
  return {
    ...(roundUp === undefined ? {} : { shareRoundUp: roundUp }),
    payers: payers.map((payer) => ({
      payer: payer.payer,
      share: payer.share,
      workers: payer.workers,
      workerMonths: payer.workerMonths,
      amounts: Object.fromEntries(report.programs.map((program) => [program, payer.amounts[PROGRAMS.indexOf(program)]!.toString()])),
      total: totalOf(payer.amounts).toString(),
    })),
  };
}

export function payersAsTable(payers: readonly PayerTotals[], report: BudgetReport, lang: Lang, width: number | null): string {
  const columns: TableColumn[] = [
    { heading: tIn(lang, "planFit.share.payer"), align: "left", minWidth: 10, cutPriority: 0 },
    { heading: tIn(lang, "planFit.share.share"), align: "right", priority: 1 },
    { heading: tIn(lang, "report.label.workers"), align: "right" },
    { heading: tIn(lang, "report.label.workerMonths"), align: "right", priority: 1 },
    { heading: tIn(lang, "report.label.total"), align: "right" },
  ];
  const body = payers.map((payer) => [
    safeInline(payer.payer, false),
    payer.share,
    formatCount(payer.workers, lang),
    formatCount(payer.workerMonths, lang),
    formatRupiah(totalOf(payer.amounts), lang),
  ]);
  const totals = [tIn(lang, "report.label.total"), "", formatCount(report.total.workers, lang), formatCount(report.total.workerMonths, lang), formatRupiah(totalOf(report.total.amounts), lang)];
  return fittedTable(columns, body, totals, width, lang).text;
}

/** The CSV-only column that marks payer rows; empty on the budget's own rows. */
export const PAYER_CSV_COLUMN: ExtraColumn = {
  json: "payer",
  csv: "payer",
  heading: "payer",
  inTable: false,
  forGroup: () => undefined,
  forTotal: () => undefined,
};

/**
 * Payer rows to follow the budget's CSV rows, in the same columns: the grouping columns empty, the payer's name in
 * the payer column (the last extra column), its workers, worker-months and amounts.
 */
export function payerRowsAsCsv(payers: readonly PayerTotals[], report: BudgetReport, extraColumns: readonly ExtraColumn[], marked: boolean): string {
  const rows = payers.map((payer) => [
    // Under the budget's own `row` column (--rollup), a payer's row says what it is.
    ...(marked ? ["payer"] : []),
    ...report.groupBy.map(() => ""),
    payer.workers,
    ...extraColumns.map((column) => (column === PAYER_CSV_COLUMN ? safeInline(payer.payer, false) : "")),
    payer.workerMonths,
    ...report.programs.map((program) => payer.amounts[PROGRAMS.indexOf(program)]!.toString()),
    totalOf(payer.amounts).toString(),
  ]);
  return stringify(rows);
}
