// Budget report data → terminal table, CSV or JSON. Renderers return text and write nothing.
import chalk from "chalk";
import { stringify } from "csv-stringify/sync";
import { totalOf, MONTH_COLUMN, type BudgetReport, type BudgetTotals } from "../domain/budget.js";
import { formatMonth, parseMonth } from "../domain/month.js";
import { PROGRAMS, type Program } from "../domain/program.js";
import { columnLabel, formatCount, formatMonthName, formatRupiah, label, type Lang } from "./format.js";
import { metaAsJson, type RunContext } from "./meta.js";
import { notesAsText } from "./notes.js";
import { tableAsText, type Align } from "./table.js";

function amountOf(totals: BudgetTotals, program: Program): bigint {
  return totals.amounts[PROGRAMS.indexOf(program)]!;
}

function amountsAsJson(totals: BudgetTotals, programs: readonly Program[]) {
  return Object.fromEntries(programs.map((program) => [program, amountOf(totals, program).toString()]));
}

export function budgetAsJson(report: BudgetReport, context: RunContext): string {
  const body = {
    meta: {
      ...metaAsJson(context),
      groupBy: report.groupBy,
      period: {
        start: report.firstMonth === null ? null : formatMonth(report.firstMonth),
        end: report.lastMonth === null ? null : formatMonth(report.lastMonth),
      },
    },
    groups: report.groups.map((group) => ({
      key: Object.fromEntries(report.groupBy.map((column, index) => [column, group.key[index]])),
      workers: group.workers,
      workerMonths: group.workerMonths,
      amounts: amountsAsJson(group, report.programs),
      total: totalOf(group.amounts).toString(),
    })),
    total: {
      workers: report.total.workers,
      workerMonths: report.total.workerMonths,
      amounts: amountsAsJson(report.total, report.programs),
      total: totalOf(report.total.amounts).toString(),
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** One row per group, no totals row: scripts sum, and a totals row would be counted twice. */
export function budgetAsCsv(report: BudgetReport): string {
  const header = [...report.groupBy, "workers", "worker_months", ...report.programs.map((program) => program.toLowerCase()), "total"];
  const rows = report.groups.map((group) => [
    ...group.key,
    group.workers,
    group.workerMonths,
    ...report.programs.map((program) => amountOf(group, program).toString()),
    totalOf(group.amounts).toString(),
  ]);
  return stringify([header, ...rows]);
}

function groupCell(column: string, value: string, lang: Lang): string {
  if (value === "") return label("blank", lang);
  if (column === MONTH_COLUMN) {
    const month = parseMonth(value);
    return month === undefined ? value : formatMonthName(month, lang);
  }
  return value;
}

export function budgetAsTable(report: BudgetReport, context: RunContext, source: string): string {
  const { lang } = context;
  const numberColumns = ["workers", "workerMonths", ...report.programs, "total"];
  const keyColumns = report.groupBy.length > 0 ? report.groupBy : [""];
  const head = [
    ...keyColumns.map((column) => columnLabel(column, lang)),
    label("workers", lang),
    label("workerMonths", lang),
    ...report.programs,
    label("total", lang),
  ];
  const aligns: Align[] = [...keyColumns.map(() => "left" as const), ...numberColumns.map(() => "right" as const)];
  const numbers = (totals: BudgetTotals) => [
    formatCount(totals.workers, lang),
    formatCount(totals.workerMonths, lang),
    ...report.programs.map((program) => formatRupiah(amountOf(totals, program), lang)),
    formatRupiah(totalOf(totals.amounts), lang),
  ];
  const body =
    report.groupBy.length === 0
      ? []
      : report.groups.map((group) => [...report.groupBy.map((column, index) => groupCell(column, group.key[index]!, lang)), ...numbers(group)]);
  const totals = [label("total", lang), ...keyColumns.slice(1).map(() => ""), ...numbers(report.total)];
  const table = tableAsText(head, aligns, body, totals);

  const period =
    report.firstMonth === null || report.lastMonth === null
      ? ""
      : `${label("period", lang)}: ${formatMonthName(report.firstMonth, lang)} – ${formatMonthName(report.lastMonth, lang)} (${report.lastMonth - report.firstMonth + 1} ${label("months", lang)})`;
  return [chalk.bold(label("budgetTitle", lang)), period, source, table, notesAsText(context), ""].join("\n");
}
