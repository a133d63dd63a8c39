// Bagian "document" dari katalog bahasa Indonesia: dokumen anggaran (iuran document, rekening, terbilang).
import type { document as English } from "../en/document.js";

export const document: Record<keyof typeof English, string> = {
};
