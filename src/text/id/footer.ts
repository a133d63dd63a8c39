// Bagian "footer" dari katalog bahasa Indonesia: baris penutup di bawah data daftar (JUMLAH, tempat dan tanggal, tanda tangan).
import type { footer as english } from "../en/footer.js";

export const footer: Record<keyof typeof english, string> = {
};
