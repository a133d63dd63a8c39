// Bagian "rollup" dari katalog bahasa Indonesia: subtotal pengelompokan bertingkat dan baris judul untuk spreadsheet.
import type { rollup as english } from "../en/rollup.js";

export const rollup: Record<keyof typeof english, string> = {
};
