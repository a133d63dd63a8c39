// Bagian "fiscal-year" dari katalog bahasa Indonesia: jendela anggaran (--year, --until) dan peringatan tahun anggaran.
import type { fiscalYear as english } from "../en/fiscal-year.js";

export const fiscalYear: Record<keyof typeof english, string> = {
};
