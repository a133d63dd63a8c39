// Bagian "footer" dari katalog bahasa Indonesia: baris penutup di bawah data daftar (JUMLAH, tempat dan tanggal, tanda tangan).
import type { footer as english } from "../en/footer.js";

export const footer: Record<keyof typeof english, string> = {
  "footer.skipped":
    "{file}: {count} baris di bawah data dibaca sebagai bagian penutup daftar (JUMLAH, tempat dan tanggal, tanda tangan) dan dilewati: {count?baris {first:plain}:baris {first:plain}–{last:plain}}",
  "footer.totalDisagrees": "{place}: baris jumlah di bawah data tidak sesuai dengan daftar yang dibaca iuran: {differences}{rejected}",
  "footer.workers": "pekerja: {stated} di baris itu, {own} diterima",
  "footer.count": "{column}: {stated} di baris itu, {own} pada baris yang diterima",
  "footer.amount": "{column}: {stated:rupiah} di baris itu, {own:rupiah} pada baris yang diterima",
  "footer.rejected": " ({rejected} baris data ditolak: terhitung dalam jumlah daftar, tidak dalam hitungan iuran)",
};
