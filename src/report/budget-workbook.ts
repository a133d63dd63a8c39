// A budget (or a plan built on one: allocate, coverage) as a workbook sheet: the rows the people's CSV (--excel) has,
// typed. Group rows are data rows; subtotal rows ("Jumlah Kamang Baru") and the totals row are marked as such, so the
// writer makes their summed cells SUM formulas over the rows above, with iuran's own figures as cached values.
import { totalOf, type BudgetReport, type BudgetTotals } from "../domain/budget.js";
import { safeData } from "../domain/personal-data.js";
import { tIn } from "../text/render.js";
import { amountOf, budgetRollup, groupCell, readingRows, subtotalLabel, subtotalTotals, type BudgetExtras, type ExtraColumn, type ExtraValue } from "./budget.js";
import { columnKind, typedCell } from "./csv-sheet.js";
import { excelHeading } from "./excel-csv.js";
import { columnLabel } from "./format.js";
import { windowLine, type RunContext } from "./meta.js";
import type { WorkbookCell, WorkbookColumn, WorkbookRow, WorkbookSheet } from "./workbook.js";

function text(value: string): WorkbookCell {
  return { kind: "text", text: value };
}

export function budgetAsSheet(report: BudgetReport, context: Pick<RunContext, "showNik" | "lang">, extras: BudgetExtras = {}, name?: string): WorkbookSheet {
  const { lang, showNik } = context;
  const extraColumns = extras.columns ?? [];
  const rollup = budgetRollup(report, extras);
  const keyCount = report.groupBy.length;
  const keyCell = (column: string, value: string): WorkbookCell => {
    const cell = groupCell(column, value, lang, false);
    // Masked as data (not made visible for a terminal): a cell holds the text as it is.
    return text(typeof cell === "string" ? (value === "" ? cell : safeData(value, showNik)) : cell.text);
  };
  const figures = (totals: BudgetTotals, extra: (column: ExtraColumn) => ExtraValue | undefined, workers: number | null = totals.workers): WorkbookCell[] => [
    workers === null ? null : { kind: "count", count: BigInt(workers) },
    ...extraColumns.map((column) => typedCell(extra(column)?.csv ?? "", columnKind(column.csv))),
    { kind: "count", count: BigInt(totals.workerMonths) },
    ...report.programs.map((program): WorkbookCell => ({ kind: "rupiah", rupiah: amountOf(totals, program) })),
    { kind: "rupiah", rupiah: totalOf(totals.amounts) },
  ];
  const rows: WorkbookRow[] = readingRows(report, rollup).map((row) => {
    if (row.kind === "group") {
      return { role: "data", cells: [...report.groupBy.map((column, index) => keyCell(column, row.group.key[index]!)), ...figures(row.group, (column) => column.forGroup(row.group))] };
    }
    const { subtotal } = row;
    const keys: WorkbookCell[] = [
      ...subtotal.key.slice(0, -1).map((value, index) => keyCell(report.groupBy[index]!, value)),
      text(subtotalLabel(report, subtotal, lang, showNik)),
      ...Array<WorkbookCell>(keyCount - subtotal.key.length).fill(null),
    ];
    return { role: "subtotal", cells: [...keys, ...figures(subtotalTotals(subtotal), () => undefined, subtotal.workers)] };
  });
  // Without a key column the one group row is the total already.
  if (keyCount > 0) {
    rows.push({
      role: "total",
      cells: [text(tIn(lang, "report.label.total")), ...Array<WorkbookCell>(keyCount - 1).fill(null), ...figures(report.total, (column) => column.forTotal(report.total))],
    });
  }
  const columns: WorkbookColumn[] = [
    ...report.groupBy.map((column): WorkbookColumn => ({ heading: safeData(columnLabel(column, lang), showNik), kind: "text", summed: false })),
    { heading: excelHeading("workers", lang), kind: "count", summed: true },
    ...extraColumns.map((column): WorkbookColumn => ({ heading: column.heading, kind: columnKind(column.csv), summed: false })),
    { heading: excelHeading("worker_months", lang), kind: "count", summed: true },
    ...report.programs.map((program): WorkbookColumn => ({ heading: program, kind: "rupiah", summed: true })),
    { heading: excelHeading("total", lang), kind: "rupiah", summed: true },
  ];
  return {
    name: name ?? tIn(lang, "workbookOut.sheet.budget"),
    columns,
    rows,
    ...(extras.window ? { notes: [windowLine(extras.window, lang)] } : {}),
  };
}
