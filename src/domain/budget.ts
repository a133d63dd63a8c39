// Roster × months → budget report data, grouped by roster columns and/or by month.
// Memory grows with the number of groups, never with the number of workers added.
import { emptyAmounts, type PeriodContribution, type ProgramAmounts } from "./contribution.js";
import { formatMonth, type Month } from "./month.js";
import { PROGRAMS, type Program } from "./program.js";
import { preferredSpelling, tidySpelling, type GroupNaming } from "./region-name.js";

/** The pseudo-column that groups by contribution month: the cash-flow schedule a treasury needs. */
export const MONTH_COLUMN = "month";

export interface BudgetTotals {
  /** Workers covered (in a month group: covered in that month). */
  workers: number;
  workerMonths: number;
  amounts: ProgramAmounts;
}

export interface BudgetGroup extends BudgetTotals {
  /** Values of the grouping columns, in the order of BudgetReport.groupBy. */
  key: readonly string[];
}

export interface BudgetReport {
  groupBy: readonly string[];
  programs: readonly Program[];
  groups: readonly BudgetGroup[];
  total: BudgetTotals;
  /** First and last contribution month over all workers; null when no worker was added. */
  firstMonth: Month | null;
  lastMonth: Month | null;
}

/** How the rows of one grouping column spelt one of its keys, and the name the report shows for it. */
export interface GroupName {
  /** Index of the column in groupBy. */
  slot: number;
  shown: string;
  /** The shown name is the bundled list's. */
  official: boolean;
  /** Each spelling (spaces tidied) and the workers written so, most first. */
  spellings: { text: string; rows: number }[];
}

export function totalOf(amounts: ProgramAmounts): bigint {
  let sum = 0n;
  for (const amount of amounts) sum += amount;
  return sum;
}

function addInto(target: ProgramAmounts, source: ProgramAmounts, times: bigint): void {
  for (let index = 0; index < target.length; index++) target[index] = target[index]! + source[index]! * times;
}

export class BudgetBuilder {
  private readonly groups = new Map<string, BudgetGroup & { amounts: ProgramAmounts }>();
  private readonly total: BudgetTotals = { workers: 0, workerMonths: 0, amounts: emptyAmounts() };
  private readonly monthSlot: number;
  private readonly programsSeen = new Set<Program>();
  private firstMonth: Month | null = null;
  private lastMonth: Month | null = null;
  /** Per column with a naming: key → spelling → workers. Bounded by the distinct spellings, not by the rows. */
  private readonly spellings: (Map<string, Map<string, number>> | undefined)[];

  /** `namings` (by groupBy index) fold the values of region columns into one key; other columns group as written. */
  constructor(
    readonly groupBy: readonly string[],
    private namings: readonly (GroupNaming | undefined)[] = [],
  ) {
    this.monthSlot = groupBy.indexOf(MONTH_COLUMN);
    this.spellings = groupBy.map((_, slot) => (namings[slot] ? new Map() : undefined));
  }

  /**
   * Which list spells and checks the names, decided once the rosters are read (a region column). Keys do not depend
   * on the region, so only namings of the same levels may replace the first ones.
   */
  useNamings(namings: readonly (GroupNaming | undefined)[]): void {
    if (namings.length !== this.namings.length || namings.some((naming, slot) => naming?.level !== this.namings[slot]?.level)) {
      throw new Error("a naming of another level cannot replace a column's naming");
    }
    this.namings = namings;
  }

  /** The values as keys: a named column's value becomes its key, and its spelling is counted. */
  private keysOf(keyValues: readonly string[], count: number): string[] {
    return keyValues.map((value, slot) => {
      const naming = this.namings[slot];
      if (!naming || slot === this.monthSlot) return value;
      const key = naming.key(value);
      const byKey = this.spellings[slot]!;
      let spellings = byKey.get(key);
      if (!spellings) byKey.set(key, (spellings = new Map()));
      const spelling = tidySpelling(value);
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + count);
      return key;
    });
  }

  /**
   * Adds `count` workers who share grouping values and a priced period. `keyValues` follows groupBy; its month
   * slot, if any, is filled here from each covered month.
   */
  add(keyValues: string[], programs: readonly Program[], period: PeriodContribution, start: Month, months: number, count = 1): void {
    if (count === 0) return;
    for (const program of programs) this.programsSeen.add(program);
    const times = BigInt(count);
    this.total.workers += count;
    this.total.workerMonths += months * count;
    addInto(this.total.amounts, period.total, times);
    const end = start + months - 1;
    if (this.firstMonth === null || start < this.firstMonth) this.firstMonth = start;
    if (this.lastMonth === null || end > this.lastMonth) this.lastMonth = end;
    keyValues = this.keysOf(keyValues, count);
    this.added(keyValues, programs, period, start, count);

    if (this.monthSlot < 0) {
      const group = this.group(keyValues);
      group.workers += count;
      group.workerMonths += months * count;
      addInto(group.amounts, period.total, times);
      return;
    }
    for (let offset = 0; offset < months; offset++) {
      keyValues[this.monthSlot] = formatMonth(start + offset);
      const group = this.group(keyValues);
      group.workers += count;
      group.workerMonths += count;
      addInto(group.amounts, period.monthly[offset]!, times);
    }
  }

  /** What a subclass keeps besides the groups (the budget document's lines), told of every add with its group's key. */
  protected added(_key: readonly string[], _programs: readonly Program[], _period: PeriodContribution, _start: Month, _count: number): void {}

  /** Makes sure a group exists, with nothing in it: a key with potential but no enrolled worker still shows. */
  touch(keyValues: readonly string[]): void {
    this.group(this.keysOf(keyValues, 0));
  }

  /** The name shown for a key of a named column: the official spelling, else the preferred one of the rows. */
  private shownName(slot: number, key: string): { shown: string; official: boolean } {
    const spellings = this.spellings[slot]!.get(key) ?? new Map<string, number>();
    const official = this.namings[slot]?.official(key, spellings.keys());
    if (official !== undefined) return { shown: official, official: true };
    return { shown: preferredSpelling(spellings), official: false };
  }

  /** Every key of every named column, with its spellings: for the warnings on merged and unknown names. */
  names(): GroupName[] {
    const names: GroupName[] = [];
    this.spellings.forEach((byKey, slot) => {
      if (!byKey) return;
      for (const [key, spellings] of byKey) {
        const spelt = [...spellings].map(([text, rows]) => ({ text, rows })).sort((a, b) => b.rows - a.rows || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
        names.push({ slot, ...this.shownName(slot, key), spellings: spelt });
      }
    });
    return names.sort((a, b) => a.slot - b.slot || (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  }

  private group(keyValues: readonly string[]): BudgetGroup & { amounts: ProgramAmounts } {
    const id = keyValues.join("\u001f");
    let group = this.groups.get(id);
    if (!group) {
      group = { key: [...keyValues], workers: 0, workerMonths: 0, amounts: emptyAmounts() };
      this.groups.set(id, group);
    }
    return group;
  }

  /** A group's key as the report shows it: each named column's value by its official or preferred spelling. */
  shownKey(key: readonly string[]): string[] {
    return key.map((value, slot) => (this.spellings[slot] && slot !== this.monthSlot ? this.shownName(slot, value).shown : value));
  }

  report(): BudgetReport {
    const groups = [...this.groups.values()].map((group) => ({ ...group, key: this.shownKey(group.key) })).sort((a, b) => compareKeys(a.key, b.key));
    return {
      groupBy: this.groupBy,
      programs: PROGRAMS.filter((program) => this.programsSeen.has(program)),
      groups,
      total: { ...this.total, amounts: [...this.total.amounts] },
      firstMonth: this.firstMonth,
      lastMonth: this.lastMonth,
    };
  }
}

/** Code-point order, column by column: the same on every machine and locale. Months are YYYY-MM, so chronological. */
function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < a.length; index++) {
    const left = a[index]!;
    const right = b[index]!;
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}
