// Bagian "report" dari katalog bahasa Indonesia.
import type { report as english } from "../en/report.js";

export const report: Record<keyof typeof english, string> = {
};
