// Subtotals of a nested grouping: `--by kecamatan,nagari` adds each kecamatan's subtotal under its nagari. Worked
// out from a budget report's groups alone, exactly (bigint), so the subtotals add up to the grand total by
// construction and never need the roster again.
import { emptyAmounts, type ProgramAmounts } from "./contribution.js";
import { MONTH_COLUMN, type BudgetGroup, type BudgetReport } from "./budget.js";

export interface BudgetSubtotal {
  /** The values of the grouping columns down to the rollup column: a prefix of its groups' keys. */
  key: readonly string[];
  /**
   * Workers in its groups; null when a month column lies below the rollup column, since a worker counted in each
   * month he is covered would be counted several times (the distinct count is not in the groups).
   */
  workers: number | null;
  workerMonths: number;
  amounts: ProgramAmounts;
  /** How many groups it adds up. */
  groups: number;
}

export interface BudgetRollup {
  /** The grouping column the subtotals are taken at. */
  column: string;
  /** How many grouping columns a subtotal's key has (the rollup column's place + 1). */
  depth: number;
  /** In the order of their first group in the report. */
  subtotals: readonly BudgetSubtotal[];
}

/** A report's rows in reading order: each subtotal right after the last of its groups. */
export type RollupRow = { kind: "group"; group: BudgetGroup } | { kind: "subtotal"; subtotal: BudgetSubtotal };

/**
 * The column subtotals are taken at, or why there is none: it must be a grouping column with another one after it
 * (a subtotal of one group is that group).
 */
export function rollupDepth(groupBy: readonly string[], column: string): number | "notGrouped" | "lastColumn" {
  const index = groupBy.indexOf(column);
  if (index < 0) return "notGrouped";
  if (index === groupBy.length - 1) return "lastColumn";
  return index + 1;
}

function prefixId(key: readonly string[], depth: number): string {
  return key.slice(0, depth).join("\u001f");
}

/** Subtotals of `report` at `column`, which rollupDepth accepts (else a programming error). */
export function rollupOf(report: BudgetReport, column: string): BudgetRollup {
  const depth = rollupDepth(report.groupBy, column);
  if (typeof depth !== "number") throw new Error(`rollupOf: ${column} cannot take subtotals of ${report.groupBy.join(",")} (${depth})`);
  const workersAdd = !report.groupBy.slice(depth).includes(MONTH_COLUMN);
  const byPrefix = new Map<string, BudgetSubtotal & { amounts: ProgramAmounts }>();
  for (const group of report.groups) {
    const id = prefixId(group.key, depth);
    let subtotal = byPrefix.get(id);
    if (!subtotal) {
      subtotal = { key: group.key.slice(0, depth), workers: workersAdd ? 0 : null, workerMonths: 0, amounts: emptyAmounts(), groups: 0 };
      byPrefix.set(id, subtotal);
    }
    if (subtotal.workers !== null) subtotal.workers += group.workers;
    subtotal.workerMonths += group.workerMonths;
    for (let index = 0; index < subtotal.amounts.length; index++) subtotal.amounts[index] = subtotal.amounts[index]! + group.amounts[index]!;
    subtotal.groups++;
  }
  return { column, depth, subtotals: [...byPrefix.values()] };
}

/**
 * Groups and subtotals in reading order: the groups as the report orders them, each subtotal after the last group
 * of its key. The report sorts its groups by key, so a subtotal's groups are together; were they not, the subtotal
 * would still come once, after the last of them.
 */
export function rollupRows(report: BudgetReport, rollup: BudgetRollup): RollupRow[] {
  const lastGroup = new Map<string, number>();
  report.groups.forEach((group, index) => lastGroup.set(prefixId(group.key, rollup.depth), index));
  const subtotals = new Map(rollup.subtotals.map((subtotal) => [prefixId(subtotal.key, rollup.depth), subtotal]));
  const rows: RollupRow[] = [];
  report.groups.forEach((group, index) => {
    rows.push({ kind: "group", group });
    const id = prefixId(group.key, rollup.depth);
    if (lastGroup.get(id) === index) rows.push({ kind: "subtotal", subtotal: subtotals.get(id)! });
  });
  return rows;
}
