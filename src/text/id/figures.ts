// Bagian "figures" dari katalog bahasa Indonesia: klaim cakupan dan hitungan dalam pengumuman program.
import type { figures as english } from "../en/figures.js";

export const figures: Record<keyof typeof english, string> = {
};
