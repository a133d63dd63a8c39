// Budget report data → terminal table, CSV or JSON. Renderers return text and write nothing.
// Commands that build on a budget (allocate, coverage) add columns after the worker count and sections after the
// table, through BudgetExtras, instead of rendering their own.
import chalk from "chalk";
import { stringify } from "csv-stringify/sync";
import { totalOf, MONTH_COLUMN, type BudgetGroup, type BudgetReport, type BudgetTotals } from "../domain/budget.js";
import { formatMonth, parseMonth } from "../domain/month.js";
import { rollupOf, rollupRows, type BudgetRollup, type BudgetSubtotal, type RollupRow } from "../domain/rollup.js";
import { jsonForTerminal, safeData, safeInline, safeText } from "../domain/personal-data.js";
import { PROGRAMS, type Program } from "../domain/program.js";
import { tIn } from "../text/render.js";
import { columnLabel, formatCount, formatMonthName, formatRupiah, type Lang } from "./format.js";
import { metaAsJson, windowAsJson, windowLine, type RunContext } from "./meta.js";
import type { WindowSummary } from "../domain/window.js";
import { notesAsText } from "./notes.js";
import { firstFitting, fittedTable, type Cell, type Row, type TableColumn } from "./table.js";
import { wrapText } from "./width.js";

/** A value in an extra column, in the three forms the renderers need. */
export interface ExtraValue {
  json: string | number | null;
  csv: string;
  text: string;
}

export interface ExtraColumn {
  /** JSON field name (camelCase) and CSV column name (snake_case). */
  json: string;
  csv: string;
  heading: string;
  /** false: JSON and CSV only (the table already shows it another way). */
  inTable?: boolean;
  /** undefined: the cell stays empty (JSON null). */
  forGroup(group: BudgetGroup): ExtraValue | undefined;
  forTotal(total: BudgetTotals): ExtraValue | undefined;
}

export interface BudgetExtras {
  columns?: readonly ExtraColumn[];
  /** Added to the JSON body at the top level (e.g. explanation, expectation, rollup). */
  json?: Record<string, unknown>;
  /** Printed after the table, before the notes. */
  text?: readonly string[];
  title?: string;
  /** --year/--until: the window every worker's months were cut to, and what fell outside it. */
  window?: WindowSummary;
  /**
   * The grouping column to show subtotals at; undefined: the first column of a nested grouping (two or more
   * columns), except in the plain CSV for scripts, which has subtotal rows only when a column is named; null: none.
   */
  rollup?: string | null;
}

/** Whether the plain CSV starts each row with its kind (`row`: group, subtotal, total): only when --rollup asks. */
export function rowsMarked(report: BudgetReport, extras: BudgetExtras, forPeople = false): boolean {
  return !forPeople && typeof extras.rollup === "string" && budgetRollup(report, extras) !== undefined;
}

/** The subtotals a report shows, if any (see BudgetExtras.rollup). */
export function budgetRollup(report: BudgetReport, extras: BudgetExtras): BudgetRollup | undefined {
  if (extras.rollup === null) return undefined;
  const column = extras.rollup ?? (report.groupBy.length > 1 ? report.groupBy[0] : undefined);
  return column === undefined ? undefined : rollupOf(report, column);
}

/** Rows in reading order: groups, with each subtotal after its groups when there are subtotals. */
export function readingRows(report: BudgetReport, rollup: BudgetRollup | undefined): RollupRow[] {
  return rollup ? rollupRows(report, rollup) : report.groups.map((group) => ({ kind: "group", group }));
}

/** A subtotal's figures as the renderers take them: its amounts, and workers when they add up. */
export function subtotalTotals(subtotal: BudgetSubtotal): BudgetTotals {
  return { workers: subtotal.workers ?? 0, workerMonths: subtotal.workerMonths, amounts: subtotal.amounts };
}

// Group keys and grouping columns come from input: a NIK in them (--by nik, or a kecamatan cell holding one) is
// masked unless --show-nik, in every format; the grouping itself used the whole value. Tables and CSV also show
// control characters instead of passing them to the terminal; JSON keeps the text as data, escaped.

export function amountOf(totals: BudgetTotals, program: Program): bigint {
  return totals.amounts[PROGRAMS.indexOf(program)]!;
}

function amountsAsJson(totals: BudgetTotals, programs: readonly Program[]) {
  return Object.fromEntries(programs.map((program) => [program, amountOf(totals, program).toString()]));
}

function extrasAsJson(columns: readonly ExtraColumn[], value: (column: ExtraColumn) => ExtraValue | undefined) {
  return Object.fromEntries(columns.map((column) => [column.json, value(column)?.json ?? null]));
}

export function budgetAsJson(report: BudgetReport, context: RunContext, extras: BudgetExtras = {}): string {
  const columns = extras.columns ?? [];
  const rollup = budgetRollup(report, extras);
  const body = {
    meta: {
      ...metaAsJson(context),
      groupBy: report.groupBy.map((column) => safeData(column, context.showNik)),
      period: {
        start: report.firstMonth === null ? null : formatMonth(report.firstMonth),
        end: report.lastMonth === null ? null : formatMonth(report.lastMonth),
      },
      ...(extras.window ? { window: windowAsJson(extras.window) } : {}),
    },
    groups: report.groups.map((group) => ({
      key: Object.fromEntries(report.groupBy.map((column, index) => [safeData(column, context.showNik), safeData(group.key[index]!, context.showNik)])),
      workers: group.workers,
      ...extrasAsJson(columns, (column) => column.forGroup(group)),
      workerMonths: group.workerMonths,
      amounts: amountsAsJson(group, report.programs),
      total: totalOf(group.amounts).toString(),
    })),
    ...(rollup
      ? {
          subtotals: rollup.subtotals.map((subtotal) => ({
            key: Object.fromEntries(subtotal.key.map((value, index) => [safeData(report.groupBy[index]!, context.showNik), safeData(value, context.showNik)])),
            groups: subtotal.groups,
            workers: subtotal.workers,
            workerMonths: subtotal.workerMonths,
            amounts: amountsAsJson(subtotalTotals(subtotal), report.programs),
            total: totalOf(subtotal.amounts).toString(),
          })),
        }
      : {}),
    total: {
      workers: report.total.workers,
      ...extrasAsJson(columns, (column) => column.forTotal(report.total)),
      workerMonths: report.total.workerMonths,
      amounts: amountsAsJson(report.total, report.programs),
      total: totalOf(report.total.amounts).toString(),
    },
    ...extras.json,
  };
  return `${jsonForTerminal(JSON.stringify(body, null, 2))}\n`;
}

/**
 * For scripts: one row per group and no totals row (scripts sum, and a totals row would be counted twice). Subtotals
 * only when asked for by name (extras.rollup), since a script that sums a nested grouping's rows would count them
 * twice: then a first column `row` says what each row is (group, subtotal, total) and the totals row is added, so
 * a script keeps `row == group`. For people (--excel): the totals row, and the subtotal rows as the table has them,
 * named in the key columns ("Jumlah Kamang Baru") instead of a `row` column.
 */
export function budgetAsCsv(report: BudgetReport, context: Pick<RunContext, "showNik" | "lang">, extras: BudgetExtras = {}, forPeople = false): string {
  const columns = extras.columns ?? [];
  const rollup = forPeople || typeof extras.rollup === "string" ? budgetRollup(report, extras) : undefined;
  const marked = rowsMarked(report, extras, forPeople);
  const keyCount = report.groupBy.length;
  const figures = (totals: BudgetTotals, extra: (column: ExtraColumn) => ExtraValue | undefined, workers: number | null = totals.workers) => [
    workers ?? "",
    ...columns.map((column) => extra(column)?.csv ?? ""),
    totals.workerMonths,
    ...report.programs.map((program) => amountOf(totals, program).toString()),
    totalOf(totals.amounts).toString(),
  ];
  const keyCells = (key: readonly string[]) => key.map((value) => safeInline(value, context.showNik));
  const rows = readingRows(report, rollup).map((row) => {
    if (row.kind === "group") return [...(marked ? ["group"] : []), ...keyCells(row.group.key), ...figures(row.group, (column) => column.forGroup(row.group))];
    const { subtotal } = row;
    const keys = marked
      ? [...keyCells(subtotal.key), ...Array<string>(keyCount - subtotal.key.length).fill("")]
      : [...keyCells(subtotal.key.slice(0, -1)), subtotalLabel(report, subtotal, context.lang, context.showNik), ...Array<string>(keyCount - subtotal.key.length).fill("")];
    return [...(marked ? ["subtotal"] : []), ...keys, ...figures(subtotalTotals(subtotal), () => undefined, subtotal.workers)];
  });
  // Without a key column the one group row is the total already.
  const withTotal = marked || (forPeople && keyCount > 0);
  const totalKeys = marked ? Array<string>(keyCount).fill("") : [tIn(context.lang, "report.label.total"), ...Array<string>(Math.max(0, keyCount - 1)).fill("")];
  const total = withTotal ? [[...(marked ? ["total"] : []), ...totalKeys, ...figures(report.total, (column) => column.forTotal(report.total))]] : [];
  const header = [
    ...(marked ? ["row"] : []),
    ...report.groupBy.map((column) => safeInline(column, context.showNik)),
    "workers",
    ...columns.map((column) => column.csv),
    "worker_months",
    ...report.programs.map((program) => program.toLowerCase()),
    "total",
  ];
  return stringify([header, ...rows, ...total]);
}

/** "Jumlah Kamang Baru": a subtotal named by its own value, its month written as a month. */
export function subtotalLabel(report: BudgetReport, subtotal: BudgetSubtotal, lang: Lang, showNik: boolean): string {
  const depth = subtotal.key.length;
  const cell = groupCell(report.groupBy[depth - 1]!, subtotal.key[depth - 1]!, lang, showNik);
  return tIn(lang, "rollup.subtotal", { name: typeof cell === "string" ? cell : cell.text });
}

export function groupCell(column: string, value: string, lang: Lang, showNik: boolean): Cell {
  if (value === "") return tIn(lang, "report.label.blank");
  if (column === MONTH_COLUMN) {
    const month = parseMonth(value);
    // On a narrow terminal a month is written as in the notes: 2026-04.
    if (month !== undefined) return { text: formatMonthName(month, lang), narrow: formatMonth(month) };
  }
  return safeInline(value, showNik);
}

function indented(cell: Cell): Cell {
  return typeof cell === "string" ? `  ${cell}` : { text: `  ${cell.text}`, narrow: `  ${cell.narrow}` };
}

/** Group names are cut no shorter than this on a narrow terminal. */
const KEY_MIN_WIDTH = 12;

export function budgetAsTable(report: BudgetReport, context: RunContext, source: string, extras: BudgetExtras = {}): string {
  const { lang, width } = context;
  const columns = (extras.columns ?? []).filter((column) => column.inTable !== false);
  const keyColumns = report.groupBy.length > 0 ? report.groupBy : [""];
  const keyHeading = (column: string) => safeInline(columnLabel(column, lang), context.showNik);
  // On a narrow terminal the programmes fold into the total first, then worker-months go, then long names are cut,
  // then extra columns go, then workers; the keys and the total always show.
  const figureColumns: TableColumn[] = [
    { heading: tIn(lang, "report.label.workers"), align: "right", priority: 5 },
    ...columns.map((column): TableColumn => ({ heading: column.heading, align: "right", priority: 4 })),
    { heading: tIn(lang, "report.label.workerMonths"), align: "right", priority: 2 },
    ...report.programs.map((program): TableColumn => ({ heading: program, align: "right", priority: 1 })),
    { heading: tIn(lang, "report.label.total"), align: "right" },
  ];
  const numbers = (totals: BudgetTotals, extra: (column: ExtraColumn) => ExtraValue | undefined) => [
    formatCount(totals.workers, lang),
    ...columns.map((column) => extra(column)?.text ?? ""),
    formatCount(totals.workerMonths, lang),
    ...report.programs.map((program) => formatRupiah(amountOf(totals, program), lang)),
    formatRupiah(totalOf(totals.amounts), lang),
  ];
  const groupNumbers = (group: BudgetGroup) => numbers(group, (column) => column.forGroup(group));
  const rollup = budgetRollup(report, extras);
  const subtotalNumbers = (subtotal: BudgetSubtotal) => {
    const cells = numbers(subtotalTotals(subtotal), () => undefined);
    return subtotal.workers === null ? ["", ...cells.slice(1)] : cells;
  };
  const rows = readingRows(report, rollup);
  const totalNumbers = numbers(report.total, (column) => column.forTotal(report.total));

  // Every key side by side.
  const flat = () => {
    const body =
      report.groupBy.length === 0
        ? []
        : rows.map((row): Row => {
            if (row.kind === "group") return [...report.groupBy.map((column, index) => groupCell(column, row.group.key[index]!, lang, context.showNik)), ...groupNumbers(row.group)];
            const { key } = row.subtotal;
            // The label in the first key column under the subtotal's, which is otherwise empty there: the column of
            // names does not widen ("Tanjung Gadang" above, "Jumlah Tanjung Gadang" among its nagari).
            const keys = report.groupBy.map((column, index): Cell => {
              if (index < key.length - 1) return groupCell(column, key[index]!, lang, context.showNik);
              return index === key.length ? subtotalLabel(report, row.subtotal, lang, context.showNik) : "";
            });
            return { subtotal: [...keys, ...subtotalNumbers(row.subtotal)] };
          });
    const totals = [tIn(lang, "report.label.total"), ...keyColumns.slice(1).map(() => ""), ...totalNumbers];
    const keys = keyColumns.map((column): TableColumn => ({ heading: keyHeading(column), align: "left", minWidth: KEY_MIN_WIDTH, cutPriority: 3 }));
    return fittedTable([...keys, ...figureColumns], body, totals, width, lang);
  };
  // The last key in one column, under a line naming the others ("District: Kamang Baru" above its villages).
  const nested = () => {
    const last = report.groupBy.length - 1;
    const body: Row[] = [];
    let previous: string | undefined;
    for (const row of rows) {
      if (row.kind === "subtotal") {
        body.push({ subtotal: [subtotalLabel(report, row.subtotal, lang, context.showNik), ...subtotalNumbers(row.subtotal)] });
        continue;
      }
      const { group } = row;
      const outer = group.key.slice(0, last);
      if (previous !== outer.join("\u001f")) {
        previous = outer.join("\u001f");
        const named = outer.map((value, index) => {
          const cell = groupCell(report.groupBy[index]!, value, lang, context.showNik);
          return `${keyHeading(report.groupBy[index]!)}: ${typeof cell === "string" ? cell : cell.text}`;
        });
        body.push({ section: named.join(", ") });
      }
      body.push([indented(groupCell(report.groupBy[last]!, group.key[last]!, lang, context.showNik)), ...groupNumbers(group)]);
    }
    const key: TableColumn = { heading: keyHeading(report.groupBy[last]!), align: "left", minWidth: KEY_MIN_WIDTH, cutPriority: 3 };
    return fittedTable([key, ...figureColumns], body, [tIn(lang, "report.label.total"), ...totalNumbers], width, lang);
  };
  const table = report.groupBy.length > 1 ? firstFitting([flat, nested]) : flat();
  const workersNotAdded = rollup?.subtotals.some((subtotal) => subtotal.workers === null) ? [tIn(lang, "rollup.workersNotAdded")] : [];

  const period =
    report.firstMonth === null || report.lastMonth === null
      ? ""
      : tIn(lang, "report.budget.period", {
          from: formatMonth(report.firstMonth),
          to: formatMonth(report.lastMonth),
          months: report.lastMonth - report.firstMonth + 1,
        });
  // The source names the rosters as the user typed them.
  const heading = [chalk.bold(extras.title ?? tIn(lang, "report.budget.title")), ...(period ? [period] : []), safeText(source, context.showNik), ...(extras.window ? [windowLine(extras.window, lang)] : [])];
  const after = [...workersNotAdded, ...(extras.text ?? [])];
  return [wrapText(heading.join("\n"), width), table.text, ...after.map((text) => wrapText(text, width)), notesAsText(context), ""].join("\n");
}
