// The shape of messages: a key of the catalogues and its parameters, checked against the English template's
// placeholders. Types only: render.ts turns a key and parameters into text.
import type { en } from "./en/index.js";

/** What a parameter may be: text (as it is), a count (grouped: 1.333 / 1,333), or a list of texts. */
export type ParamValue = string | number | bigint | readonly string[];

type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;

/** The names of a template's placeholders: "{fields}", "{amount:rupiah}", "{n|row|rows}", "{n?is:are}". */
type PlaceholderNames<Template extends string> = Template extends `${string}{${infer Inside}}${infer Rest}`
  ? NameOf<Inside> | PlaceholderNames<Rest>
  : never;
/** "n?is:are" → "n", "n|row|rows" → "n", "amount:rupiah" → "amount"; "{{" is no placeholder. */
type NameOf<Inside extends string> = Inside extends `{${string}`
  ? never
  : Inside extends `${infer Name}?${string}`
    ? Name
    : Inside extends `${infer Name}|${string}`
      ? Name
      : Inside extends `${infer Name}:${string}`
        ? Name
        : Inside;

export type MessageParams<K extends MessageKey> = { readonly [Name in PlaceholderNames<Catalogue[K]>]: ParamValue };

/** The parameters a key takes, as a rest argument: none for a template without placeholders. */
export type ParamsArgument<K extends MessageKey> = [PlaceholderNames<Catalogue[K]>] extends [never] ? [] : [MessageParams<K>];

/**
 * Something worth saying that is no error: a code scripts can match (--errors json) and the text, already in the
 * run's language. Codes, like error codes, are English identifiers.
 */
export interface Warning {
  readonly code: string;
  readonly text: string;
}

export function warning(code: string, text: string): Warning {
  return { code, text };
}
