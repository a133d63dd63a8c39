// The README and every page under docs/ are run as tests: each `console` example must print exactly what the page
// shows (and `$ echo $?` the exit code of the command before it), and each relative link must lead to a file, and to
// a heading of it when the link names one.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran, iuranAsync, ROOT, type CliResult } from "../helpers/cli.js";

/** The pages, relative to the repository root. */
const PAGES = ["README.md", ...readdirSync(join(ROOT, "docs"))
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => `docs/${name}`)];

const CONSOLE_BLOCK = /```console\n([\s\S]*?)```/g;
/** Stands for the exit code of the example before it in the same block. */
const EXIT_CODE = "echo $?";

interface Example {
  command: string;
  expected: string;
  /** For `echo $?`: the example whose exit code it prints. */
  after?: Example;
}

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  for (const block of markdown.matchAll(CONSOLE_BLOCK)) {
    let current: Example | undefined;
    let previous: Example | undefined;
    for (const line of block[1]!.split("\n")) {
      if (line.startsWith("$ ")) {
        const command = line.slice(2);
        current = command === EXIT_CODE ? { command, expected: "", after: previous } : { command, expected: "" };
        if (command !== EXIT_CODE) previous = current;
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

/** What a reader sees: standard output, then standard error, without trailing blank lines. */
function shown(result: CliResult): string {
  return `${result.stdout}${result.stderr}`.trimEnd();
}

/** After an intended change of output: UPDATE_README=1 npx vitest run test/golden/readme.test.ts, then review the diff. */
if (process.env.UPDATE_README && !process.env.CI) {
  for (const page of PAGES) {
    const markdown = readFileSync(join(ROOT, page), "utf8");
    const updated = markdown.replace(CONSOLE_BLOCK, (_, body: string) => {
      let last: CliResult | undefined;
      const outputs = body
        .split("\n")
        .filter((line) => line.startsWith("$ "))
        .map((line) => {
          const command = line.slice(2);
          if (command === EXIT_CODE) return `${line}\n${last?.code ?? ""}\n`;
          last = iuran(words(command).slice(1));
          const output = shown(last);
          return output === "" ? `${line}\n` : `${line}\n${output}\n`;
        });
      return `\`\`\`console\n${outputs.join("")}\`\`\``;
    });
    if (updated !== markdown) writeFileSync(join(ROOT, page), updated);
  }
}

// Identical commands on several pages run once.
const runs = new Map<string, Promise<CliResult>>();
function run(command: string): Promise<CliResult> {
  const [program, ...args] = words(command);
  expect(program, `${command}: examples run iuran`).toBe("iuran");
  if (!runs.has(command)) runs.set(command, iuranAsync(args));
  return runs.get(command)!;
}

// Concurrent across pages too: each example is a separate process, and most of the time is theirs.
describe.concurrent("console examples", () => {
  it("has examples to run: in the README, on every command's page and in the guide", () => {
    const count = (page: string) => examples(readFileSync(join(ROOT, page), "utf8")).length;
    expect(count("README.md")).toBeGreaterThanOrEqual(8);
    for (const command of ["premium", "budget", "capacity", "allocate", "target", "check", "project", "audit", "panduan"]) {
      expect(count(`docs/${command}.md`), command).toBeGreaterThan(0);
    }
  });

  for (const page of PAGES.filter((page) => examples(readFileSync(join(ROOT, page), "utf8")).length > 0)) {
    describe(page, () => {
      for (const example of examples(readFileSync(join(ROOT, page), "utf8"))) {
        if (example.after) {
          const after = example.after;
          it(`exit code of ${after.command}`, async () => {
            expect(String((await run(after.command)).code)).toBe(example.expected.trim());
          });
        } else {
          it(example.command, async () => {
            expect(shown(await run(example.command))).toBe(example.expected.trimEnd());
          });
        }
      }
    });
  }
});

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

/** The text of a page outside fenced code blocks and inline code, where links and headings are. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}

/** The anchors of a page's headings; a repeated heading gets -1, -2 as on GitHub. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const match of markdown.replace(/^```[\s\S]*?^```/gm, "").matchAll(/^#{1,6} (.+)$/gm)) {
    const anchor = anchorOf(match[1]!);
    const times = seen.get(anchor) ?? 0;
    seen.set(anchor, times + 1);
    found.add(times === 0 ? anchor : `${anchor}-${times}`);
  }
  return found;
}

/** Relative links of a page (in the repository, at `page`) that lead nowhere: the file, or its heading, is missing. */
function brokenLinks(page: string, markdown: string, read: (path: string) => string | undefined): string[] {
  const broken: string[] = [];
  for (const match of prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const [path, anchor] = target.split("#") as [string, string | undefined];
    const file = path === "" ? page : normalize(join(dirname(page), decodeURIComponent(path)));
    const text = path === "" ? markdown : file.endsWith(".md") ? read(file) : undefined;
    const exists = text !== undefined || existsSync(join(ROOT, file));
    if (!exists || file.startsWith("..")) broken.push(`${target} (no file ${file})`);
    else if (anchor !== undefined && (text === undefined || !anchors(text).has(anchor))) broken.push(`${target} (no heading #${anchor} in ${file})`);
  }
  return broken;
}

function readPage(path: string): string | undefined {
  const full = join(ROOT, path);
  return existsSync(full) && !relative(ROOT, full).startsWith("..") ? readFileSync(full, "utf8") : undefined;
}

describe("links", () => {
  it("anchors are made as GitHub makes them", () => {
    expect(anchorOf("`iuran premium`: one worker, one month")).toBe("iuran-premium-one-worker-one-month");
    expect(anchorOf("Errors and exit codes")).toBe("errors-and-exit-codes");
    expect(anchorOf("5. Koefisien RKA/DPA")).toBe("5-koefisien-rkadpa");
  });

  it("a link to a missing file or heading is found, and one in code is not a link", () => {
    const page = "## Here\n[ok](#here) [file](docs/options.md) [gone](docs/gone.md) [nowhere](#there) `[code](nothing.md)`\n";
    expect(brokenLinks("README.md", page, readPage)).toEqual(["docs/gone.md (no file docs/gone.md)", "#there (no heading #there in README.md)"]);
  });

  for (const page of PAGES) {
    it(`every relative link in ${page} leads to a file and heading that exist`, () => {
      expect(brokenLinks(page, readFileSync(join(ROOT, page), "utf8"), readPage)).toEqual([]);
    });
  }
});

describe("the reference is complete", () => {
  const errors = readFileSync(join(ROOT, "docs/errors.md"), "utf8");

  it("every input error code has a line in docs/errors.md", () => {
    const source = readFileSync(join(ROOT, "src/io/input-error.ts"), "utf8");
    const union = source.slice(source.indexOf("export type InputErrorCode"), source.indexOf(";", source.indexOf("export type InputErrorCode")));
    const codes = [...union.matchAll(/"([A-Z_]+)"/g)].map((match) => match[1]!);
    expect(codes.length).toBeGreaterThan(20);
    expect(codes.filter((code) => !errors.includes(`| \`${code}\` |`))).toEqual([]);
  });

  it("every exit code has a line in docs/errors.md", () => {
    const source = readFileSync(join(ROOT, "src/cli/exit-codes.ts"), "utf8");
    const codes = [...source.matchAll(/^\s+\w+: (\d+),$/gm)].map((match) => match[1]!);
    expect(codes.length).toBeGreaterThanOrEqual(7);
    expect(codes.filter((code) => !new RegExp(`^\\| ${code} \\|`, "m").test(errors))).toEqual([]);
  });
});
