// The English catalogue: every user-facing text, by section. The Indonesian one (../id) has the same keys.
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

export const en = { ...input, ...cli, ...help, ...report, ...planning, ...packageText, ...reportLayout, ...pipes, ...fiscalYear, ...forms, ...footer, ...regions, ...rollup, ...planFit, ...published, ...figures, ...benefits, ...workbookIn, ...workbookOut, ...document } as const;
