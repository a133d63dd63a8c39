// Bagian "forms" dari katalog bahasa Indonesia: cara tanggal dan jumlah uang dibaca seperti ditulis petugas, dan --below-floor.
import type { forms as english } from "../en/forms.js";

export const forms: Record<keyof typeof english, string> = {
  "forms.startForms": "2027-01, 2027-01-15, 01/2027, 15/01/2027 (tanggal/bulan/tahun), Januari 2027, Jan 2027, Jan-27, 15 Januari 2027",
  "forms.startUnknown": "bulan mulai harus berupa bulan, bukan {value}; bentuk yang dibaca: {forms}",
  "forms.startNoYear": "bulan mulai {value} menyebut bulan tanpa tahun; bentuk yang dibaca: {forms}",
  "forms.startBareYear": "bulan mulai {value} berupa tahun, bukan bulan; tulis bulannya, mis. 01/{year:plain} atau Januari {year:plain}",
  "forms.startTwoDigitYear": "bulan mulai {value} memakai tahun dua angka; tulis tahun dengan empat angka (15/01/2027); bentuk yang dibaca: {forms}",
  "forms.startUsOrder":
    "bulan mulai {value} tampaknya tanggal berurutan Amerika (bulan/tanggal/tahun); tanggal dibaca tanggal/bulan/tahun seperti ditulis Excel berbahasa Indonesia: tulis {dayFirst} atau {iso}",
  "forms.startNotADate": "bulan mulai {value} bukan tanggal yang ada (dibaca tanggal/bulan/tahun: tanggal {day:plain}, bulan {month:plain}); bentuk yang dibaca: {forms}",
  "forms.startYearRange": "bulan mulai {value} jatuh pada tahun {year:plain}, di luar {first:plain}–{last:plain}",

  "forms.amountAmbiguousScaled":
    "bermakna ganda: {quoted} bisa berarti {small:rupiah} (tanda desimal) atau {large:rupiah} (pemisah ribuan); tulis sebagai angka saja, {smallPlain} atau {largePlain}",
  "forms.amountScaledNotWhole": "bukan jumlah rupiah bulat: {quoted} menyisakan pecahan rupiah",
  "forms.amountLowercaseM": 'bermakna ganda: "m" pada {quoted} bisa berarti million (juta dalam bahasa Inggris) atau miliar; tulis "juta" untuk juta, "M" atau "miliar" untuk miliar',
  "forms.amountUnknownScale": "bukan jumlah uang: {word} bukan satuan yang dikenal ({words})",

  "forms.belowFloorAdvice": "laporkan paling sedikit {floor:rupiah}, atau jalankan dengan --below-floor raise agar dihitung pada batas bawah",
  "forms.belowFloorOption": "penghasilan BPU di bawah batas bawah tarif: tolak pekerjanya, atau naikkan ke batas bawah dengan peringatan",
  "forms.raisedWorkers":
    "{workers|pekerja|pekerja} melaporkan penghasilan di bawah batas bawah ({incomes}) dan dihitung pada batas bawah {floors}, sesuai --below-floor raise",
  "forms.raisedFlag": "penghasilan yang dilaporkan {incomes} di bawah batas bawah dan dihitung pada batas bawah {floors}, sesuai --below-floor raise",
};
