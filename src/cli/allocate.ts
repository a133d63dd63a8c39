// iuran allocate: split workers (or what a budget buys) over districts or villages, in proportion to weights
// (largest remainder) or as a fixed quota per unit ("1 Nagari 100 Pekerja Rentan"), and price each part.
import { warning, type Warning } from "../text/message.js";
import { Command } from "commander";
import { z } from "zod";
import { allocate, AllocationError, equalSplit, quotaThatFits, type AllocationClaim } from "../domain/allocate.js";
import { BudgetBuilder, totalOf, type BudgetGroup, type BudgetReport } from "../domain/budget.js";
import { workersForBudget } from "../domain/capacity.js";
import { Pricer } from "../domain/contribution.js";
import { MAX_WORKERS, parseCount } from "../domain/count.js";
import { Dec, parsePlainDecimal, type DecimalMark } from "../domain/money.js";
import { quoteCell, safeData, safeInline } from "../domain/personal-data.js";
import { PROGRAMS } from "../domain/program.js";
import { labelKey, termsKey } from "../domain/worker.js";
import { tidySpelling, type GroupNaming } from "../domain/region-name.js";
import { readPotentials } from "../io/potential-file.js";
import { columnAliases, groupColumnName } from "../io/roster-file.js";
import { cellOf, columnIndex, readTable, TableErrors, type Table, completeRows } from "../io/table-file.js";
import { budgetAsCsv, budgetAsJson, budgetAsTable, type BudgetExtras, type ExtraColumn } from "../report/budget.js";
import { coverageColumns, coverageWarnings } from "../report/coverage.js";
import { columnLabel, formatCount, formatDecimal, formatFixed, formatRupiah, type Lang } from "../report/format.js";
import { fieldsAsBlock, fieldsAsJson } from "../report/plan-fit.js";
import { budgetAsSheet } from "../report/budget-workbook.js";
import { recordAsCsv, recordAsWorkbook, type RecordField } from "../report/record.js";
import { fittedTable, type TableColumn } from "../report/table.js";
import { t, tIn } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { fileOrExample, singleExampleOption } from "./examples.js";
import { ExpectationFailed, UsageError } from "./exit-codes.js";
import { commonSettings, countOption, decimalMarkOption, flagTerms, monthCountOption, plannedPeriod, startOption, parseOptions, rupiahOption, windowSettings, withOutputOptions, withWindowOptions, withWorkerOptions } from "./options.js";
import { fiscalYearsWarning } from "../report/meta.js";
import { groupNamings } from "./rosters.js";

/** Exact shares are shown to this many decimal places, rounded half up (the allocation itself is exact). */
const SHARE_PLACES = 4;

const allocateSchema = z.object({
  workers: countOption.optional(),
  budget: rupiahOption.optional(),
  start: startOption.optional(),
  months: monthCountOption.optional(),
  weights: z.string().optional(),
  key: z.string(),
  weight: z.string().optional(),
  min: z.string().optional(),
  max: z.string().optional(),
  perUnit: countOption.optional(),
  units: z.string().optional(),
  rollup: z.string().optional(),
  potential: z.string().optional(),
  decimalMark: decimalMarkOption.optional(),
});

export function allocateCommand(): Command {
  const command = new Command("allocate")
    .summary(t("allocateHelp.summary"))
    .description(t("allocateHelp.description"))
    .option("--workers <n>", t("allocateHelp.workers"))
    .option("--budget <rupiah>", t("allocateHelp.budget"))
    .option("--start <YYYY-MM>", t("allocateHelp.start"))
    .option("--months <n>", t("allocateHelp.months"))
    .option("--weights <file>", t("allocateHelp.weights"))
    .requiredOption("--key <column>", t("allocateHelp.key"))
    .option("--weight <column>", t("allocateHelp.weight"))
    .option("--min <column>", t("allocateHelp.min"))
    .option("--max <column>", t("allocateHelp.max"))
    .option("--per-unit <n>", t("allocateHelp.perUnit"))
    .option("--units <file>", t("allocateHelp.units"))
    .option("--rollup <column>", t("allocateHelp.rollup"))
    .option("--potential <file>", t("allocateHelp.potential"))
    .addOption(singleExampleOption("allocate"))
    .option("--decimal-mark <mark>", t("allocateHelp.decimalMark"));
  withWindowOptions(command);
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText([
      "allocate --workers 1333 --example sijunjung-2022 --key kecamatan --weight potential --start 2022-04 --months 9",
      "allocate --budget 500000000 --example sijunjung-2022 --key kecamatan --weight potential --start 2027-01 --funding APBD",
      'allocate --per-unit 100 --example sijunjung-2022 --key nagari --rollup kecamatan --start 2027-01 --funding "APB Nagari"',
    ]),
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(allocateSchema, options);
    const quota = parsed.perUnit !== undefined;
    // Units (--units or an example's) without --per-unit and without weights: the workers, or what the budget buys,
    // split equally.
    const equal = !quota && parsed.weights === undefined && parsed.weight === undefined && (parsed.units !== undefined || options.example !== undefined);
    const byUnits = quota || equal;
    const example = options.example as string | undefined;
    if (byUnits) parsed.units = fileOrExample(parsed.units, "--units", example, "units", "allocate");
    else parsed.weights = fileOrExample(parsed.weights, "--weights", example, "weights", "allocate");
    if (byUnits ? parsed.units === undefined || parsed.weights !== undefined : parsed.weights === undefined || parsed.weight === undefined) {
      throw new UsageError(t("usage.allocateMode"));
    }
    if (parsed.workers !== undefined && parsed.budget !== undefined) throw new UsageError(t("usage.workersOrBudget"));
    if (!quota && parsed.workers === undefined && parsed.budget === undefined) throw new UsageError(t("usage.allocateNeeds"));
    const window = windowSettings(options);
    const planned = plannedPeriod(parsed.start, parsed.months, window, 12);
    if (planned === undefined) throw new UsageError(t("fiscalYear.startNeeded"));
    const { start, months } = planned;
    const terms = flagTerms(settings);
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const period = pricer.period(terms, termsKey(terms), start, months);
    const costPerWorker = totalOf(period.total);
    const keyName = groupColumnName(parsed.key);
    // Kecamatan and nagari keys are read as one name however they are spelt, and shown as the official list spells them.
    const [keyNaming, rollupNaming] = (await groupNamings([keyName, groupColumnName(parsed.rollup ?? "")], undefined)).namings;
    const { lang } = settings;

    let report: BudgetReport;
    let extras: BudgetExtras;
    const inputs = [];
    let rollupTable: string | undefined;
    // A plan the budget (or the workers) cannot fund in full: what it does fund is the report, this says the rest.
    let shortfall: { fields: RecordField[]; message: string } | undefined;
    const warnings: Warning[] = [];

    if (byUnits) {
      const units = await readTable(parsed.units!);
      inputs.push({ file: units.file, sha256: units.sha256 });
      const rollupName = parsed.rollup === undefined ? undefined : groupColumnName(parsed.rollup);
      const unitKeys = readUnits(units, parsed.key, parsed.rollup, regionNameOf(keyNaming), regionNameOf(rollupNaming));
      // Formed in bigint and bounded before it becomes a number: per-unit and the units file are each bounded alone.
      const neededExactly = BigInt(parsed.perUnit ?? 0) * BigInt(unitKeys.length);
      if (neededExactly > BigInt(MAX_WORKERS)) {
        throw new UsageError(t("usage.quotaTooLarge", { perUnit: parsed.perUnit!, units: unitKeys.length, needed: neededExactly, max: MAX_WORKERS }));
      }
      const needed = Number(neededExactly);
      const counts = unitCounts(parsed, unitKeys.length, needed, costPerWorker, months);
      if (counts.shortfall) shortfall = { fields: shortfallFields(counts.shortfall, lang), message: shortfallMessage(counts.shortfall) };
      const groupBy = rollupName === undefined ? [keyName] : [rollupName, keyName];
      const builder = new BudgetBuilder(groupBy);
      const rollup = new BudgetBuilder(rollupName === undefined ? [] : [rollupName]);
      const unitsPerRollup = new Map<string, number>();
      for (const [index, unit] of unitKeys.entries()) {
        const count = counts.perUnit[index]!;
        const key = rollupName === undefined ? [unit.key] : [unit.rollup, unit.key];
        // A unit the plan gives no worker still shows, with nothing in it.
        builder.touch(key);
        builder.add(key, terms.programs, period, start, months, count);
        if (rollupName !== undefined) {
          rollup.touch([unit.rollup]);
          rollup.add([unit.rollup], terms.programs, period, start, months, count);
          unitsPerRollup.set(unit.rollup, (unitsPerRollup.get(unit.rollup) ?? 0) + 1);
        }
      }
      report = builder.report();
      const rolled = rollup.report();
      extras = {
        title: tIn(lang, "planning.allocate.title"),
        json: {
          ...(quota ? { perUnit: counts.shortfall?.fundedQuota ?? parsed.perUnit } : { method: tIn(lang, "planFit.equal.method") }),
          units: unitKeys.length,
          ...budgetSummary(parsed.budget, totalOf(report.total.amounts)),
          ...(shortfall ? { shortfall: fieldsAsJson(shortfall.fields) } : {}),
          ...(rollupName === undefined
            ? {}
            : {
                rollup: rolled.groups.map((group) => ({
                  // Keys come from the units file: masked like a budget's group keys (allocate has no --show-nik).
                  key: { [safeData(rollupName, false)]: safeData(group.key[0]!, false) },
                  units: unitsPerRollup.get(group.key[0]!) ?? 0,
                  workers: group.workers,
                  workerMonths: group.workerMonths,
                  amounts: Object.fromEntries(rolled.programs.map((program) => [program, group.amounts[PROGRAMS.indexOf(program)]!.toString()])),
                  total: totalOf(group.amounts).toString(),
                })),
              }),
        },
      };
      if (rollupName !== undefined) rollupTable = rollupAsTable(rolled, unitsPerRollup, rollupName, lang, settings.width);
    } else {
      const weights = await readTable(parsed.weights!);
      inputs.push({ file: weights.file, sha256: weights.sha256 });
      const claims = readWeights(weights, parsed.key, parsed.weight!, parsed.decimalMark, parsed.min, parsed.max, regionNameOf(keyNaming));
      const available = parsed.workers ?? workersForBudget(parsed.budget!, costPerWorker, months).workers;
      const bounded = boundedTotal(claims, available, parsed.budget, costPerWorker, lang);
      const total = bounded.total;
      shortfall = bounded.shortfall;
      warnings.push(...bounded.warnings);
      const parts = allocate(total, claims);
      const builder = new BudgetBuilder([keyName]);
      for (const part of parts) {
        builder.touch([part.key]);
        builder.add([part.key], terms.programs, period, start, months, part.allocated);
      }
      report = builder.report();
      const byKey = new Map(parts.map((part) => [part.key, part]));
      const weightSum = claims.reduce((sum, claim) => sum.plus(claim.weight), new Dec(0));
      extras = {
        title: tIn(lang, "planning.allocate.title"),
        columns: shareColumns(byKey, weightSum, total, lang),
        json: {
          method: tIn(lang, "planning.allocate.method"),
          sharePlaces: SHARE_PLACES,
          ...budgetSummary(parsed.budget, totalOf(report.total.amounts)),
          ...(shortfall ? { shortfall: fieldsAsJson(shortfall.fields) } : {}),
        },
      };
    }

    if (report.total.workers === 0 && !shortfall) {
      warnings.push(warning("BUDGET_BUYS_NOTHING", tIn(lang, "planning.allocate.buysNothing")));
    }
    if (parsed.potential !== undefined) {
      const potentials = await readPotentials(parsed.potential, parsed.key, columnAliases(parsed.key), keyNaming?.key ?? labelKey);
      inputs.push({ file: potentials.table.file, sha256: potentials.table.sha256 });
      // In quota mode with --rollup the unit is the second key column.
      const keyIndex = report.groupBy.length - 1;
      extras = { ...extras, columns: [...(extras.columns ?? []), ...coverageColumns(potentials, report, lang, keyIndex)] };
      warnings.push(...coverageWarnings(potentials, report, lang, keyIndex).map((text) => warning("POTENTIAL_KEYS_UNMATCHED", text)));
    }
    // Every worker shares the period, so what fell outside the window is the period's cut times the workers.
    if (window && planned.cut) {
      const { before, after } = planned.cut;
      extras = { ...extras, window: { ...window, workerMonthsBefore: before * report.total.workers, workerMonthsAfter: after * report.total.workers, workersOutside: 0 } };
    } else warnings.push(...fiscalYearsWarning(start, start + months - 1, "period", lang));
    const context = runContext(settings, tariffs, pricer.used(), inputs, warnings);
    const workers = report.total.workers;
    const source =
      // A plan at minimums the budget cannot meet costs more than it: the shortfall block says by how much.
      parsed.budget === undefined || totalOf(report.total.amounts) > parsed.budget
        ? tIn(lang, "planning.allocate.source", { workers })
        : tIn(lang, "planning.allocate.sourceWithBudget", { workers, budget: parsed.budget, leftover: parsed.budget - totalOf(report.total.amounts) });
    // The equal split's tie-break is named under its table, as the JSON names it in `method`.
    const equalRule = equal ? [`${tIn(lang, "planFit.equal.ruleLabel")}: ${tIn(lang, "planFit.equal.method")}.`] : [];
    const text = [...equalRule, ...(rollupTable ? [rollupTable] : []), ...(shortfall ? [fieldsAsBlock(tIn(lang, "planFit.shortfall.title"), shortfall.fields)] : [])];
    await emit(
      settings,
      {
        table: () => budgetAsTable(report, context, source, { ...extras, text }),
        // A shortfall's answer is its figures (every unit has the same funded quota): one CSV record, as capacity.
        csv: () => (shortfall ? recordAsCsv(shortfall.fields) : budgetAsCsv(report, context, extras, settings.excel)),
        json: () => budgetAsJson(report, context, extras),
        xlsx: () => (shortfall ? recordAsWorkbook(shortfall.fields, lang) : { sheets: [budgetAsSheet(report, context, extras)] }),
      },
      context,
    );
    if (shortfall) throw new ExpectationFailed(shortfall.message);
  });
  return command;
}

/** As capacity has them: the budget and what is left of it (the cost is the total). */
function budgetSummary(budget: bigint | undefined, cost: bigint) {
  return budget === undefined ? {} : { budget: budget.toString(), leftover: (budget - cost).toString() };
}

/**
 * A weight as written: with a decimal mark given, grouping is the other character (4.500,5 or 4,500.5); without
 * one, a plain decimal (0.125, 4500), an Indonesian count with several groups (1.234.567), and "4.500" refused
 * because it could be either.
 */
function parseWeight(text: string, decimalMark: DecimalMark | undefined): Dec | string {
  if (decimalMark !== undefined) {
    const group = decimalMark === "," ? "." : ",";
    const pattern = decimalMark === "," ? /^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/ : /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
    if (!pattern.test(text)) return t("weightsFile.notANumberWithMark", { mark: decimalMark });
    return new Dec(text.split(group).join("").replace(",", "."));
  }
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(text)) return t("weightsFile.ambiguous", { thousands: text.replace(".", ""), text });
  if (/^[1-9]\d{0,2}(?:\.\d{3}){2,}$/.test(text)) return new Dec(text.replace(/\./g, ""));
  return parsePlainDecimal(text) ?? t("weightsFile.notANumber");
}

/** A key cell's identity (duplicates are found by it) and the name it is shown by. */
type KeyName = (text: string) => { id: string; shown: string };

function regionNameOf(naming: GroupNaming | undefined): KeyName {
  if (!naming) return (text) => ({ id: text, shown: text });
  return (text) => {
    const id = naming.key(text);
    return { id, shown: naming.official(id, [text]) ?? tidySpelling(text) };
  };
}

function readWeights(table: Table, key: string, weight: string, decimalMark: DecimalMark | undefined, min: string | undefined, max: string | undefined, nameOf: KeyName): AllocationClaim[] {
  const errors = new TableErrors(table);
  const keyIndex = columnIndex(table, key, columnAliases(key));
  const weightIndex = columnIndex(table, weight);
  const minIndex = min === undefined ? undefined : columnIndex(table, min);
  const maxIndex = max === undefined ? undefined : columnIndex(table, max);
  const claims: AllocationClaim[] = [];
  const seen = new Map<string, number>();
  for (const row of completeRows(table, errors)) {
    const keyValue = cellOf(row, keyIndex);
    const { id, shown } = nameOf(keyValue);
    const weightText = cellOf(row, weightIndex);
    const parsedWeight = parseWeight(weightText, decimalMark);
    const value = typeof parsedWeight === "string" ? undefined : parsedWeight;
    const bound = (index: number | undefined, name: string) => {
      const text = cellOf(row, index);
      if (index === undefined || text === "") return undefined;
      const parsed = parseCount(text);
      if (parsed.ok) return parsed.count;
      errors.add(row, index, "INVALID_COUNT", `${name} ${quoteCell(text)} ${parsed.reason}`);
      return undefined;
    };
    if (keyValue === "") errors.add(row, keyIndex, "MISSING_VALUE", t("weightsFile.keyEmpty", { column: key }));
    else if (seen.has(id)) errors.add(row, keyIndex, "DUPLICATE_KEY", t("weightsFile.duplicateKey", { key: quoteCell(keyValue), line: seen.get(id)! }));
    if (typeof parsedWeight === "string") errors.add(row, weightIndex, "INVALID_WEIGHT", `weight ${quoteCell(weightText)} ${parsedWeight}`);
    const minimum = bound(minIndex, "minimum");
    const maximum = bound(maxIndex, "maximum");
    if (keyValue !== "" && !seen.has(id) && value !== undefined) claims.push({ key: shown, weight: value, min: minimum, max: maximum });
    seen.set(id, seen.get(id) ?? row.line);
  }
  errors.throwIfAny();
  if (claims.every((claim) => claim.weight.isZero())) throw new AllocationError(t("weightsFile.allZero", { file: table.file }));
  return claims;
}

function readUnits(table: Table, key: string, rollup: string | undefined, nameOf: KeyName, rollupNameOf: KeyName): { key: string; rollup: string }[] {
  const errors = new TableErrors(table);
  const keyIndex = columnIndex(table, key, columnAliases(key));
  const rollupIndex = rollup === undefined ? undefined : columnIndex(table, rollup, columnAliases(rollup));
  const units: { key: string; rollup: string }[] = [];
  const seen = new Map<string, number>();
  for (const row of completeRows(table, errors)) {
    const keyValue = cellOf(row, keyIndex);
    const rollupValue = cellOf(row, rollupIndex);
    const unit = nameOf(keyValue);
    const within = rollupNameOf(rollupValue);
    // A village name can repeat in two districts; the pair is what must be unique.
    const id = `${within.id}\u001f${unit.id}`;
    if (keyValue === "") errors.add(row, keyIndex, "MISSING_VALUE", t("weightsFile.keyEmpty", { column: key }));
    else if (seen.has(id)) errors.add(row, keyIndex, "DUPLICATE_KEY", t("unitsFile.duplicateKey", { key: quoteCell(keyValue), line: seen.get(id)! }));
    else if (rollupIndex !== undefined && rollupValue === "") errors.add(row, rollupIndex, "MISSING_VALUE", t("weightsFile.keyEmpty", { column: rollup! }));
    else units.push({ key: unit.shown, rollup: within.shown });
    if (!seen.has(id)) seen.set(id, row.line);
  }
  errors.throwIfAny();
  return units;
}

function shareColumns(parts: Map<string, { weight: Dec; exactShare: Dec }>, weightSum: Dec, total: number, lang: Lang): ExtraColumn[] {
  const weightOf = (group: BudgetGroup) => parts.get(group.key[0] ?? "");
  return [
    {
      json: "weight",
      csv: "weight",
      heading: tIn(lang, "report.label.weight"),
      forGroup: (group) => {
        const part = weightOf(group);
        return part && { json: part.weight.toString(), csv: part.weight.toString(), text: formatDecimal(part.weight, lang) };
      },
      forTotal: () => ({ json: weightSum.toString(), csv: weightSum.toString(), text: formatDecimal(weightSum, lang) }),
    },
    {
      // decimal.js toFixed: exact, rounded half up (our constructor's mode) to SHARE_PLACES.
      json: "exactShare",
      csv: "exact_share",
      heading: tIn(lang, "report.label.exactShare"),
      forGroup: (group) => {
        const part = weightOf(group);
        return part && { json: part.exactShare.toFixed(SHARE_PLACES), csv: part.exactShare.toFixed(SHARE_PLACES), text: formatFixed(part.exactShare, SHARE_PLACES, lang) };
      },
      forTotal: () => ({ json: String(total), csv: String(total), text: formatCount(total, lang) }),
    },
  ];
}

function rollupAsTable(report: BudgetReport, unitsPerRollup: Map<string, number>, column: string, lang: Lang, width: number | null): string {
  const head = [safeInline(columnLabel(column, lang), false), tIn(lang, "planning.allocate.units"), tIn(lang, "report.label.workers"), tIn(lang, "report.label.total")];
  const body = report.groups.map((group) => [safeInline(group.key[0]!, false), formatCount(unitsPerRollup.get(group.key[0]!) ?? 0, lang), formatCount(group.workers, lang), formatRupiah(totalOf(group.amounts), lang)]);
  const units = [...unitsPerRollup.values()].reduce((sum, count) => sum + count, 0);
  const totals = [tIn(lang, "report.label.total"), formatCount(units, lang), formatCount(report.total.workers, lang), formatRupiah(totalOf(report.total.amounts), lang)];
  // Four short columns: on a very narrow terminal the names are cut, then units and workers go.
  const columns: TableColumn[] = [
    { heading: head[0]!, align: "left", minWidth: 12, cutPriority: 0 },
    { heading: head[1]!, align: "right", priority: 1 },
    { heading: head[2]!, align: "right", priority: 1 },
    { heading: head[3]!, align: "right" },
  ];
  return fittedTable(columns, body, totals, width, lang).text;
}

/** What a quota plan asked and what the budget (or the headcount) funds of it. */
interface Shortfall {
  units: number;
  askedQuota: number;
  fundedQuota: number;
  fundedWorkers: number;
  neededWorkers: number;
  costPerWorker: bigint;
  /** With --budget: the budget, what the funded workers cost, and what is left of it. */
  budget?: bigint;
  /** With --workers: the workers given. */
  workersGiven?: number;
}

/**
 * Workers per unit, in the units file's order. A quota the budget or the headcount cannot fund for every unit is
 * not refused: every unit gets the largest equal quota that fits, and the shortfall is reported (exit 1).
 */
function unitCounts(
  parsed: { perUnit?: number; workers?: number; budget?: bigint },
  units: number,
  needed: number,
  costPerWorker: bigint,
  months: number,
): { perUnit: number[]; shortfall?: Shortfall } {
  if (parsed.perUnit === undefined) {
    const total = parsed.workers ?? workersForBudget(parsed.budget!, costPerWorker, months).workers;
    return { perUnit: equalSplit(total, units) };
  }
  const asked = parsed.perUnit;
  const base = { units, askedQuota: asked, neededWorkers: needed, costPerWorker };
  if (parsed.workers !== undefined) {
    if (parsed.workers > needed) throw new UsageError(t("planFit.quota.moreWorkers", { workers: parsed.workers, perUnit: asked, units, needed, extra: parsed.workers - needed }));
    if (parsed.workers === needed) return { perUnit: equalSplit(needed, units) };
    const quota = units === 0 ? asked : Math.floor(parsed.workers / units);
    return { perUnit: Array.from({ length: units }, () => quota), shortfall: { ...base, fundedQuota: quota, fundedWorkers: quota * units, workersGiven: parsed.workers } };
  }
  if (parsed.budget === undefined) return { perUnit: Array.from({ length: units }, () => asked) };
  const fit = quotaThatFits(parsed.budget, units, costPerWorker, asked);
  const perUnit = Array.from({ length: units }, () => fit.quota);
  return fit.quota === asked ? { perUnit } : { perUnit, shortfall: { ...base, fundedQuota: fit.quota, fundedWorkers: fit.workers, budget: parsed.budget } };
}

function shortfallFields(shortfall: Shortfall, lang: Lang): RecordField[] {
  const count = (name: string, label: string, value: number): RecordField => ({ name, label, json: value, text: formatCount(value, lang) });
  const rupiah = (name: string, label: string, value: bigint): RecordField => ({ name, label, json: value.toString(), text: formatRupiah(value, lang) });
  const fundedCost = shortfall.costPerWorker * BigInt(shortfall.fundedWorkers);
  const fullCost = shortfall.costPerWorker * BigInt(shortfall.neededWorkers);
  return [
    count("units", tIn(lang, "planning.allocate.units"), shortfall.units),
    count("quotaAsked", tIn(lang, "planFit.shortfall.quotaAsked"), shortfall.askedQuota),
    count("quotaFunded", tIn(lang, "planFit.shortfall.quotaFunded"), shortfall.fundedQuota),
    ...(shortfall.workersGiven === undefined ? [] : [count("workersGiven", tIn(lang, "planFit.shortfall.workersGiven"), shortfall.workersGiven)]),
    count("workersFunded", tIn(lang, "planFit.shortfall.workersFunded"), shortfall.fundedWorkers),
    ...(shortfall.workersGiven === undefined ? [] : [count("workersLeftOver", tIn(lang, "planFit.shortfall.workersLeftOver"), shortfall.workersGiven - shortfall.fundedWorkers)]),
    rupiah("costPerWorker", tIn(lang, "report.label.costPerWorker"), shortfall.costPerWorker),
    ...(shortfall.budget === undefined ? [] : [rupiah("budget", tIn(lang, "report.label.budget"), shortfall.budget)]),
    rupiah("cost", tIn(lang, "planFit.shortfall.cost"), fundedCost),
    ...(shortfall.budget === undefined ? [] : [rupiah("leftover", tIn(lang, "report.label.leftover"), shortfall.budget - fundedCost)]),
    count("workersNeeded", tIn(lang, "planFit.shortfall.workersNeeded"), shortfall.neededWorkers),
    rupiah("fullCost", tIn(lang, "planFit.shortfall.fullCost"), fullCost),
    ...(shortfall.budget === undefined
      ? [count("workersShort", tIn(lang, "planFit.shortfall.workersShort"), shortfall.neededWorkers - shortfall.workersGiven!)]
      : [rupiah("shortfall", tIn(lang, "planFit.shortfall.shortfall"), fullCost - shortfall.budget)]),
  ];
}

/** On standard error, with exit 1: the answer in one sentence. */
function shortfallMessage(shortfall: Shortfall): string {
  const fullCost = shortfall.costPerWorker * BigInt(shortfall.neededWorkers);
  return shortfall.budget === undefined
    ? t("planFit.shortfall.workersMessage", { workers: shortfall.workersGiven!, funded: shortfall.fundedQuota, asked: shortfall.askedQuota, units: shortfall.units, short: shortfall.neededWorkers - shortfall.workersGiven! })
    : t("planFit.shortfall.budgetMessage", { funded: shortfall.fundedQuota, asked: shortfall.askedQuota, units: shortfall.units, fullCost, short: fullCost - shortfall.budget });
}

/**
 * Minimums and maximums the workers (or what the budget buys) cannot meet are answered, not refused. Minimums above
 * what is available: the plan shown is every part at its minimum (what the minimums need), with the shortfall
 * (exit 1). Maximums below it: every part at its maximum; with a budget the rest of it is left over (a warning),
 * with a headcount the workers left over are a shortfall of places (exit 1).
 */
function boundedTotal(
  claims: readonly AllocationClaim[],
  available: number,
  budget: bigint | undefined,
  costPerWorker: bigint,
  lang: Lang,
): { total: number; shortfall?: { fields: RecordField[]; message: string }; warnings: Warning[] } {
  const sumMin = claims.reduce((sum, claim) => sum + BigInt(claim.min ?? 0), 0n);
  const sumMax = claims.every((claim) => claim.max !== undefined) ? claims.reduce((sum, claim) => sum + BigInt(claim.max!), 0n) : undefined;
  const count = (name: string, label: string, value: number | bigint): RecordField => ({ name, label, json: Number(value), text: formatCount(value, lang) });
  const rupiah = (name: string, label: string, value: bigint): RecordField => ({ name, label, json: value.toString(), text: formatRupiah(value, lang) });
  const given = budget === undefined ? count("workersGiven", tIn(lang, "planFit.shortfall.workersGiven"), available) : count("workersBought", tIn(lang, "planFit.bounds.workersBought"), available);
  // Sums above MAX_WORKERS are left to allocate(), which refuses them as a total out of bounds.
  if (sumMin > BigInt(available) && sumMin <= BigInt(MAX_WORKERS)) {
    const needed = Number(sumMin);
    const cost = costPerWorker * sumMin;
    const fields = [
      given,
      count("workersNeeded", tIn(lang, "planFit.bounds.minimumsNeed"), needed),
      rupiah("costPerWorker", tIn(lang, "report.label.costPerWorker"), costPerWorker),
      ...(budget === undefined
        ? [rupiah("fullCost", tIn(lang, "planFit.bounds.minimumsCost"), cost), count("workersShort", tIn(lang, "planFit.shortfall.workersShort"), needed - available)]
        : [rupiah("budget", tIn(lang, "report.label.budget"), budget), rupiah("fullCost", tIn(lang, "planFit.bounds.minimumsCost"), cost), rupiah("shortfall", tIn(lang, "planFit.shortfall.shortfall"), cost - budget)]),
    ];
    const message =
      budget === undefined
        ? t("planFit.bounds.minimumsWorkers", { needed, short: needed - available, workers: available })
        : t("planFit.bounds.minimumsBudget", { bought: available, needed, cost, short: cost - budget });
    return { total: needed, shortfall: { fields, message }, warnings: [] };
  }
  if (sumMax !== undefined && sumMax < BigInt(available)) {
    const placed = Number(sumMax);
    if (budget !== undefined) {
      const leftover = budget - costPerWorker * sumMax;
      return { total: placed, warnings: [warning("ALLOCATION_CAPPED", tIn(lang, "planFit.bounds.maximumsBudget", { placed, bought: available, leftover }))] };
    }
    const fields = [
      given,
      count("workersPlaced", tIn(lang, "planFit.bounds.maximumsTake"), placed),
      count("workersLeftOver", tIn(lang, "planFit.shortfall.workersLeftOver"), available - placed),
    ];
    return { total: placed, shortfall: { fields, message: t("planFit.bounds.maximumsWorkers", { placed, workers: available, left: available - placed }) }, warnings: [] };
  }
  return { total: available, warnings: [] };
}
