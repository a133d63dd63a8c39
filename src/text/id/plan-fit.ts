// Bagian "plan-fit" dari katalog bahasa Indonesia: rencana yang muat: kekurangan sebagai jawaban, pembagian rata, pembagian antarpembayar.
import type { planFit as english } from "../en/plan-fit.js";

export const planFit: Record<keyof typeof english, string> = {
};
