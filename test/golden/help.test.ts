// Help texts name the files they read by --example (found wherever iuran is installed), and every example they show
// runs. test/golden/package.test.ts runs them again from an installed package, in another folder.
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/io/examples.js";
import { iuran } from "../helpers/cli.js";

const COMMANDS = ["", "premium", "budget", "capacity", "target", "check", "project", "allocate", "audit", "benefits", "examples"];
const helps = COMMANDS.map((command) => ({ command, text: iuran(command === "" ? ["--help"] : [command, "--help"]).stdout }));

/** Splits an example command line as a shell would: words, and "quoted words". */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

describe("help texts", () => {
  it("cite no file by a path, which would only work from the package's own folder, but by --example NAME", () => {
    const cited = helps.flatMap(({ text }) => [...text.matchAll(/[\w./-]+\.(?:csv|json|xlsx|txt)\b/g)].map((match) => match[0]));
    // A name in capitals (ROSTER.csv) stands for the user's own file.
    expect(cited.filter((name) => !/^[A-Z]+\.csv$/.test(name))).toEqual([]);
    const named = helps.flatMap(({ text }) => [...text.matchAll(/^\s+\$ iuran .*$/gm)].flatMap((line) => [...line[0].matchAll(/--example (\S+)/g)].map((match) => match[1]!)));
    expect(named.length).toBeGreaterThanOrEqual(8);
    const listed = iuran(["examples"]).stdout;
    for (const name of new Set(named)) {
      expect(EXAMPLES.map((example) => example.name)).toContain(name);
      expect(listed).toContain(`\n${name}\n`);
    }
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
