// iuran allocate: split workers (or what a budget buys) over districts or villages, in proportion to weights
// (largest remainder) or as a fixed quota per unit ("1 Nagari 100 Pekerja Rentan"), and price each part.
import { warning, type Warning } from "../text/message.js";
import { Command } from "commander";
import { z } from "zod";
import { allocate, AllocationError, type AllocationClaim } from "../domain/allocate.js";
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
import { fittedTable, type TableColumn } from "../report/table.js";
import { t, tIn } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { fileOrExample, singleExampleOption } from "./examples.js";
import { UsageError } from "./exit-codes.js";
import { groupNamings } from "./rosters.js";
import { commonSettings, countOption, decimalMarkOption, flagTerms, monthCountOption, startOption, parseOptions, rupiahOption, withOutputOptions, withWorkerOptions } from "./options.js";

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
  decimalMark: decimalMarkOption.optional(),
});

export function allocateCommand(): Command {
  const command = new Command("allocate")
    .summary(t("allocateHelp.summary"))
    .description(t("allocateHelp.description"))
    .option("--workers <n>", t("allocateHelp.workers"))
    .option("--budget <rupiah>", t("allocateHelp.budget"))
    .requiredOption("--start <YYYY-MM>", t("allocateHelp.start"))
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
    const example = options.example as string | undefined;
    if (quota) parsed.units = fileOrExample(parsed.units, "--units", example, "units", "allocate");
    else parsed.weights = fileOrExample(parsed.weights, "--weights", example, "weights", "allocate");
    if (quota ? parsed.units === undefined || parsed.weights !== undefined : parsed.weights === undefined || parsed.weight === undefined) {
      throw new UsageError(t("usage.allocateMode"));
    }
    if (parsed.workers !== undefined && parsed.budget !== undefined) throw new UsageError(t("usage.workersOrBudget"));
    if (!quota && parsed.workers === undefined && parsed.budget === undefined) throw new UsageError(t("usage.allocateNeeds"));
    const months = parsed.months ?? 12;
    const terms = flagTerms(settings);
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding);
    const period = pricer.period(terms, termsKey(terms), parsed.start, months);
    const costPerWorker = totalOf(period.total);
    const keyName = groupColumnName(parsed.key);
    // Kecamatan and nagari keys are read as one name however they are spelt, and shown as the official list spells them.
    const [keyNaming, rollupNaming] = (await groupNamings([keyName, groupColumnName(parsed.rollup ?? "")], undefined)).namings;
    const { lang } = settings;

    let report: BudgetReport;
    let extras: BudgetExtras;
    const inputs = [];
    let rollupTable: string | undefined;

    if (quota) {
      const units = await readTable(parsed.units!);
      inputs.push({ file: units.file, sha256: units.sha256 });
      const rollupName = parsed.rollup === undefined ? undefined : groupColumnName(parsed.rollup);
      const unitKeys = readUnits(units, parsed.key, parsed.rollup, regionNameOf(keyNaming), regionNameOf(rollupNaming));
      // Formed in bigint and bounded before it becomes a number: per-unit and the units file are each bounded alone.
      const neededExactly = BigInt(parsed.perUnit!) * BigInt(unitKeys.length);
      if (neededExactly > BigInt(MAX_WORKERS)) {
        throw new UsageError(t("usage.quotaTooLarge", { perUnit: parsed.perUnit!, units: unitKeys.length, needed: neededExactly, max: MAX_WORKERS }));
      }
      const needed = Number(neededExactly);
      if (parsed.workers !== undefined && parsed.workers !== needed) {
        throw new UsageError(t("usage.quotaMismatch", { workers: parsed.workers, perUnit: parsed.perUnit!, units: unitKeys.length, needed }));
      }
      if (parsed.budget !== undefined && costPerWorker * BigInt(needed) > parsed.budget) {
        const affordable = workersForBudget(parsed.budget, costPerWorker * BigInt(parsed.perUnit!), months).workers;
        throw new UsageError(t("usage.quotaOverBudget", { affordable, units: unitKeys.length, perUnit: parsed.perUnit! }));
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
        title: tIn(lang, "planning.allocate.title"),
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
      const claims = readWeights(weights, parsed.key, parsed.weight!, parsed.decimalMark, parsed.min, parsed.max, regionNameOf(keyNaming));
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
        title: tIn(lang, "planning.allocate.title"),
        columns: shareColumns(byKey, weightSum, total, lang),
        json: { method: tIn(lang, "planning.allocate.method"), sharePlaces: SHARE_PLACES, ...budgetSummary(parsed.budget, totalOf(report.total.amounts)) },
      };
    }

    const warnings: Warning[] = [];
    if (report.total.workers === 0) {
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
    const context = runContext(settings, tariffs, pricer.used(), inputs, warnings);
    const workers = report.total.workers;
    const source =
      parsed.budget === undefined
        ? tIn(lang, "planning.allocate.source", { workers })
        : tIn(lang, "planning.allocate.sourceWithBudget", { workers, budget: parsed.budget, leftover: parsed.budget - totalOf(report.total.amounts) });
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
