// Bagian "planning" dari katalog bahasa Indonesia.
import type { planning as english } from "../en/planning.js";

export const planning: Record<keyof typeof english, string> = {
};
