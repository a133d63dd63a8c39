// Bagian "workbookIn" dari katalog bahasa Indonesia: buku kerja masukan (daftar .xlsx, --sheet, jenis sel, posisi).
import type { workbookIn as English } from "../en/workbook-in.js";

export const workbookIn: Record<keyof typeof English, string> = {
};
