// Bagian "cli" dari katalog bahasa Indonesia.
import type { cli as english } from "../en/cli.js";

export const cli: Record<keyof typeof english, string> = {
};
