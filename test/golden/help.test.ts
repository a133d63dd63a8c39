// Help texts cite only files that the installed package holds, and every example they show runs.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { iuran, ROOT } from "../helpers/cli.js";

const COMMANDS = ["", "premium", "budget", "capacity", "target", "check", "project", "allocate", "audit"];
const helps = COMMANDS.map((command) => ({ command, text: iuran(command === "" ? ["--help"] : [command, "--help"]).stdout }));

/** The files `npm pack` puts in the package, as an installed iuran has them. */
function packedFiles(): Set<string> {
  const packed = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
  expect(packed.status, packed.stderr).toBe(0);
  return new Set((JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path));
}

/** Splits an example command line as a shell would: words, and "quoted words". */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

describe("help texts", () => {
  it("cite only files the installed package holds", () => {
    const packed = packedFiles();
    const cited = helps.flatMap(({ text }) => [...text.matchAll(/[\w./-]+\.(?:csv|json|xlsx|txt)\b/g)].map((match) => match[0]));
    expect(cited.length).toBeGreaterThan(5);
    // A name in capitals (ROSTER.csv) stands for the user's own file.
    const files = cited.filter((name) => !/^[A-Z]+\.csv$/.test(name));
    expect(files.filter((name) => !packed.has(name))).toEqual([]);
  });

  it("show examples that run (exit 0, or 1 where a check finds a mismatch)", () => {
    const examples = helps.flatMap(({ text }) => [...text.matchAll(/^\s+\$ iuran (.+)$/gm)].map((match) => match[1]!));
    expect(examples.length).toBeGreaterThan(10);
    for (const example of examples) {
      const result = iuran(words(example));
      expect([0, 1], `iuran ${example}\n${result.stderr}`).toContain(result.code);
    }
  });
});
