// Coverage columns for budget-shaped reports: enrolled (the workers), potential (from a file), coverage %.
import type { BudgetGroup, BudgetReport, BudgetTotals } from "../domain/budget.js";
import { COVERAGE_PLACES, coveragePercent } from "../domain/coverage.js";
import { cutCell } from "../domain/personal-data.js";
import { potentialOf, type Potentials } from "../io/potential-file.js";
import type { ExtraColumn, ExtraValue } from "./budget.js";
import { tIn } from "../text/render.js";
import { formatCount, formatFixed, type Lang } from "./format.js";

function count(value: number, lang: Lang): ExtraValue {
  return { json: value, csv: String(value), text: formatCount(value, lang) };
}

function percent(enrolled: number, potential: number | undefined, lang: Lang): ExtraValue | undefined {
  if (potential === undefined) return undefined;
  const value = coveragePercent(enrolled, potential);
  if (value === null) return undefined;
  const plain = value.toFixed(COVERAGE_PLACES);
  return { json: plain, csv: plain, text: `${formatFixed(value, COVERAGE_PLACES, lang)}%` };
}

/**
 * Enrolled, potential and coverage per group, the group's key at `keyIndex` matched against the potential file.
 * The totals row covers only groups that have a potential, so it never divides workers of one set of districts by
 * the potential of another (coverageWarnings names the groups left out).
 */
export function coverageColumns(potentials: Potentials, report: BudgetReport, lang: Lang, keyIndex = 0): ExtraColumn[] {
  const potentialOfGroup = (group: BudgetGroup) => potentialOf(potentials, group.key[keyIndex] ?? "");
  const covered = report.groups.filter((group) => potentialOfGroup(group) !== undefined);
  const totalPotential = [...potentials.byKey.values()].reduce((sum, value) => sum + value, 0);
  const enrolledWithPotential = covered.reduce((sum, group) => sum + group.workers, 0);
  return [
    {
      json: "enrolled",
      csv: "enrolled",
      heading: tIn(lang, "report.label.enrolled"),
      inTable: false,
      forGroup: (group) => count(group.workers, lang),
      forTotal: (total: BudgetTotals) => count(total.workers, lang),
    },
    {
      json: "potential",
      csv: "potential",
      heading: tIn(lang, "report.label.potential"),
      forGroup: (group) => {
        const potential = potentialOfGroup(group);
        return potential === undefined ? undefined : count(potential, lang);
      },
      forTotal: () => count(totalPotential, lang),
    },
    {
      json: "coveragePercent",
      csv: "coverage_percent",
      heading: tIn(lang, "report.label.coverage"),
      forGroup: (group) => percent(group.workers, potentialOfGroup(group), lang),
      forTotal: () => percent(enrolledWithPotential, totalPotential, lang),
    },
  ];
}

/** Groups with workers but no potential, and potential keys with no group: both say the files do not match. */
export function coverageWarnings(potentials: Potentials, report: BudgetReport, lang: Lang, keyIndex = 0): string[] {
  const file = potentials.table.file;
  const unmatched = report.groups.filter((group) => group.workers > 0 && potentialOf(potentials, group.key[keyIndex] ?? "") === undefined).map((group) => group.key[keyIndex]!);
  if (unmatched.length === 0) return [];
  // Keys are cells: cut (masking and controls are for whoever shows the warning).
  const keys = [...unmatched.slice(0, 5).map((key) => cutCell(key)), ...(unmatched.length > 5 ? ["…"] : [])];
  return [tIn(lang, "report.coverage.unmatched", { groups: unmatched.length, file, keys })];
}

/** Keys of the potential file that no group has yet (added as empty groups so they show with 0 enrolled). */
export function potentialKeysWithoutGroup(potentials: Potentials, report: BudgetReport, keyIndex = 0): string[] {
  const present = new Set(report.groups.map((group) => potentials.keyOf(group.key[keyIndex] ?? "")));
  return [...potentials.byKey.keys()].filter((key) => !present.has(potentials.keyOf(key)));
}
