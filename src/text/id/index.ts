// Katalog bahasa Indonesia: setiap teks untuk pengguna, per bagian, dengan kunci yang sama dengan katalog Inggris.
import type { en } from "../en/index.js";
import { cli } from "./cli.js";
import { help } from "./help.js";
import { input } from "./input.js";
import { packageText } from "./package.js";
import { pipes } from "./pipes.js";
import { planning } from "./planning.js";
import { report } from "./report.js";
import { fiscalYear } from "./fiscal-year.js";
import { forms } from "./forms.js";
import { footer } from "./footer.js";
import { regions } from "./regions.js";
import { rollup } from "./rollup.js";
import { published } from "./published.js";
import { figures } from "./figures.js";
import { benefits } from "./benefits.js";
import { workbookIn } from "./workbook-in.js";
import { workbookOut } from "./workbook-out.js";
import { document } from "./document.js";
import { planFit } from "./plan-fit.js";
import { reportLayout } from "./report-layout.js";

export const id: Record<keyof typeof en, string> = { ...input, ...cli, ...help, ...report, ...planning, ...packageText, ...reportLayout, ...pipes, ...fiscalYear, ...forms, ...footer, ...regions, ...rollup, ...planFit, ...published, ...figures, ...benefits, ...workbookIn, ...workbookOut, ...document };

/** Keys whose text is the same in both languages on purpose (names, codes, formulas); the catalogue test allows them. */
export const SAME_IN_BOTH: ReadonlySet<keyof typeof en> = new Set<keyof typeof en>([
  // input: a template with no words of its own.
  "field.amountRefused",
  // report, planning: words Indonesian uses as they are, and the CSV column names that are the same word.
  "report.label.status",
  "report.check.statusOk",
  "report.check.statusOkWithin",
  "report.excel.program",
  "report.excel.status",
  "report.excel.target",
  "planning.target.target",
  // plan-fit: the flag, the payer and the funding vocabulary's own reason, in the run's language.
  "planFit.share.payerUnknown",
  // document: SIPD's column name (koefisien) and words Indonesian uses as they are.
  "document.column.volume",
  "document.column.koefisien",
]);
