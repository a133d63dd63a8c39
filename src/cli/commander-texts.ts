// Commander's own words in the run's language: the headings and words of --help ("Usage:", "[options]", "<file>",
// "(choices: …)", "display help for command") and its error messages. Commander writes these in English; here
// they are put through the catalogue. Its errors arrive as a CommanderError with a code and an English message
// whose parts (the option, the value typed) are read back out of it.
import { Command, CommanderError, Help, type Option } from "commander";
import type { MessageKey } from "../text/message.js";
import { t } from "../text/render.js";

type HeadingKey = "help.usage" | "help.options" | "help.arguments" | "help.commands";

const HEADINGS: Readonly<Record<string, HeadingKey>> = {
  "Usage:": "help.usage",
  "Options:": "help.options",
  "Arguments:": "help.arguments",
  "Commands:": "help.commands",
};

type NameKey = Extract<MessageKey, `help.name${string}`>;

/** The names in usage lines and option terms that have a word in each language; the rest (n, rupiah) stay. */
const NAMES: Readonly<Record<string, NameKey>> = {
  options: "help.nameOptions",
  command: "help.nameCommand",
  rosters: "help.nameRosters",
  file: "help.nameFile",
  "YYYY-MM": "help.nameMonth",
  list: "help.nameList",
  sector: "help.nameSector",
  source: "help.nameSource",
  "local=category": "help.nameLocalCategory",
  segment: "help.nameSegment",
  class: "help.nameClass",
  lang: "help.nameLang",
  name: "help.nameName",
  char: "help.nameChar",
  mark: "help.nameMark",
  "column=header": "help.nameColumnHeader",
  columns: "help.nameColumns",
  column: "help.nameColumn",
  text: "help.nameText",
  year: "help.nameYear",
  percent: "help.namePercent",
};

function localName(name: string): string {
  const key = Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
  return key === undefined ? name : t(key);
}

/** The bracketed names of flags or a usage line in the run's language: "-o, --output <file>" → "-o, --output <berkas>". */
function localTerms(text: string): string {
  return text.replace(/([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/g, (_, open: string, name: string, dots: string | undefined, close: string) => `${open}${localName(name)}${dots ?? ""}${close}`);
}

/** As commander describes an option, "(choices: …, default: …)" included, in the run's language. */
function optionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(t("help.choices", { choices: option.argChoices.map((choice) => JSON.stringify(choice)) }));
  // Commander's rule: a default is shown for options that take a value (a boolean's default is for programmers).
  const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === "boolean");
  if (option.defaultValue !== undefined && showDefault) {
    extra.push(t("help.default", { value: option.defaultValueDescription || JSON.stringify(option.defaultValue) }));
  }
  if (extra.length === 0) return option.description;
  return option.description ? `${option.description} (${extra.join(", ")})` : `(${extra.join(", ")})`;
}

const helpConfiguration: Partial<Help> = {
  styleTitle: (title: string) => (Object.hasOwn(HEADINGS, title) ? t(HEADINGS[title]!) : title),
  commandUsage(this: Help, command: Command) {
    return localTerms(Help.prototype.commandUsage.call(this, command));
  },
  subcommandTerm(this: Help, command: Command) {
    return localTerms(Help.prototype.subcommandTerm.call(this, command));
  },
  optionTerm: (option: Option) => localTerms(option.flags),
  argumentTerm: (argument) => localName(argument.name()),
  optionDescription,
};

/** Gives a command commander's words in the run's language: its help option, headings, names and descriptions. */
export function inLanguage(command: Command): Command {
  return command.helpOption("-h, --help", t("help.displayHelp")).configureHelp(helpConfiguration);
}

/** "Examples:" and the example command lines under it, as the text after a command's options. */
export function examplesText(commands: readonly string[]): string {
  return `\n${t("help.examples")}\n${commands.map((command) => `  $ iuran ${command}`).join("\n")}`;
}

/** Commander's way of saying "did you mean", read off the end of its message. */
const SUGGESTION = /\n\(Did you mean (one of )?(.*)\?\)$/s;

/**
 * A commander error in the run's language, without a prefix: its code says which error, and the parts are read out
 * of its English message. An error commander may add later, or a message it words differently, is said as commander
 * says it (the golden tests of both languages would show it).
 */
export function commanderMessage(error: CommanderError): string {
  const english = error.message.replace(/^error: /, "");
  const suggested = SUGGESTION.exec(english);
  const message = suggested ? english.slice(0, suggested.index) : english;
  const suggestion = suggested
    ? `\n${suggested[1] ? t("commander.didYouMeanOneOf", { suggestions: suggested[2]!.split(", ") }) : t("commander.didYouMean", { suggestion: suggested[2]! })}`
    : "";
  const said = sayInLanguage(error.code, message);
  return said === undefined ? english : `${said}${suggestion}`;
}

function sayInLanguage(code: string, message: string): string | undefined {
  const parts = (pattern: RegExp) => pattern.exec(message)?.slice(1);
  switch (code) {
    case "commander.unknownOption": {
      const [option] = parts(/^unknown option '(.*)'$/s) ?? [];
      return option === undefined ? undefined : t("commander.unknownOption", { option });
    }
    case "commander.unknownCommand": {
      const [command] = parts(/^unknown command '(.*)'$/s) ?? [];
      return command === undefined ? undefined : t("commander.unknownCommand", { command });
    }
    case "commander.missingArgument": {
      const [argument] = parts(/^missing required argument '(.*)'$/s) ?? [];
      return argument === undefined ? undefined : t("commander.missingArgument", { argument: localName(argument) });
    }
    case "commander.optionMissingArgument": {
      const [option] = parts(/^option '(.*)' argument missing$/s) ?? [];
      return option === undefined ? undefined : t("commander.optionMissingArgument", { option: localTerms(option) });
    }
    case "commander.missingMandatoryOptionValue": {
      const [option] = parts(/^required option '(.*)' not specified$/s) ?? [];
      return option === undefined ? undefined : t("commander.missingMandatoryOption", { option: localTerms(option) });
    }
    case "commander.invalidArgument": {
      const [option, value, choices] = parts(/^option '(.+?)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s) ?? [];
      if (option === undefined || value === undefined || choices === undefined) return undefined;
      return t("commander.invalidChoice", { option: localTerms(option), value, choices: choices.split(", ") });
    }
    case "commander.excessArguments": {
      const [command, expected, received] = parts(/^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/s) ?? [];
      if (command === undefined || expected === undefined || received === undefined) return undefined;
      return t("commander.excessArguments", { command, expected: Number(expected), received: Number(received) });
    }
    default:
      return undefined;
  }
}

/** Whether commander stopped to show help or the version (already written), not for an error to be said. */
export function isHelpShown(error: CommanderError): boolean {
  return error.exitCode === 0 || error.code === "commander.help";
}
