// Bagian "help" dari katalog bahasa Indonesia.
import type { help as english } from "../en/help.js";

export const help: Record<keyof typeof english, string> = {
};
