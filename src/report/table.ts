// Terminal tables: cli-table3 without lines between body rows, one rule above the totals row. At a width (a
// terminal's), tableLayout decides which columns fit and how; fittedTable draws that and says what it left out.
import chalk from "chalk";
import Table from "cli-table3";
import type { Lang } from "../text/format.js";
import { tIn } from "../text/render.js";
import { cutText, displayWidth, wrapText } from "./width.js";

export type Align = "left" | "right";

/**
 * A body row: cells, a section row across the whole table (the district above its villages), or a subtotal row
 * (the district's total under its villages), drawn bold like the totals.
 */
export type Row = readonly Cell[] | { readonly section: string } | { readonly subtotal: readonly Cell[] };

/** A row's cells: a subtotal's, or the row itself; none for a section. */
function rowCells(row: Row): readonly Cell[] | undefined {
  if ("section" in row) return undefined;
  return "subtotal" in row ? row.subtotal : row;
}

/** A cell: its text, or its text with a narrower spelling for narrow tables ("April 2022" / "2022-04"). */
export type Cell = string | { readonly text: string; readonly narrow: string };

/** With `totals`, a bold last row under a rule; without, the body alone. */
export function tableAsText(head: readonly string[], aligns: readonly Align[], body: readonly Row[], totals?: readonly string[]): string {
  const table = new Table({
    head: head.map((text) => chalk.bold(text)),
    colAligns: [...aligns],
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  // A section row is drawn over an empty row of the table's width (cli-table3's colSpan draws rules around it).
  for (const row of body) {
    if ("section" in row) table.push(head.map(() => ""));
    else if ("subtotal" in row) table.push(row.subtotal.map((cell) => chalk.bold(cellText(cell))));
    else table.push(row.map(cellText));
  }
  if (totals) table.push(totals.map((cell) => chalk.bold(cell)));
  const lines = table.toString().split("\n");
  body.forEach((row, index) => {
    if (!("section" in row)) return;
    const inner = displayWidth(lines[2 + index]!) - 4;
    lines[2 + index] = `│ ${chalk.bold(row.section)}${" ".repeat(Math.max(0, inner - displayWidth(row.section)))} │`;
  });
  // A rule under the header and above the totals, drawn from the top border; every cell is a single line.
  const rule = lines[0]!.replace("┌", "├").replace(/┬/g, "┼").replace("┐", "┤");
  if (totals && body.length > 0) lines.splice(lines.length - 2, 0, rule);
  lines.splice(2, 0, rule);
  return lines.join("\n");
}

function cellText(cell: Cell): string {
  return typeof cell === "string" ? cell : cell.text;
}

function narrowText(cell: Cell): string {
  return typeof cell === "string" ? cell : cell.narrow;
}

// ---------------------------------------------------------------------------------------------------------------
// Layout: pure arithmetic on widths.

/** What the layout needs to know of a column, in terminal columns. */
export interface ColumnSpec {
  /** Its widest cell, heading included. */
  width: number;
  /** The narrowest it may be cut to with "…" (names, labels); its width when it may not be cut. */
  minWidth: number;
  /** When cutting it is allowed: together with leaving out the columns of this priority; undefined: last of all. */
  cutPriority?: number;
  /** Its width in its narrow form (a shorter spelling, or numbered notes), when it has one. */
  narrowWidth?: number;
  /** Columns of the lowest priority are left out first, all of one priority at once; undefined: never left out. */
  priority?: number;
}

export interface ColumnFit {
  shown: boolean;
  /** Drawn in its narrow form. */
  narrow: boolean;
  /** Width of its cells, cut ones included. */
  width: number;
}

export interface TableLayout {
  columns: ColumnFit[];
  /** Columns the drawn table takes. */
  width: number;
  /** Columns the table takes with every column whole. */
  fullWidth: number;
  /** false: even the narrowest layout is wider than asked (it is drawn anyway). */
  fits: boolean;
}

/** A column's borders and padding: "│ " before each, " │" after the last. */
export function tableWidth(cellWidths: readonly number[]): number {
  return cellWidths.reduce((sum, width) => sum + width + 3, 1);
}

/**
 * Which columns a table shows at `maxWidth`, and how. Step by step, as long as the table is too wide: first narrow
 * forms (they lose nothing), lowest priority first; then the columns of the lowest priority are left out, or text
 * columns cut towards their minimum (the widest first) once their cut priority comes, each step trying narrow forms
 * again. With no width (null), or room for everything, every column is whole.
 */
export function tableLayout(columns: readonly ColumnSpec[], maxWidth: number | null): TableLayout {
  const fullWidth = tableWidth(columns.map((column) => column.width));
  const drawnWidth = (fits: readonly ColumnFit[]) => tableWidth(fits.filter((fit) => fit.shown).map((fit) => fit.width));
  const result = (fits: ColumnFit[], ok: boolean): TableLayout => ({ columns: fits, width: drawnWidth(fits), fullWidth, fits: ok });
  if (maxWidth === null || fullWidth <= maxWidth) return result(columns.map((column) => ({ shown: true, narrow: false, width: column.width })), true);

  const steps = [
    ...new Set([
      Number.NEGATIVE_INFINITY,
      ...columns.flatMap((column) => [column.priority, column.cutPriority].filter((value): value is number => value !== undefined)),
      Number.POSITIVE_INFINITY,
    ]),
  ].sort((a, b) => a - b);
  let fits: ColumnFit[] = [];
  for (const step of steps) {
    fits = columns.map((column) => ({ shown: column.priority === undefined || column.priority > step, narrow: false, width: column.width }));
    if (drawnWidth(fits) <= maxWidth) return result(fits, true);
    const narrowable = columns
      .map((column, index) => ({ column, index }))
      .filter(({ column, index }) => fits[index]!.shown && column.narrowWidth !== undefined && column.narrowWidth < column.width)
      .sort((a, b) => (a.column.priority ?? Infinity) - (b.column.priority ?? Infinity) || b.index - a.index);
    for (const [position, { column, index }] of narrowable.entries()) {
      fits[index] = { shown: true, narrow: true, width: column.narrowWidth! };
      if (drawnWidth(fits) > maxWidth) continue;
      // Narrow only what it takes: a column narrowed on the way is whole again if the table still fits.
      for (const earlier of narrowable.slice(0, position)) {
        fits[earlier.index] = { shown: true, narrow: false, width: earlier.column.width };
        if (drawnWidth(fits) > maxWidth) fits[earlier.index] = { shown: true, narrow: true, width: earlier.column.narrowWidth! };
      }
      return result(fits, true);
    }
    const cuttable = (index: number) => fits[index]!.shown && (columns[index]!.cutPriority ?? Number.POSITIVE_INFINITY) <= step && fits[index]!.width > columns[index]!.minWidth;
    const least = tableWidth(fits.flatMap((fit, index) => (fit.shown ? [cuttable(index) ? columns[index]!.minWidth : fit.width] : [])));
    if (least <= maxWidth || step === Number.POSITIVE_INFINITY) {
      // Cut the widest columns that may be cut, a column of width at a time.
      let excess = drawnWidth(fits) - maxWidth;
      while (excess > 0) {
        let widest = -1;
        fits.forEach((fit, index) => {
          if (cuttable(index) && (widest < 0 || fit.width > fits[widest]!.width)) widest = index;
        });
        if (widest < 0) break;
        fits[widest] = { ...fits[widest]!, width: fits[widest]!.width - 1 };
        excess--;
      }
      return result(fits, excess <= 0);
    }
  }
  return result(fits, false);
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing a table at a width.

export interface TableColumn {
  heading: string;
  align: Align;
  /** Left out when the table does not fit, lowest first (all of one priority together); undefined: always shown. */
  priority?: number;
  /** A text column that may be cut to this many columns with "…" when the table does not fit, */
  minWidth?: number;
  /** from when the columns of this priority are left out (undefined: only when nothing else can go). */
  cutPriority?: number;
  /** Which end of a cut text stays: the start (names), or the end (file paths). */
  keep?: "start" | "end";
  /** Long texts (legal references) that move into numbered notes under the table when the column does not fit. */
  notes?: boolean;
}

export interface FittedTable {
  /** The table, then the numbered notes and a line naming the columns left out, each wrapped at the width. */
  text: string;
  layout: TableLayout;
}

/**
 * A table at `width` columns (null: the full table, exactly as tableAsText draws it). Columns that do not fit are
 * left out by priority and named under the table with their totals, so no figure silently disappears.
 */
export function fittedTable(
  columns: readonly TableColumn[],
  body: readonly Row[],
  totals: readonly string[] | undefined,
  width: number | null,
  lang: Lang,
): FittedTable {
  const rows = body.flatMap((row) => {
    const cells = rowCells(row);
    return cells ? [cells] : [];
  });
  // Notes: each distinct text of a notes column gets a number, in order of first appearance.
  const noteNumbers = new Map<string, number>();
  const marker = (text: string) => {
    if (text === "") return "";
    if (!noteNumbers.has(text)) noteNumbers.set(text, noteNumbers.size + 1);
    return `[${noteNumbers.get(text)}]`;
  };
  const cellsOf = (index: number) => [...rows.map((row) => row[index]!), ...(totals ? [totals[index]!] : [])];
  const specs: ColumnSpec[] = columns.map((column, index) => {
    const cells = cellsOf(index);
    const wide = Math.max(displayWidth(column.heading), ...cells.map((cell) => displayWidth(cellText(cell))));
    const narrowCells = column.notes ? cells.map((cell) => marker(cellText(cell))) : cells.map(narrowText);
    const narrow = Math.max(displayWidth(column.heading), ...narrowCells.map(displayWidth));
    return {
      width: wide,
      minWidth: column.minWidth === undefined ? wide : Math.min(wide, Math.max(column.minWidth, displayWidth(column.heading))),
      ...(narrow < wide ? { narrowWidth: narrow } : {}),
      ...(column.priority === undefined ? {} : { priority: column.priority }),
      ...(column.cutPriority === undefined ? {} : { cutPriority: column.cutPriority }),
    };
  });
  noteNumbers.clear();
  const layout = tableLayout(specs, width);
  const shown = columns.flatMap((column, index) => (layout.columns[index]!.shown ? [{ column, index, fit: layout.columns[index]! }] : []));
  const shape = (cell: Cell, column: TableColumn, fit: ColumnFit) => {
    const text = fit.narrow ? (column.notes ? marker(cellText(cell)) : narrowText(cell)) : cellText(cell);
    return displayWidth(text) > fit.width ? cutText(text, fit.width, column.keep === "end" ? "end" : "start") : text;
  };
  const inner = tableWidth(shown.map(({ fit }) => fit.width)) - 4;
  const drawnCells = (cells: readonly Cell[]) => shown.map(({ column, index, fit }) => shape(cells[index]!, column, fit));
  const drawnBody: Row[] = body.map((row) => {
    if ("section" in row) return { section: width === null ? row.section : cutText(row.section, inner) };
    return "subtotal" in row ? { subtotal: drawnCells(row.subtotal) } : drawnCells(row);
  });
  const drawnTotals = totals && shown.map(({ column, index, fit }) => shape(totals[index]!, column, fit));
  const table = tableAsText(
    shown.map(({ column }) => column.heading),
    shown.map(({ column }) => column.align),
    drawnBody,
    drawnTotals,
  );

  const under: string[] = [];
  for (const { column, fit } of shown) {
    if (!(fit.narrow && column.notes)) continue;
    under.push(`${column.heading}:`, ...[...noteNumbers].map(([text, number]) => wrapText(`  [${number}] ${text}`, width, 6)));
  }
  const leftOut = columns.flatMap((column, index) => (layout.columns[index]!.shown ? [] : [{ column, total: totals?.[index] ?? "" }]));
  if (leftOut.length > 0) {
    const named = leftOut.map(({ column, total }) => (total === "" ? column.heading : tIn(lang, "layout.columnWithTotal", { column: column.heading, total })));
    under.push(wrapText(tIn(lang, "layout.columnsLeftOut", { width: width ?? layout.fullWidth, columns: named, needed: layout.fullWidth }), width));
  }
  return { text: [table, ...under].join("\n"), layout };
}

/**
 * The first of several shapes of one table (wide to narrow) that fits with every column whole; else the last one
 * fitted as well as it can be. A renderer offers, say, district and village side by side, then villages under their
 * district.
 */
export function firstFitting(shapes: readonly (() => FittedTable)[]): FittedTable {
  for (const [index, shape] of shapes.entries()) {
    const fitted = shape();
    const whole = fitted.layout.columns.every((fit) => fit.shown && !fit.narrow) && fitted.layout.width === fitted.layout.fullWidth;
    if (whole || index === shapes.length - 1) return fitted;
  }
  throw new Error("firstFitting needs at least one shape");
}
