// Every `console` example in the README is run, and must print exactly what the README shows.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { iuran, ROOT } from "../helpers/cli.js";

interface Example {
  command: string;
  expected: string;
}

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: Example | undefined;
    for (const line of block[1]!.split("\n")) {
      if (line.startsWith("$ ")) {
        current = { command: line.slice(2), expected: "" };
        found.push(current);
      } else if (current) {
        current.expected += `${line}\n`;
      }
    }
  }
  return found;
}

/** Splits a command line the way a POSIX shell would for these examples: spaces, and double quotes. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

const readme = readFileSync(`${ROOT}README.md`, "utf8");
const found = examples(readme);

/** After an intended change of output: UPDATE_README=1 npx vitest run test/golden/readme.test.ts, then review the diff. */
if (process.env.UPDATE_README && !process.env.CI) {
  const updated = readme.replace(/```console\n([\s\S]*?)```/g, (_, body: string) => {
    const commands = body.split("\n").filter((line) => line.startsWith("$ "));
    const outputs = commands.map((line) => {
      const result = iuran(words(line.slice(2)).slice(1));
      return `${line}\n${`${result.stdout}${result.stderr}`.trimEnd()}\n`;
    });
    return `\`\`\`console\n${outputs.join("")}\`\`\``;
  });
  writeFileSync(`${ROOT}README.md`, updated);
}

describe("README examples", () => {
  it("has examples to run", () => expect(found.length).toBeGreaterThanOrEqual(5));
  for (const example of found) {
    it(example.command, () => {
      const [program, ...args] = words(example.command);
      expect(program).toBe("iuran");
      const result = iuran(args);
      expect(`${result.stdout}${result.stderr}`.trimEnd()).toBe(example.expected.trimEnd());
    });
  }
});
