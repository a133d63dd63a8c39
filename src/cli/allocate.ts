// iuran allocate: split workers (or what a budget buys) over districts or villages, in proportion to weights
// (largest remainder) or as a fixed quota per unit ("1 Nagari 100 Pekerja Rentan"), and price each part.
import { warning, type Warning } from "../text/message.js";
import { Command } from "commander";
import { z } from "zod";
import { allocate, AllocationError, type AllocationClaim } from "../domain/allocate.js";
import { BudgetBuilder, totalOf, type BudgetGroup, type BudgetReport } from "../domain/budget.js";
import { workersForBudget } from "../domain/capacity.js";
import { Pricer } from "../domain/contribution.js";
import { groupedDigits, MAX_WORKERS, parseCount, WORKERS_BOUND } from "../domain/count.js";
import { Dec, parsePlainDecimal, type DecimalMark } from "../domain/money.js";
import { quoteCell, safeData, safeInline } from "../domain/personal-data.js";
import { PROGRAMS } from "../domain/program.js";
import { termsKey } from "../domain/worker.js";
import { readPotentials } from "../io/potential-file.js";
import { columnAliases, groupColumnName } from "../io/roster-file.js";
import { cellOf, columnIndex, readTable, TableErrors, type Table } from "../io/table-file.js";
import { budgetAsCsv, budgetAsJson, budgetAsTable, type BudgetExtras, type ExtraColumn } from "../report/budget.js";
import { coverageColumns, coverageWarnings } from "../report/coverage.js";
import { formatCount, formatDecimal, formatFixed, formatRupiah, label, type Lang } from "../report/format.js";
import { fittedTable, type TableColumn } from "../report/table.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, countOption, flagTerms, monthCountOption, startOption, parseOptions, rupiahOption, withOutputOptions, withWorkerOptions } from "./options.js";

/** Exact shares are shown to this many decimal places, rounded half up (the allocation itself is exact). */
const SHARE_PLACES = 4;

const allocateSchema = z.object({
  workers: countOption.optional(),
  budget: rupiahOption.optional(),
  start: startOption,
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
  decimalMark: z.enum([",", "."]).optional(),
});

export function allocateCommand(): Command {
  const command = new Command("allocate")
    .summary("split workers or a budget over districts or villages, exactly")
    .description(
      "Splits a number of workers (--workers N, or what --budget buys) into whole parts in proportion to weights read from a CSV: the largest-remainder (Hamilton) method, each part the floor of its exact share, the leftover one by one to the largest remainders, ties to the smaller key. Or, with --per-unit, a fixed number of workers per unit (\"1 Nagari 100 Pekerja Rentan\"), rolled up with --rollup. Each part is priced over the period; parts add up exactly to the whole.",
    )
    .option("--workers <n>", "workers to split")
    .option("--budget <rupiah>", "a budget: its capacity over the period is split")
    .requiredOption("--start <YYYY-MM>", "first month")
    .option("--months <n>", "number of months (default 12)")
    .option("--weights <file>", "CSV with a key column and a weight column")
    .requiredOption("--key <column>", "the key column of the weights or units file, e.g. district or village")
    .option("--weight <column>", "the weight column, e.g. potential")
    .option("--min <column>", "a column with each key's minimum number of workers")
    .option("--max <column>", "a column with each key's maximum number of workers")
    .option("--per-unit <n>", "quota mode: this many workers per unit")
    .option("--units <file>", "quota mode: CSV listing the units (one row each)")
    .option("--rollup <column>", "quota mode: also total per this column of the units file, e.g. district")
    .option("--potential <file>", "CSV of eligible workers per key: adds coverage %")
    .option("--decimal-mark <mark>", 'the decimal mark of the weights, "," or "." (default "."; "4.500" is then refused as ambiguous)');
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    `
Examples:
  $ iuran allocate --workers 1333 --weights fixtures/sijunjung-2022/potential.csv --key kecamatan --weight potential --start 2022-04 --months 9
  $ iuran allocate --budget 500000000 --weights fixtures/sijunjung-2022/potential.csv --key kecamatan --weight potential --start 2027-01 --funding APBD
  $ iuran allocate --per-unit 100 --units fixtures/sijunjung-2022/nagari.csv --key nagari --rollup kecamatan --start 2027-01 --funding "APB Nagari"`,
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(allocateSchema, options);
    const quota = parsed.perUnit !== undefined;
    if (quota ? parsed.units === undefined || parsed.weights !== undefined : parsed.weights === undefined || parsed.weight === undefined) {
      throw new UsageError("give --weights FILE --weight COLUMN, or --per-unit N --units FILE (quota mode)");
    }
    if (parsed.workers !== undefined && parsed.budget !== undefined) throw new UsageError("give --workers or --budget, not both");
    if (!quota && parsed.workers === undefined && parsed.budget === undefined) throw new UsageError("give --workers N or --budget AMOUNT to split");
    const months = parsed.months ?? 12;
    const terms = flagTerms(settings);
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding);
    const period = pricer.period(terms, termsKey(terms), parsed.start, months);
    const costPerWorker = totalOf(period.total);
    const keyName = groupColumnName(parsed.key);
    const { lang } = settings;

    let report: BudgetReport;
    let extras: BudgetExtras;
    const inputs = [];
    let rollupTable: string | undefined;

    if (quota) {
      const units = await readTable(parsed.units!);
      inputs.push({ file: units.file, sha256: units.sha256 });
      const rollupName = parsed.rollup === undefined ? undefined : groupColumnName(parsed.rollup);
      const unitKeys = readUnits(units, parsed.key, parsed.rollup);
      // Formed in bigint and bounded before it becomes a number: per-unit and the units file are each bounded alone.
      const neededExactly = BigInt(parsed.perUnit!) * BigInt(unitKeys.length);
      if (neededExactly > BigInt(MAX_WORKERS)) {
        throw new UsageError(
          `--per-unit: ${groupedDigits(parsed.perUnit!)} workers for each of ${groupedDigits(unitKeys.length)} units is ${groupedDigits(neededExactly)}, above ${WORKERS_BOUND}`,
        );
      }
      const needed = Number(neededExactly);
      if (parsed.workers !== undefined && parsed.workers !== needed) {
        throw new UsageError(`${parsed.workers} workers cannot give ${parsed.perUnit} to each of ${unitKeys.length} units: that takes ${needed}`);
      }
      if (parsed.budget !== undefined && costPerWorker * BigInt(needed) > parsed.budget) {
        const affordable = workersForBudget(parsed.budget, costPerWorker * BigInt(parsed.perUnit!), months).workers;
        throw new UsageError(`the budget covers ${affordable} of the ${unitKeys.length} units at ${parsed.perUnit} workers each`);
      }
      const groupBy = rollupName === undefined ? [keyName] : [rollupName, keyName];
      const builder = new BudgetBuilder(groupBy);
      const rollup = new BudgetBuilder(rollupName === undefined ? [] : [rollupName]);
      const unitsPerRollup = new Map<string, number>();
      for (const unit of unitKeys) {
        builder.add(rollupName === undefined ? [unit.key] : [unit.rollup, unit.key], terms.programs, period, parsed.start, months, parsed.perUnit!);
        if (rollupName !== undefined) {
          rollup.add([unit.rollup], terms.programs, period, parsed.start, months, parsed.perUnit!);
          unitsPerRollup.set(unit.rollup, (unitsPerRollup.get(unit.rollup) ?? 0) + 1);
        }
      }
      report = builder.report();
      const rolled = rollup.report();
      extras = {
        title: label("allocateTitle", lang),
        json: {
          perUnit: parsed.perUnit,
          units: unitKeys.length,
          ...budgetSummary(parsed.budget, totalOf(report.total.amounts)),
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
      const claims = readWeights(weights, parsed.key, parsed.weight!, parsed.decimalMark, parsed.min, parsed.max);
      const total = parsed.workers ?? workersForBudget(parsed.budget!, costPerWorker, months).workers;
      const parts = allocate(total, claims);
      const builder = new BudgetBuilder([keyName]);
      for (const part of parts) {
        builder.touch([part.key]);
        builder.add([part.key], terms.programs, period, parsed.start, months, part.allocated);
      }
      report = builder.report();
      const byKey = new Map(parts.map((part) => [part.key, part]));
      const weightSum = claims.reduce((sum, claim) => sum.plus(claim.weight), new Dec(0));
      extras = {
        title: label("allocateTitle", lang),
        columns: shareColumns(byKey, weightSum, total, lang),
        json: { method: "largest remainder (Hamilton); ties to the smaller key", sharePlaces: SHARE_PLACES, ...budgetSummary(parsed.budget, totalOf(report.total.amounts)) },
      };
    }

    const warnings: Warning[] = [];
    if (report.total.workers === 0) {
      warnings.push(warning("BUDGET_BUYS_NOTHING", lang === "id" ? "anggaran tidak cukup untuk satu pekerja pun dalam periode ini" : "the budget does not cover a single worker for this period"));
    }
    if (parsed.potential !== undefined) {
      const potentials = await readPotentials(parsed.potential, parsed.key, columnAliases(parsed.key));
      inputs.push({ file: potentials.table.file, sha256: potentials.table.sha256 });
      // In quota mode with --rollup the unit is the second key column.
      const keyIndex = report.groupBy.length - 1;
      extras = { ...extras, columns: [...(extras.columns ?? []), ...coverageColumns(potentials, report, lang, keyIndex)] };
      warnings.push(...coverageWarnings(potentials, report, lang, keyIndex).map((text) => warning("POTENTIAL_KEYS_UNMATCHED", text)));
    }
    const context = runContext(settings, tariffs, pricer.used(), inputs, warnings);
    const source = `${formatCount(report.total.workers, lang)} ${label("workers", lang).toLowerCase()}${
      parsed.budget === undefined ? "" : `; ${label("budget", lang).toLowerCase()} ${formatRupiah(parsed.budget, lang)}, ${label("leftover", lang).toLowerCase()} ${formatRupiah(parsed.budget - totalOf(report.total.amounts), lang)}`
    }`;
    const text = rollupTable ? [rollupTable] : [];
    await emit(
      settings,
      {
        table: () => budgetAsTable(report, context, source, { ...extras, text }),
        csv: () => budgetAsCsv(report, context, extras),
        json: () => budgetAsJson(report, context, extras),
      },
      context,
    );
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
    if (!pattern.test(text)) return `must be a number from 0 written with "${decimalMark}" as the decimal mark`;
    return new Dec(text.split(group).join("").replace(",", "."));
  }
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(text)) return `is ambiguous: ${text.replace(".", "")} with a dot for thousands, or ${text}; add --decimal-mark`;
  if (/^[1-9]\d{0,2}(?:\.\d{3}){2,}$/.test(text)) return new Dec(text.replace(/\./g, ""));
  return parsePlainDecimal(text) ?? "must be a number from 0, like 4500 or 0.25";
}

function readWeights(table: Table, key: string, weight: string, decimalMark: DecimalMark | undefined, min?: string, max?: string): AllocationClaim[] {
  const errors = new TableErrors(table);
  const keyIndex = columnIndex(table, key, columnAliases(key));
  const weightIndex = columnIndex(table, weight);
  const minIndex = min === undefined ? undefined : columnIndex(table, min);
  const maxIndex = max === undefined ? undefined : columnIndex(table, max);
  const claims: AllocationClaim[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const keyValue = cellOf(row, keyIndex);
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
    if (keyValue === "") errors.add(row, keyIndex, "MISSING_VALUE", `${key} is empty`);
    else if (seen.has(keyValue)) errors.add(row, keyIndex, "DUPLICATE_KEY", `${quoteCell(keyValue)} already has a weight on line ${seen.get(keyValue)}`);
    if (typeof parsedWeight === "string") errors.add(row, weightIndex, "INVALID_WEIGHT", `weight ${quoteCell(weightText)} ${parsedWeight}`);
    const minimum = bound(minIndex, "minimum");
    const maximum = bound(maxIndex, "maximum");
    if (keyValue !== "" && !seen.has(keyValue) && value !== undefined) claims.push({ key: keyValue, weight: value, min: minimum, max: maximum });
    seen.set(keyValue, seen.get(keyValue) ?? row.line);
  }
  errors.throwIfAny();
  if (claims.every((claim) => claim.weight.isZero())) throw new AllocationError(`every weight in ${table.file} is 0: there is nothing to share by`);
  return claims;
}

function readUnits(table: Table, key: string, rollup?: string): { key: string; rollup: string }[] {
  const errors = new TableErrors(table);
  const keyIndex = columnIndex(table, key, columnAliases(key));
  const rollupIndex = rollup === undefined ? undefined : columnIndex(table, rollup, columnAliases(rollup));
  const units: { key: string; rollup: string }[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const keyValue = cellOf(row, keyIndex);
    const rollupValue = cellOf(row, rollupIndex);
    // A village name can repeat in two districts; the pair is what must be unique.
    const id = `${rollupValue}\u001f${keyValue}`;
    if (keyValue === "") errors.add(row, keyIndex, "MISSING_VALUE", `${key} is empty`);
    else if (seen.has(id)) errors.add(row, keyIndex, "DUPLICATE_KEY", `${quoteCell(keyValue)} is already listed on line ${seen.get(id)}`);
    else if (rollupIndex !== undefined && rollupValue === "") errors.add(row, rollupIndex, "MISSING_VALUE", `${rollup} is empty`);
    else units.push({ key: keyValue, rollup: rollupValue });
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
      heading: label("weight", lang),
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
      heading: label("exactShare", lang),
      forGroup: (group) => {
        const part = weightOf(group);
        return part && { json: part.exactShare.toFixed(SHARE_PLACES), csv: part.exactShare.toFixed(SHARE_PLACES), text: formatFixed(part.exactShare, SHARE_PLACES, lang) };
      },
      forTotal: () => ({ json: String(total), csv: String(total), text: formatCount(total, lang) }),
    },
  ];
}

function rollupAsTable(report: BudgetReport, unitsPerRollup: Map<string, number>, column: string, lang: Lang, width: number | null): string {
  const head = [column === "district" ? (lang === "id" ? "Kecamatan" : "District") : safeInline(column, false), lang === "id" ? "Unit" : "Units", label("workers", lang), label("total", lang)];
  const body = report.groups.map((group) => [safeInline(group.key[0]!, false), formatCount(unitsPerRollup.get(group.key[0]!) ?? 0, lang), formatCount(group.workers, lang), formatRupiah(totalOf(group.amounts), lang)]);
  const units = [...unitsPerRollup.values()].reduce((sum, count) => sum + count, 0);
  const totals = [label("total", lang), formatCount(units, lang), formatCount(report.total.workers, lang), formatRupiah(totalOf(report.total.amounts), lang)];
  // Four short columns: on a very narrow terminal the names are cut, then units and workers go.
  const columns: TableColumn[] = [
    { heading: head[0]!, align: "left", minWidth: 12, cutPriority: 0 },
    { heading: head[1]!, align: "right", priority: 1 },
    { heading: head[2]!, align: "right", priority: 1 },
    { heading: head[3]!, align: "right" },
  ];
  return fittedTable(columns, body, totals, width, lang).text;
}
