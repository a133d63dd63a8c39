// Bagian "published" dari katalog bahasa Indonesia: angka yang diumumkan: jumlah dan persentase dengan ketelitiannya, jumlah diperiksa sebagai rentang, salah hitung.
import type { published as english } from "../en/published.js";

export const published: Record<keyof typeof english, string> = {
  "published.claimsFileNoColumns":
    "berkas klaim tidak memuat kolom klaim apa pun: reported_total (jumlah iuran), covered, of atau percent (cakupan), count (hitungan), benefits (rasio klaim)",
  "published.claimsFileUnknownKind": "jenis {kind} bukan jenis klaim dalam berkas ini ({kinds})",
  "published.claimsFileNoClaim": "baris ini tidak memuat klaim: isi angka salah satu jenis ({kinds}), atau sebut jenisnya di kolom kind",
  "published.claimsFileTwoClaims": "baris ini mengisi angka dua jenis klaim ({kinds}): satu klaim per baris, atau sebut jenisnya di kolom kind",
};
