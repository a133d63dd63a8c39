// --example NAME on the commands that read files, and `iuran examples`, which lists what the names stand for.
import { Command, Option } from "commander";
import { LANGS } from "../text/format.js";
import { EXAMPLE_USES, EXAMPLES, exampleFile, exampleNames, shownPath, type ExampleUse } from "../io/examples.js";
import { examplesAsText } from "../report/examples.js";
import type { MessageKey } from "../text/message.js";
import { t } from "../text/render.js";
import { UsageError } from "./exit-codes.js";

const USE_WORD: Record<ExampleUse, Extract<MessageKey, `package.use${string}`>> = {
  roster: "package.useRoster",
  claims: "package.useClaims",
  scenario: "package.useScenario",
  weights: "package.useWeights",
  units: "package.useUnits",
};

/** The commands (and the flag) that take a file of each use. */
const USE_COMMANDS: Record<ExampleUse, string> = {
  roster: "budget, audit",
  claims: "check",
  scenario: "project",
  weights: "allocate",
  units: "allocate --per-unit",
};

const TRY_COMMAND = "iuran budget --example sijunjung-2022 --start 2022-04 --months 9 --by district";

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --example NAME for rosters (budget, audit) or scenarios (project): repeatable. */
export function repeatableExampleOption(use: "roster" | "scenario"): Option {
  const description = use === "roster" ? t("package.exampleOptionRoster", { names: exampleNames("roster") }) : t("package.exampleOptionScenario", { names: exampleNames("scenario") });
  return new Option("--example <name>", description).argParser(collect);
}

/** --example NAME for claims (check) or for weights and units (allocate): once. */
export function singleExampleOption(use: "claims" | "allocate"): Option {
  const description =
    use === "claims"
      ? t("package.exampleOptionClaims", { names: exampleNames("claims") })
      : t("package.exampleOptionAllocate", { names: [...new Set([...exampleNames("weights"), ...exampleNames("units")])] });
  return new Option("--example <name>", description);
}

/** The file each --example name stands for, as the report shows it; a name without such a file is a usage error. */
export function exampleFiles(names: readonly string[], use: ExampleUse, command: string): string[] {
  return names.map((name) => {
    const file = exampleFile(name, use);
    if (file === undefined) throw new UsageError(t("package.exampleNotFor", { name, command, names: exampleNames(use) }));
    return shownPath(file, process.cwd());
  });
}

/** A file given either by path or by --example (never both); undefined when neither is. */
export function fileOrExample(file: string | undefined, option: string, example: string | undefined, use: ExampleUse, command: string): string | undefined {
  if (example === undefined) return file;
  if (file !== undefined) throw new UsageError(t("package.exampleOrFile", { option }));
  return exampleFiles([example], use, command)[0];
}

export function examplesCommand(): Command {
  return new Command("examples")
    .summary(t("package.examplesSummary"))
    .description(t("package.examplesDescription"))
    // The language is read off the arguments before commander runs (main.ts); the option only has to be accepted.
    .addOption(new Option("--lang <lang>", t("package.langOption")).choices(LANGS))
    .action(() => {
      const listing = EXAMPLES.map((example) => ({
        name: example.name,
        about: t(example.about),
        files: EXAMPLE_USES.flatMap((use) => {
          const file = exampleFile(example.name, use);
          return file === undefined ? [] : [{ use: t(USE_WORD[use]), commands: USE_COMMANDS[use], path: shownPath(file, process.cwd()) }];
        }),
      }));
      process.stdout.write(examplesAsText(listing, TRY_COMMAND));
    });
}
