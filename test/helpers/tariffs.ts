// The bundled tariff book, loaded once per test file through the same reader the CLI uses.
import { loadTariffs } from "../../src/io/tariff-file.js";

export const bundled = await loadTariffs([], true);
export const book = bundled.book;
