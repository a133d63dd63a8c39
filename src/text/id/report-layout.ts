// Bagian "report-layout" dari katalog bahasa Indonesia: tabel selebar terminal, warna, dan opsinya.
import type { reportLayout as english } from "../en/report-layout.js";

export const reportLayout: Record<keyof typeof english, string> = {
  "layout.columnsLeftOut": "Tidak tampil pada lebar {width:plain} kolom: {columns}; --width {needed:plain} menampilkan semua kolom.",
  "layout.differenceFromFirst": "Selisih dengan {first}",
  "layout.columnWithTotal": "{column} (jumlah {total})",
  "layout.widthOption": "sesuaikan tabel dengan lebar N kolom (bawaan: lebar terminal, atau COLUMNS; bila disalurkan atau ditulis ke berkas: tabel lengkap)",
  "layout.widthInvalid": "diharapkan bilangan bulat jumlah kolom dari {least:plain} sampai {most:plain}, tertulis {text}",
  "layout.colorOption": "kapan berwarna: auto (di terminal, kecuali NO_COLOR diisi; FORCE_COLOR memaksakan warna), always atau never",
  "layout.noColorOption": "tanpa warna (sama dengan --color never)",
};
