// budget --share "APBD=70,APBD Provinsi=30": the workers split between payers, each payer's part priced with its own
// funding rules. The budget command reads its roster (or headcount) through this hook's pricer and builder, which
// count classes of identical workers instead of pricing them; finish() then splits the classes between the payers
// and prices each part into the command's own builder, so the budget table is exactly the sum of the payers' parts.
import { quoteCell } from "../domain/personal-data.js";
import { Command } from "commander";
import { BudgetBuilder, type BudgetReport } from "../domain/budget.js";
import { emptyAmounts, Pricer, type PeriodContribution } from "../domain/contribution.js";
import { UNSTATED_FUNDING } from "../domain/funding.js";
import type { Month } from "../domain/month.js";
import type { Program } from "../domain/program.js";
import { assignClasses, parseShares, ShareError, splitWorkers, type PayerShare, type WorkerClass } from "../domain/share.js";
import { termsKey, type WorkerTerms } from "../domain/worker.js";
import { budgetAsCsv, rowsMarked, type BudgetExtras } from "../report/budget.js";
import type { RunContext } from "../report/meta.js";
import { PAYER_CSV_COLUMN, payerRowsAsCsv, payersAsJson, payersAsTable, type PayerTotals } from "../report/plan-fit.js";
import { wrapText } from "../report/width.js";
import { t, tIn } from "../text/render.js";
import { UsageError } from "./exit-codes.js";
import type { CommonSettings } from "./options.js";

export function withShareOptions(command: Command): Command {
  return command.option("--share <list>", t("planFit.help.share")).option("--share-round-up <source>", t("planFit.help.shareRoundUp"));
}

/** A payer as --share names it, with the funding category its name is read as. */
interface Payer extends PayerShare {
  source: string;
}

interface WorkerKind {
  keyValues: string[];
  terms: WorkerTerms;
  start: Month;
  months: number;
}

/** Remembers which terms priced each period, so a builder's add() can name the worker it counts. */
class RecordingPricer extends Pricer {
  readonly origins = new WeakMap<PeriodContribution, { terms: WorkerTerms; start: Month; months: number }>();

  override period(terms: WorkerTerms, key: string, start: Month, months: number): PeriodContribution {
    const period = super.period(terms, key, start, months);
    this.origins.set(period, { terms, start, months });
    return period;
  }
}

/** Counts workers by class (grouping values, terms, start, months) in the order each class first appears. */
class ClassCounter extends BudgetBuilder {
  readonly classes = new Map<string, WorkerClass<WorkerKind>>();
  /** Workers read with a funding source of their own (a funding cell): refused with --share. */
  fundedWorkers = 0;

  constructor(
    groupBy: readonly string[],
    private readonly pricer: RecordingPricer,
  ) {
    super(groupBy);
  }

  override add(keyValues: string[], _programs: readonly Program[], period: PeriodContribution, start: Month, months: number, count = 1): void {
    if (count === 0) return;
    const origin = this.pricer.origins.get(period);
    if (origin === undefined) throw new Error("a period priced outside the share hook's pricer");
    if (origin.terms.funding !== UNSTATED_FUNDING) this.fundedWorkers += count;
    const id = `${keyValues.join("\u001f")}\u001e${termsKey(origin.terms)}\u001e${start}\u001e${months}`;
    const known = this.classes.get(id);
    if (known) known.count += count;
    else this.classes.set(id, { item: { keyValues: [...keyValues], terms: origin.terms, start, months }, count });
  }
}

export interface ShareHook {
  /** What the roster (or headcount) is read into instead of the command's own pricer and builder. */
  sink: { pricer: Pricer; builder: BudgetBuilder };
  /** After reading (a roster, or a headcount): splits and prices into the command's builder with its pricer. */
  finish(roster: boolean): void;
  /** The payers table (text), the payers in JSON, and CSV with payer rows. */
  extras(extras: BudgetExtras, report: BudgetReport, lang: CommonSettings["lang"], width: number | null): BudgetExtras;
  csv(report: BudgetReport, context: RunContext, extras: BudgetExtras): string;
}

/**
 * The hook for --share, or undefined without it. Refuses --share with --funding (the share says who pays) and
 * with --explain, payers iuran cannot read as funding sources, and two payers that are one source.
 */
export function shareHook(
  options: Record<string, unknown>,
  settings: CommonSettings,
  groupBy: readonly string[],
  pricer: Pricer,
  builder: BudgetBuilder,
  explain: boolean,
): ShareHook | undefined {
  const written = options.share as string | undefined;
  const roundUpWritten = options.shareRoundUp as string | undefined;
  if (written === undefined) {
    if (roundUpWritten !== undefined) throw new UsageError(t("planFit.share.roundUpWithoutShare"));
    return undefined;
  }
  if (settings.worker.funding !== UNSTATED_FUNDING) throw new UsageError(t("planFit.share.withFunding"));
  if (explain) throw new UsageError(t("planFit.share.withExplain"));
  // The spreadsheet file has no place for the payers' rows yet; the plain CSV, JSON and the table carry them.
  if (settings.excel) throw new UsageError(t("planFit.share.withExcel"));
  let shares: PayerShare[];
  try {
    shares = parseShares(written);
  } catch (error) {
    if (error instanceof ShareError) throw new UsageError(error.message);
    throw error;
  }
  const payers: Payer[] = shares.map((share) => {
    const reading = settings.fundingVocabulary.resolve(share.payer);
    if (!reading.ok) throw new UsageError(t("planFit.share.payerUnknown", { payer: quoteCell(share.payer), reason: reading.reason }));
    return { ...share, source: reading.source };
  });
  for (const [index, payer] of payers.entries()) {
    const first = payers.findIndex((other) => other.source === payer.source);
    if (first !== index) throw new UsageError(t("planFit.share.payerTwice", { first: payers[first]!.payer, second: payer.payer, source: payer.source }));
  }
  // --share-round-up names a payer as --share does, or by another spelling of the same source.
  let roundUp: Payer | undefined;
  if (roundUpWritten !== undefined) {
    const reading = settings.fundingVocabulary.resolve(roundUpWritten);
    roundUp = payers.find((payer) => payer.payer === roundUpWritten.trim() || (reading.ok && payer.source === reading.source));
    if (!roundUp) throw new UsageError(t("planFit.share.roundUpUnknown", { payer: roundUpWritten, payers: payers.map((payer) => payer.payer).join(", ") }));
  }

  const readingPricer = new RecordingPricer(pricer.book, pricer.rounding);
  const counter = new ClassCounter(groupBy, readingPricer);
  let totals: PayerTotals[] = [];
  let fromRoster = false;

  return {
    sink: { pricer: readingPricer, builder: counter },
    finish(roster) {
      if (counter.fundedWorkers > 0) throw new UsageError(t("planFit.share.rowsStateFunding", { rows: counter.fundedWorkers }));
      const classes = [...counter.classes.values()];
      fromRoster = roster;
      const total = classes.reduce((sum, workerClass) => sum + workerClass.count, 0);
      let parts;
      try {
        parts = splitWorkers(total, payers, roundUp?.payer);
      } catch (error) {
        if (error instanceof ShareError) throw new UsageError(error.message);
        throw error;
      }
      const assigned = assignClasses(classes, parts);
      // --by funding groups by who pays: under --share that is the payer.
      const fundingSlot = groupBy.indexOf("funding");
      totals = payers.map((payer, index) => {
        const own = new BudgetBuilder([]);
        own.touch([]);
        for (const { item, count } of assigned[index]!) {
          const terms = { ...item.terms, funding: payer.source };
          const period = pricer.period(terms, termsKey(terms), item.start, item.months);
          const keyValues = [...item.keyValues];
          if (fundingSlot >= 0) keyValues[fundingSlot] = payer.source;
          builder.add(keyValues, terms.programs, period, item.start, item.months, count);
          own.add([], terms.programs, period, item.start, item.months, count);
        }
        const { total: sum } = own.report();
        return { payer: payer.payer, share: payer.written.includes("/") ? payer.written : `${payer.written}%`, workers: sum.workers, workerMonths: sum.workerMonths, amounts: sum.amounts.length > 0 ? sum.amounts : emptyAmounts() };
      });
    },
    extras(extras, report, lang, width) {
      const rules = [
        tIn(lang, "planFit.share.rule"),
        ...(roundUp ? [tIn(lang, "planFit.share.ruleRoundUp", { payer: roundUp.payer })] : []),
        ...(fromRoster ? [tIn(lang, "planFit.share.ruleRoster")] : []),
      ].join(" ");
      const table = [tIn(lang, "planFit.share.title"), payersAsTable(totals, report, lang, width), wrapText(rules, width)].join("\n");
      return { ...extras, json: { ...extras.json, ...payersAsJson(totals, report, roundUp?.payer) }, text: [...(extras.text ?? []), table] };
    },
    csv(report, context, extras) {
      const columns = [...(extras.columns ?? []), PAYER_CSV_COLUMN];
      return budgetAsCsv(report, context, { ...extras, columns }) + payerRowsAsCsv(totals, report, columns, rowsMarked(report, extras));
    },
  };
}
