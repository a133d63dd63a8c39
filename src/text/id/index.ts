// Katalog bahasa Indonesia: setiap teks untuk pengguna, per bagian, dengan kunci yang sama dengan katalog Inggris.
import type { en } from "../en/index.js";
import { cli } from "./cli.js";
import { help } from "./help.js";
import { input } from "./input.js";
import { pipes } from "./pipes.js";
import { planning } from "./planning.js";
import { report } from "./report.js";

export const id: Record<keyof typeof en, string> = { ...input, ...cli, ...help, ...report, ...planning, ...pipes };

/** Keys whose text is the same in both languages on purpose (names, codes, formulas); the catalogue test allows them. */
export const SAME_IN_BOTH: ReadonlySet<keyof typeof en> = new Set<keyof typeof en>([]);
