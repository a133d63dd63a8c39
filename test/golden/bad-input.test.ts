// One fixture per error code in fixtures/bad/, each pinned by its exact message and exit code.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASES } from "../helpers/bad-fixtures.js";
import { iuran } from "../helpers/cli.js";

describe("fixtures/bad: one file per error code", () => {
  it("every fixture is used and every error code has a fixture", () => {
    const files = readdirSync("fixtures/bad").filter((name) => /^[a-z_]+\.(csv|xlsx|xls)$/.test(name) && !["several_errors.csv", "header_only.csv"].includes(name));
    const used = new Set(Object.values(CASES).flatMap((args) => args.filter((arg) => arg.startsWith("fixtures/bad/")).map((arg) => arg.slice("fixtures/bad/".length))));
    expect([...used].sort()).toEqual(files.sort());
  });

  it("every input error code iuran can report has a case here", () => {
    const source = readFileSync("src/io/input-error.ts", "utf8");
    const union = source.slice(source.indexOf("export type InputErrorCode"), source.indexOf(";", source.indexOf("export type InputErrorCode")));
    const codes = [...union.matchAll(/"([A-Z_]+)"/g)].map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(20);
    expect(Object.keys(CASES).sort()).toEqual(codes.sort());
  });

  for (const [code, args] of Object.entries(CASES)) {
    it(`${code}: exit 65 and the exact message`, async () => {
      const result = iuran(args);
      expect(result.code).toBe(65);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(`error ${code}:`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      await expect(result.stderr).toMatchFileSnapshot(`./expected/bad/${code.toLowerCase()}.stderr`);
    });
  }
});
