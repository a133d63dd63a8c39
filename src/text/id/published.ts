// Bagian "published" dari katalog bahasa Indonesia: angka yang diumumkan: jumlah dan persentase dengan ketelitiannya, jumlah diperiksa sebagai rentang, salah hitung.
import type { published as english } from "../en/published.js";

export const published: Record<keyof typeof english, string> = {
};
