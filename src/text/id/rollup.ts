// Bagian "rollup" dari katalog bahasa Indonesia: subtotal pengelompokan bertingkat dan baris judul untuk spreadsheet.
import type { rollup as english } from "../en/rollup.js";

export const rollup: Record<keyof typeof english, string> = {
  "rollup.subtotal": "Jumlah {name}",
  "rollup.workersNotAdded": "Kolom pekerja pada baris subtotal dikosongkan: pekerja yang terdaftar beberapa bulan terhitung di setiap bulannya.",
  "rollup.rollupOption": "tampilkan subtotal pada kolom --by ini (bawaan: kolom pertama, bila --by menyebut dua kolom atau lebih)",
  "rollup.noSubtotalsOption": "tanpa baris subtotal pada --by bertingkat",
  "rollup.notGrouped": "--rollup {column}: bukan salah satu kolom --by ({columns})",
  "rollup.lastColumn": "--rollup {column}: di bawah kolom --by terakhir tidak ada yang dijumlahkan; sebut kolom sebelumnya ({columns})",
  "rollup.withoutSubtotals": "--rollup meminta subtotal, sedangkan --no-subtotals meniadakannya: pilih salah satu",
  "rollup.excelFormat": "--excel menulis CSV untuk spreadsheet; tidak dapat digabung dengan --format {format}",
  "rollup.excelExtension": "--excel menulis CSV, tetapi {file} berakhiran {extension}: beri nama berkas .csv, atau hilangkan --excel",
} as const;
