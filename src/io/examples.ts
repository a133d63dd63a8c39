// The example files shipped with iuran, by name: `iuran budget --example sijunjung-2022` finds the roster wherever
// the package is installed, so every example in the help texts runs from any folder.
import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { MessageKey } from "../text/message.js";

/** What a command reads from an example: a roster (budget, audit), claims (check), a scenario (project), … */
export const EXAMPLE_USES = ["roster", "claims", "scenario", "weights", "units"] as const;
export type ExampleUse = (typeof EXAMPLE_USES)[number];

export interface Example {
  readonly name: string;
  /** What the example holds, in the catalogue. */
  readonly about: Extract<MessageKey, `package.about${string}`>;
  /** Each file by its use, as a path inside the package. */
  readonly files: Partial<Record<ExampleUse, string>>;
}

// Paths inside the package: package.json "files" ships each of them (test/golden/package.test.ts installs it).
export const EXAMPLES: readonly Example[] = [
  {
    name: "sijunjung-2022",
    about: "package.aboutSijunjung2022",
    files: { roster: "fixtures/sijunjung-2022/roster.csv", weights: "fixtures/sijunjung-2022/potential.csv", units: "fixtures/sijunjung-2022/nagari.csv" },
  },
  { name: "sijunjung-2022-excel", about: "package.aboutSijunjung2022Excel", files: { roster: "fixtures/sijunjung-2022/roster-excel.csv" } },
  { name: "sijunjung-2027", about: "package.aboutSijunjung2027", files: { roster: "fixtures/sijunjung-2027/roster-excel.csv" } },
  { name: "mixed-2026", about: "package.aboutMixed2026", files: { roster: "fixtures/mixed-2026/roster.csv" } },
  { name: "claims", about: "package.aboutClaims", files: { claims: "fixtures/claims/reported.csv" } },
  { name: "claims-partial", about: "package.aboutClaimsPartial", files: { claims: "fixtures/claims/partial.csv" } },
  { name: "steady", about: "package.aboutSteady", files: { scenario: "fixtures/scenarios/steady.csv" } },
  { name: "expand", about: "package.aboutExpand", files: { scenario: "fixtures/scenarios/expand.csv" } },
];

/** The folder the package is installed in (dist/io/ → two folders up; src/io/ alike when run from source). */
const PACKAGE_ROOT = new URL("../../", import.meta.url);

/** The names of the examples that hold a file for this use, in the order they are listed. */
export function exampleNames(use: ExampleUse): string[] {
  return EXAMPLES.filter((example) => example.files[use] !== undefined).map((example) => example.name);
}

/** The absolute path of an example's file for this use; undefined when no example of that name holds one. */
export function exampleFile(name: string, use: ExampleUse): string | undefined {
  const inPackage = EXAMPLES.find((example) => example.name === name)?.files[use];
  return inPackage === undefined ? undefined : fileURLToPath(new URL(inPackage, PACKAGE_ROOT));
}

/**
 * A path as a report shows it: relative to the current folder when the file lies inside it (run from a checkout,
 * `--example sijunjung-2022` reads as fixtures/sijunjung-2022/roster.csv), otherwise absolute, so it can be found.
 */
export function shownPath(absolute: string, cwd: string): string {
  const inside = relative(cwd, absolute);
  return inside !== "" && !inside.startsWith(`..${sep}`) && inside !== ".." && !isAbsolute(inside) ? inside : absolute;
}
