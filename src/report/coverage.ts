// Coverage columns for budget-shaped reports: enrolled (the workers), potential (from a file), coverage %.
import type { BudgetGroup, BudgetTotals } from "../domain/budget.js";
import { COVERAGE_PLACES, coveragePercent } from "../domain/coverage.js";
import { formatCount, formatFixed, type Lang } from "./format.js";
import type { ExtraColumn, ExtraValue } from "./budget.js";

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

/** Potential per group key (the first grouping column), and the sum of all potentials for the totals row. */
export function coverageColumns(potentials: ReadonlyMap<string, number>, lang: Lang): ExtraColumn[] {
  const totalPotential = [...potentials.values()].reduce((sum, value) => sum + value, 0);
  const potentialOf = (group: BudgetGroup) => potentials.get(group.key[0] ?? "");
  return [
    {
      json: "enrolled",
      csv: "enrolled",
      heading: lang === "id" ? "Terdaftar" : "Enrolled",
      inTable: false,
      forGroup: (group) => count(group.workers, lang),
      forTotal: (total: BudgetTotals) => count(total.workers, lang),
    },
    {
      json: "potential",
      csv: "potential",
      heading: lang === "id" ? "Potensi" : "Potential",
      forGroup: (group) => {
        const potential = potentialOf(group);
        return potential === undefined ? undefined : count(potential, lang);
      },
      forTotal: () => count(totalPotential, lang),
    },
    {
      json: "coveragePercent",
      csv: "coverage_percent",
      heading: lang === "id" ? "Cakupan" : "Coverage",
      forGroup: (group) => percent(group.workers, potentialOf(group), lang),
      forTotal: (total) => percent(total.workers, totalPotential, lang),
    },
  ];
}
