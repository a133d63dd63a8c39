// Bagian "forms" dari katalog bahasa Indonesia: cara tanggal dan jumlah uang dibaca seperti ditulis petugas, dan --below-floor.
import type { forms as english } from "../en/forms.js";

export const forms: Record<keyof typeof english, string> = {
};
