// Bagian "regions" dari katalog bahasa Indonesia: nama kelompok yang dibaca sebagai satu wilayah (nama kecamatan dan nagari dinormalkan, --region).
import type { regions as english } from "../en/regions.js";

export const regions: Record<keyof typeof english, string> = {
};
