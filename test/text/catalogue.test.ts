// The two catalogues: the same keys, the same placeholders, and no Indonesian text left in English unless marked.
import { describe, expect, it } from "vitest";
import { en } from "../../src/text/en/index.js";
import { id, SAME_IN_BOTH } from "../../src/text/id/index.js";
import { fill } from "../../src/text/render.js";

const keys = Object.keys(en) as (keyof typeof en)[];

/** The placeholder names of a template, sorted: "{n|row|rows} {amount:rupiah}" → amount, n. */
function placeholders(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.replace(/\{\{/g, "").matchAll(/\{([A-Za-z0-9_]+)/g)) names.add(match[1]!);
  return [...names].sort();
}

describe("message catalogues", () => {
  it("hold the same keys", () => {
    expect(Object.keys(id).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("%s: the same placeholders in both languages", (key) => {
    expect(placeholders(id[key])).toEqual(placeholders(en[key]));
  });

  it.each(keys)("%s: translated, or marked as the same in both", (key) => {
    if (SAME_IN_BOTH.has(key)) expect(id[key]).toBe(en[key]);
    else expect(id[key], `${key} is the same in Indonesian as in English; translate it or add it to SAME_IN_BOTH`).not.toBe(en[key]);
  });

  it.each(keys)("%s: renders in both languages with every placeholder filled", (key) => {
    // A sample value for every placeholder: counts 2, texts their own name, months and decimals in their form.
    const params = Object.fromEntries(
      placeholders(en[key]).map((name) => {
        const format = new RegExp(String.raw`\{${name}:([a-z]+)\}`).exec(en[key])?.[1];
        const value = format === "month" ? "2026-04" : format === "decimal" ? "0.24" : format === "rupiah" ? 16800n : format === "plain" ? 2026 : 2;
        return [name, value];
      }),
    );
    for (const [lang, catalogue] of [["en", en], ["id", id]] as const) {
      const rendered = fill(catalogue[key], params, lang);
      expect(rendered).not.toMatch(/\{[A-Za-z0-9_]+[}:|?]/);
    }
  });

  it("no message is empty", () => {
    for (const key of keys) {
      expect(en[key].trim(), key).not.toBe("");
      expect(id[key].trim(), key).not.toBe("");
    }
  });
});
