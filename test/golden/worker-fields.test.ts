// A worker's field is read by one rule, from a flag or from a roster cell: "--wage 0" is refused like a wage of 0
// in a roster, in the same words; only the place in front differs ("--wage: " or "roster.csv:2:5: error CODE: ").
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const folder = mkdtempSync(join(tmpdir(), "iuran-fields-"));
const NIK = "1303060101800001";

function roster(column: string, value: string): string {
  const path = join(folder, `${column}-${value.replace(/\W/g, "_")}.csv`);
  // A PU row with a valid wage and risk class, so the only problem is the cell under test.
  const cells: Record<string, string> = { segment: "PU", wage: "5000000", risk_class: "1", [column]: value };
  const columns = Object.keys(cells);
  writeFileSync(path, `nik,name,district,${columns.join(",")}\n${NIK},Afrizal,Kamang Baru,${columns.map((name) => `"${cells[name]}"`).join(",")}\n`);
  return path;
}

// Field, roster column, flag, value, the command that carries the flag (with everything else valid).
const PU = ["--segment", "pu", "--wage", "5000000", "--risk", "1"];
const cases: [string, string, string, string, string[]][] = [
  ["income 0", "income", "--income", "0", ["budget", "--workers", "1", "--start", "2026-01"]],
  ["wage 0", "wage", "--wage", "0", ["premium", "--month", "2025-07", "--segment", "pu", "--risk", "1"]],
  ["an ambiguous wage", "wage", "--wage", "5,000", ["premium", "--month", "2025-07", "--segment", "pu", "--risk", "1"]],
  ["risk class 6", "risk_class", "--risk", "6", ["premium", "--month", "2025-07", "--segment", "pu", "--wage", "5000000"]],
  ["an unknown segment", "segment", "--segment", "informal", ["premium", "--month", "2025-07"]],
  ["an unknown programme", "programs", "--programs", "JKK+JKN", ["premium", "--month", "2025-07"]],
  ["a start that is no month", "start", "--start", "13/2027", ["budget", "--workers", "1", ...PU]],
  ["0 months", "months", "--months", "0", ["budget", "--workers", "1", "--start", "2026-01", ...PU]],
  ["1201 months", "months", "--months", "1201", ["capacity", "--budget", "1000000", "--start", "2026-01", ...PU]],
];

describe("a flag and a roster cell get the same verdict in the same words", () => {
  for (const [name, column, flag, value, command] of cases) {
    it(`${name}: ${flag} ${value}`, () => {
      const file = roster(column, value);
      const fromRoster = iuran(["budget", file, "--start", "2026-01"]);
      expect(fromRoster.code).toBe(65);
      const cell = /error [A-Z_]+: (.*)\n/.exec(fromRoster.stderr)?.[1];
      expect(cell).toBeDefined();

      const fromFlag = iuran([...command, flag, value]);
      expect(fromFlag.code).toBe(2);
      expect(fromFlag.stdout).toBe("");
      expect(fromFlag.stderr).toBe(`iuran: ${flag}: ${cell}\n(add "--help" for usage)\n`);
    });
  }

  it("--wage 0 in full", () => {
    const result = iuran(["premium", "--month", "2025-07", "--segment", "pu", "--wage", "0", "--risk", "1"]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: 'iuran: --wage: wage is 0; a declared wage is at least Rp 1\n(add "--help" for usage)\n' });
  });

  it("--segment takes any case, as a roster cell does", () => {
    expect(iuran(["premium", "--month", "2025-07", "--segment", "Pu", "--wage", "5000000", "--risk", "1", "--format", "csv"]).code).toBe(0);
  });
});
