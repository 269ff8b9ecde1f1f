#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { describeError, EXIT } from "./cli-errors.js";
import { initCommand } from "./init-command.js";
import { runCommand } from "./run-command.js";

const DEFAULT_SOURCE = "./contacts.xlsx";

export function buildProgram(print: (text: string) => void): Command {
  const program = new Command("tend")
    .description("Suggests your next networking actions, next to each contact in your own table.")
    .option("--debug", "show stack traces of unexpected errors")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => print(text.trimEnd()),
      writeErr: (text) => print(text.trimEnd()),
    });

  program
    .command("run")
    .description("read the contacts table, suggest an action for each contact, write back what changed")
    .option(
      "--source <path>",
      "a .xlsx workbook, a .csv file, sheets:<spreadsheet id> or notion:<database id or URL>",
      DEFAULT_SOURCE,
    )
    .option("--settings <file>", "a CSV of Setting,Value rows (and optionally Action,Template rows)")
    .option("--templates <file>", "a CSV of Action,Template rows")
    .option("--today <YYYY-MM-DD>", "evaluate as of this date instead of today")
    .option("--dry-run", "print what would change, write nothing")
    .option("--json", "print the summary as JSON")
    .option(
      "--create-sample",
      "create the source from the sample contacts when it does not exist (npm start)",
    )
    .action((options) => runCommand(options, print));

  program
    .command("init")
    .description(
      "create a new workbook, or set up a Google Sheet (tabs) or a Notion database (Tend's properties)",
    )
    .option(
      "--source <path>",
      "a .xlsx workbook to create, sheets:<spreadsheet id> or notion:<database id or URL>",
      DEFAULT_SOURCE,
    )
    .action(({ source }: { source: string }) => initCommand(source, print));
  return program;
}

/** Runs the command line and returns the exit code; never throws. */
export async function main(
  argv: readonly string[],
  print: (text: string) => void = console.log,
): Promise<number> {
  const program = buildProgram(print);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.done;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ||
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version"
        ? EXIT.done
        : EXIT.usage;
    }
    const { message, exitCode, expected } = describeError(error);
    print(message);
    if (!expected && program.opts().debug) print(error instanceof Error ? (error.stack ?? "") : "");
    return exitCode;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").pop() ?? "");
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
