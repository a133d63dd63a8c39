// Bagian "workbookOut" dari katalog bahasa Indonesia: buku kerja keluaran (--format xlsx, --rejects .xlsx, lembar asal-usul).
import type { workbookOut as English } from "../en/workbook-out.js";

export const workbookOut: Record<keyof typeof English, string> = {
};
