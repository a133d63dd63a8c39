// Cells of the bundled data tables (tariffs, reliefs, benefits) as zod schemas: an empty cell is null, a cell that
// does not read says what was expected, in the run's language.
import { z } from "zod";
import { quoteCell } from "../domain/personal-data.js";
import type { MessageKey, ParamsArgument } from "../text/message.js";
import { t } from "../text/render.js";

/** A message without placeholders: what a cell was expected to hold ("a whole rupiah amount"). */
export type ExpectedKey = { [K in MessageKey]: ParamsArgument<K> extends [] ? K : never }[MessageKey];

/** Every cell is read trimmed. */
export const cellText = z.string().trim();

// Messages are made when a cell is read, not when the schemas are built (as a module loads, before the run's
// language is known): hence t() inside the functions.
export function optionalCell<T>(parseValue: (value: string) => T | undefined, expected: ExpectedKey) {
  return cellText.transform((value, ctx): T | null => {
    if (value === "") return null;
    const parsed = parseValue(value);
    if (parsed === undefined) {
      ctx.addIssue({ code: "custom", message: t("tariff.expected", { expected: t(expected), value: quoteCell(value) }) });
      return z.NEVER;
    }
    return parsed;
  });
}

export function requiredCell<T>(parseValue: (value: string) => T | undefined, expected: ExpectedKey) {
  return optionalCell(parseValue, expected).refine((value) => value !== null, { error: () => t("tariff.expectedNothing", { expected: t(expected) }) }) as z.ZodType<T, string>;
}
