// Bagian "help" dari katalog bahasa Indonesia: setiap teks --help, termasuk kata-kata commander sendiri.
import type { help as english } from "../en/help.js";

export const help: Record<keyof typeof english, string> = {
  "help.usage": "Pemakaian:",
  "help.options": "Opsi:",
  "help.arguments": "Argumen:",
  "help.commands": "Perintah:",
  "help.examples": "Contoh:",
  "help.displayHelp": "tampilkan bantuan untuk perintah",
  "help.choices": "pilihan: {choices:plain}",
  "help.default": "bawaan: {value}",
  "help.nameOptions": "opsi",
  "help.nameCommand": "perintah",
  "help.nameRosters": "daftar-pekerja",
  "help.nameFile": "berkas",
  "help.nameMonth": "TTTT-BB",
  "help.nameList": "daftar",
  "help.nameSector": "sektor",
  "help.nameSource": "sumber",
  "help.nameLocalCategory": "setempat=kategori",
  "help.nameSegment": "segmen",
  "help.nameClass": "kelompok",
  "help.nameLang": "bahasa",
  "help.nameName": "nama",
  "help.nameChar": "karakter",
  "help.nameMark": "tanda",
  "help.nameColumnHeader": "kolom=judul",
  "help.nameColumns": "kolom",
  "help.nameColumn": "kolom",
  "help.nameText": "teks",
  "help.nameYear": "tahun",
  "help.namePercent": "persen",

  "iuranHelp.description": "Iuran BPJS Ketenagakerjaan (BPJamsostek) dan anggarannya, dihitung tepat, untuk daftar pekerja rentan.",

  "optionHelp.format": "format keluaran",
  "optionHelp.lang": "bahasa laporan dan pesan: id (Rp 201.549.600) atau en (Rp 201,549,600); bawaannya menurut pengaturan locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE)",
  "optionHelp.tariff": "tabel tarif atau keringanan tambahan (CSV); boleh diulang, baris dari berkas yang lebih akhir menggantikan yang lebih awal",
  "optionHelp.noDefaultTariffs": "jangan pakai tabel tarif dan keringanan bawaan",
  "optionHelp.rounding": "pembulatan iuran per pekerja, per bulan, per program ke rupiah penuh",
  "optionHelp.excel": "CSV untuk dibaca orang di Excel (berarti --format csv): judul kolom dalam bahasa laporan, subtotal dan baris jumlah, pengaturan Indonesia: ';' di antara kolom, BOM UTF-8, koma desimal, rumus dinetralkan",
  "optionHelp.errors": "kesalahan masukan di keluaran galat standar (stderr) sebagai teks atau sebagai baris JSON",
  "optionHelp.income": "penghasilan bulanan yang dilaporkan (BPU), mis. 1000000 atau 1.000.000 (bawaan 1000000)",
  "optionHelp.programs": "program, mis. jkk,jkm,jht (bawaan jkk,jkm)",
  "optionHelp.sector": "sektor, mis. transport (menentukan bulan keringanan PP 50/2025)",
  "optionHelp.funding": "siapa yang membayar: APBN, APBD, APBD Provinsi, APB Nagari/APBDes, CSR, BAZNAS, BUMDes/BUMNag, Donatur, Mandiri (ejaan yang lazim ikut terbaca: APBD Kab. X, APBD-P, Dana Desa…)",
  "optionHelp.fundingMap": 'baca nama sumber dana setempat sebagai suatu kategori, mis. --funding-map "DBHCHT=APBD"; boleh diulang',
  "optionHelp.segment": "BPU (pekerja bukan penerima upah) atau PU (penerima upah)",
  "optionHelp.wage": "upah bulanan (PU)",
  "optionHelp.risk": "kelompok risiko kecelakaan kerja 1–5 (PU)",

  "rosterHelp.encoding": "pengodean daftar pekerja bila berkas tanpa BOM: {encodings:plain} (bawaan utf-8)",
  "rosterHelp.delimiter": 'tetapkan pemisah kolom: ",", ";" atau "tab" (bawaan: dibaca dari baris judul kolom)',
  "rosterHelp.decimalMark": 'tanda desimal pada jumlah uang, "," atau "." (bawaan: tolak jumlah yang bisa dibaca dua arti)',
  "rosterHelp.map": "baca suatu kolom dari judul kolom yang tidak dikenal iuran, mis. --map district=Kec; boleh diulang",
  "rosterHelp.skipInvalid": "hitung baris yang sah saja; baris lainnya dihitung jumlahnya dan didaftar (lihat --rejects)",
  "rosterHelp.rejects": "bersama --skip-invalid: tulis baris yang ditolak beserta nomor baris dan kesalahannya ke BERKAS (CSV, atau buku kerja bila BERKAS berakhiran .xlsx)",
  "rosterHelp.showNik": "tampilkan NIK utuh di laporan dan berkas tolakan (bawaannya disamarkan: data pribadi)",

  "premiumHelp.summary": "iuran bulanan satu pekerja",
  "premiumHelp.description": "Iuran bulanan satu pekerja: satu baris per program beserta dasar perhitungan dan dasar hukumnya, serta jumlahnya.",
  "premiumHelp.month": "bulan iuran (bawaan: bulan ini)",
  "premiumHelp.explain": "uraikan perhitungannya beserta peraturan setiap tarif",

  "budgetHelp.summary": "iuran suatu daftar pekerja atau sejumlah pekerja selama beberapa bulan, dikelompokkan",
  "budgetHelp.description":
    "Iuran para pekerja dalam DAFTAR.csv (atau --workers N pekerja yang sama) selama suatu periode, dihitung bulan demi bulan, dikelompokkan menurut kolom mana pun dari daftar pekerja dan/atau menurut bulan.",
  "budgetHelp.rosters": "berkas CSV daftar pekerja (nik,nama,kecamatan,…)",
  "budgetHelp.start": "bulan pertama, bagi baris tanpa kolom bulan mulai",
  "budgetHelp.months": "jumlah bulan, bagi baris tanpa kolom jumlah bulan (bawaan {months:plain})",
  "budgetHelp.workers": "mode jumlah pekerja: hitung N pekerja yang sama, tanpa daftar pekerja",
  "budgetHelp.by": "kelompokkan menurut kolom daftar pekerja dan/atau bulan, dipisah koma, mis. district,village atau month",
  "budgetHelp.potential": "CSV jumlah pekerja yang memenuhi syarat per kunci --by (kolom: kunci, potential): menambah persen cakupan",
  "budgetHelp.expectTotal": "keluar dengan kode 1 bila jumlah keseluruhan tidak sesuai angka ini pada ketelitian tulisannya: 201549600 sampai rupiah, \"201,5 juta\" sebagai angka yang dibulatkan (laporan tetap ditulis)",
  "budgetHelp.explain": "uraikan perhitungannya, dipisah pada setiap perubahan tarif, beserta peraturan setiap tarif",

  "capacityHelp.summary": "berapa pekerja (atau bulan) yang tertanggung oleh suatu anggaran",
  "capacityHelp.description":
    "Jumlah pekerja terbanyak yang tertanggung oleh suatu anggaran selama suatu periode, biayanya, dan sisanya; dengan --workers N sebagai ganti --months, berapa bulan penuh N pekerja dapat ditanggung sejak --start. Dihitung bulan demi bulan.",
  "capacityHelp.budget": "pagu anggaran, mis. 201549600 atau 201.549.600",
  "capacityHelp.start": "bulan pertama",
  "capacityHelp.months": "jumlah bulan: jawabannya berupa jumlah pekerja",
  "capacityHelp.workers": "jumlah pekerja: jawabannya berupa jumlah bulan",
  "capacityHelp.explain": "uraikan perhitungan biayanya",

  "targetHelp.summary": "apa yang dibutuhkan untuk mencapai target cakupan, dan biayanya",
  "targetHelp.description":
    "Berapa pekerja tambahan yang dibutuhkan untuk mencapai target cakupan (sejumlah pekerja atau persentase dari potensi), dan biayanya selama suatu periode.",
  "targetHelp.enrolled": "pekerja yang sudah terdaftar sekarang",
  "targetHelp.potential": "pekerja yang memenuhi syarat (potensi)",
  "targetHelp.target": "jumlah pekerja yang hendak dicakup",
  "targetHelp.targetPercent": "cakupan yang hendak dicapai, dalam persen dari potensi (dibulatkan ke atas ke pekerja utuh)",
  "targetHelp.start": "bulan pertama bagi pekerja tambahan",
  "targetHelp.months": "jumlah bulan (bawaan 12)",

  "checkHelp.summary": "periksa jumlah yang diumumkan terhadap rumus (kode keluar 1 bila ada yang tidak sesuai)",
  "checkHelp.description": 
    "Memeriksa jumlah yang diumumkan terhadap rumus: satu klaim dari opsi, atau banyak klaim dari sebuah CSV yang disebut sebagai argumen atau dengan --claims (baris berisi jumlah iuran bila kolom reported_total terisi; kolom pilihan workers,months,start,income,programs,sector,funding,tolerance; sel kosong atau kolom yang tidak ada: laporan tidak menyebutnya). Angka dibaca dengan ketelitian tulisannya: Rp 2,7 miliar berarti 2,65 sampai 2,75 miliar, Rp 201.549.600 berarti angka itu sendiri. Pekerja, bulan dan bulan mulai masing-masing boleh dihilangkan; tanpa bulan mulai, jumlah dibaca dengan tarif penuh, tanpa keringanan. Angka yang tidak sesuai dicocokkan dengan salah hitung yang lazim (tarif dibulatkan, satu program, keringanan salah diterapkan, tarif tahun lain, 12 bulan, juta untuk ribu), dan masing-masing hanya dilaporkan bila tepat menghasilkan angka itu. Kode keluar 0 bila semua klaim OK, 1 bila ada yang tidak.",
  "checkHelp.reported": "jumlah yang diumumkan, sebagaimana tertulis: 201549600, Rp 201.549.600, \"Rp 2,7 miliar\", \"Rp 969 juta\"",
  "checkHelp.workers": "jumlah pekerja menurut laporan (hilangkan bila laporan tidak menyebutnya)",
  "checkHelp.start": "bulan pertama (hilangkan bila laporan tidak menyebutnya: dibaca dengan tarif penuh)",
  "checkHelp.months": "jumlah bulan menurut laporan (hilangkan bila laporan tidak menyebutnya)",
  "checkHelp.tolerance": "terima selisih sampai sekian rupiah, lebih atau kurang, untuk angka yang ditulis lengkap (bawaan 0: tepat)",
  "checkHelp.label": "nama klaim dalam laporan",
  "checkHelp.claims": "CSV berisi klaim, satu klaim per baris",
  "checkHelp.explain": "uraikan perhitungan setiap jumlah (tanpa pekerja atau bulan: perhitungan pembaginya), rentang angka yang dibulatkan dan perhitungan setiap salah hitung",
  "checkHelp.statuses": `Status:
  OK           angka sesuai: jumlah menurut rumus untuk pekerja dan bulan yang
               disebut sama dengan angka itu (dalam batas --tolerance) atau,
               untuk angka yang dibulatkan, termasuk rentangnya; bila pekerja
               atau bulan tidak disebut, ada bacaan bilangan bulat yang
               menghasilkan jumlah seperti itu ("OK (tersirat)": tidak ada
               yang dibandingkan secara tepat)
  TIDAK COCOK  angka tidak sesuai pada bacaan ketelitian mana pun
  KETELITIAN TIDAK SESUAI
               angka hanya sesuai bila dibaca sebagai pembulatan yang lebih
               kasar daripada tulisannya (Rp 2.700.000.000 ditulis lengkap
               untuk Rp 2.688.000.000)

Angka tersirat: orang-bulan = jumlah dilaporkan ÷ biaya satu orang-bulan, selama
bulan yang disebut (rata-ratanya bila suatu keringanan mulai atau berakhir di
antaranya) atau, tanpa bulan, pada tarif bulan mulai, dengan menyebut bulan
ketika tarif itu berubah; bulan = orang-bulan ÷ pekerja; pekerja = orang-bulan ÷
bulan. Angka ini tidak bergantung pada jumlah pekerja yang disebut, dan
ditampilkan sampai {places:plain} angka desimal; untuk angka yang dibulatkan, sebagai
rentang dari jumlah-jumlah yang diwakilinya.

Bacaan yang ditandai: lebih banyak bulan per pekerja daripada yang dimuat tahun
anggaran dari bulan yang disebut ({perYear:plain} setahun), atau daripada {withoutPeriod:plain} bila bulan
tidak disebut, sekurang-kurangnya satu orang-bulan; jumlah pekerja yang tidak
utuh untuk bulan yang disebut; tarif bulanan per pekerja yang tidak cocok dengan
tarif mana pun dari bacaan yang dicoba.`,

  "projectHelp.summary": "skenario multi-tahun, berdampingan",
  "projectHelp.description":
    "Tabel multi-tahun: per tahun jumlah pekerja (bertumbuh menurut --growth, dibulatkan setengah ke atas ke pekerja utuh), orang-bulan, biaya per program dan perubahannya terhadap tahun sebelumnya, setiap tahun dihitung bulan demi bulan sejak Januari. Dari opsi, atau dari CSV skenario (year,workers,months,income,sector,funding), beberapa skenario berdampingan beserta selisihnya terhadap skenario pertama.",
  "projectHelp.from": "tahun pertama",
  "projectHelp.years": "jumlah tahun (bawaan 5)",
  "projectHelp.workers": "jumlah pekerja pada tahun pertama",
  "projectHelp.growth": "pertumbuhan jumlah pekerja per tahun, mis. 10% (bawaan 0%)",
  "projectHelp.months": "bulan yang ditanggung setiap tahun, sejak Januari (bawaan 12)",
  "projectHelp.scenario": "CSV skenario: year,workers serta kolom pilihan months,income,sector,funding; boleh diulang",

  "allocateHelp.summary": "bagi pekerja atau anggaran ke kecamatan atau nagari/desa, secara tepat",
  "allocateHelp.description":
    'Membagi sejumlah pekerja (--workers N, atau yang terbeli oleh --budget) menjadi bagian-bagian utuh sebanding dengan bobot yang dibaca dari sebuah CSV: metode sisa terbesar (Hamilton), setiap bagian adalah pembulatan ke bawah dari bagian proporsionalnya, sisanya dibagikan satu per satu kepada sisa terbesar, bila sama kuat kepada kunci yang lebih kecil. Atau, dengan --per-unit, sejumlah pekerja yang tetap per unit ("1 Nagari 100 Pekerja Rentan"), dijumlahkan per kelompok dengan --rollup. Setiap bagian dihitung biayanya selama periode; jumlah semua bagian tepat sama dengan keseluruhannya.',
  "allocateHelp.workers": "jumlah pekerja yang dibagi",
  "allocateHelp.budget": "anggaran: kapasitasnya selama periode itulah yang dibagi",
  "allocateHelp.start": "bulan pertama",
  "allocateHelp.months": "jumlah bulan (bawaan 12)",
  "allocateHelp.weights": "CSV dengan kolom kunci dan kolom bobot",
  "allocateHelp.key": "kolom kunci di berkas bobot atau berkas unit, mis. district atau village",
  "allocateHelp.weight": "kolom bobot, mis. potential",
  "allocateHelp.min": "kolom berisi jumlah pekerja paling sedikit bagi setiap kunci",
  "allocateHelp.max": "kolom berisi jumlah pekerja paling banyak bagi setiap kunci",
  "allocateHelp.perUnit": "mode kuota: sekian pekerja per unit",
  "allocateHelp.units": "mode kuota: CSV berisi daftar unit (satu baris per unit)",
  "allocateHelp.rollup": "mode kuota: jumlahkan juga per kolom ini dari berkas unit, mis. district",
  "allocateHelp.potential": "CSV jumlah pekerja yang memenuhi syarat per kunci: menambah persen cakupan",
  "allocateHelp.decimalMark": 'tanda desimal pada bobot, "," atau "." (bawaan "."; "4.500" lalu ditolak karena bisa dibaca dua arti)',

  "auditHelp.summary": "periksa daftar pekerja (isian, NIK, NIK ganda antarberkas) tanpa menghitung anggaran",
  "auditHelp.description":
    "Memeriksa satu atau beberapa daftar pekerja: isian setiap baris, setiap NIK (16 angka, tanggal lahir yang nyata, awalan kecamatan yang dikenal) dan NIK ganda di dalam dan di antara berkas. Dengan --start, juga apakah tarif dapat menghitung iuran setiap pekerja. Kode keluar 0 bila semua baris sah, 65 bila ada yang tidak; kesalahannya didaftar dalam kedua keadaan.",
  "auditHelp.rosters": "berkas CSV daftar pekerja",
  "auditHelp.start": "hitung juga iuran setiap pekerja sejak bulan ini (menemukan penghasilan di luar rentang tarif)",
  "auditHelp.months": "bersama --start: jumlah bulan (bawaan 12)",
};
