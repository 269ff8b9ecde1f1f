#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { type Env, loadCliConfig, type TendConfig } from "../config.js";
import { describeError, EXIT } from "./cli-errors.js";
import { importCommand } from "./import-command.js";
import { initCommand } from "./init-command.js";
import { runCommand } from "./run-command.js";
import { statusCommand } from "./status-command.js";

const DEFAULT_SOURCE = "./contacts.xlsx";

export function buildProgram(print: (text: string) => void, config: TendConfig): Command {
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
    .action((options) => runCommand(options, config, print));

  program
    .command("status")
    .description("print today's actions and the network's health without writing anything")
    .option("--source <path>", "a .xlsx workbook, a .csv file, sheets:<id> or notion:<id>", DEFAULT_SOURCE)
    .option("--settings <file>", "a CSV of Setting,Value rows")
    .option("--today <YYYY-MM-DD>", "as of this date instead of today")
    .option("--json", "print the figures as JSON")
    .action((options) => statusCommand(options, config, print));

  program
    .command("import")
    .description(
      "merge LinkedIn's data export (the .zip, its folder or its CSV files) into the contacts table",
    )
    .argument("<path...>", "the export .zip LinkedIn sends, the unpacked folder, or CSV files from it")
    .option(
      "--source <path>",
      "the contacts table: a .xlsx workbook (created when missing), a .csv file or sheets:<spreadsheet id>",
      DEFAULT_SOURCE,
    )
    .option("--settings <file>", "a CSV of Setting,Value rows (Time zone, Date order)")
    .option("--today <YYYY-MM-DD>", "import as of this date instead of today")
    .option("--dry-run", "print what would change, write nothing")
    .option("--json", "print the report as JSON")
    .option("--run", "run the daily suggestions right after importing")
    .action((paths: string[], options) => importCommand(paths, options, config, print));

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
    .action(({ source }: { source: string }) => initCommand(source, config, print));
  return program;
}

/** Runs the command line and returns the exit code; never throws. `env`: the process's unless given. */
export async function main(
  argv: readonly string[],
  print: (text: string) => void = console.log,
  env?: Env,
): Promise<number> {
  const program = buildProgram(print, loadCliConfig(env));
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
