// Bagian "benefits" dari katalog bahasa Indonesia: jadwal manfaat, perintah benefits dan rasio klaim.
import type { benefits as english } from "../en/benefits.js";

export const benefits: Record<keyof typeof english, string> = {
};
