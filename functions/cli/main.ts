#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { type Env, loadCliConfig, type TendConfig } from "../config.js";
import { describeError, EXIT, UsageError } from "./cli-errors.js";
import { type CliOutput, cliOutput, withCommand } from "./cli-output.js";
import { importCommand } from "./import-command.js";
import { initCommand } from "./init-command.js";
import { DEFAULT_SOURCE, runCommand } from "./run-command.js";
import { statusCommand } from "./status-command.js";
import { outputWidth } from "./wrap-text.js";

const COMMANDS = ["run", "status", "import", "init"];

export function buildProgram(out: CliOutput, config: TendConfig): Command {
  const print = out.print;
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
    .option("--verbose", "print every figure and up to 25 of today's actions, as status does")
    .option(
      "--create-sample",
      "create the source from the sample contacts when it does not exist (npm start)",
    )
    .allowExcessArguments()
    .action((options, command: Command) => {
      refusePositional(command, out);
      return runCommand(options, config, out);
    });

  program
    .command("status")
    .description("print today's actions and the network's health without writing anything")
    .option("--source <path>", "a .xlsx workbook, a .csv file, sheets:<id> or notion:<id>", DEFAULT_SOURCE)
    .option("--settings <file>", "a CSV of Setting,Value rows")
    .option("--today <YYYY-MM-DD>", "as of this date instead of today")
    .option("--json", "print the figures as JSON")
    .allowExcessArguments()
    .action((options, command: Command) => {
      refusePositional(command, out);
      return statusCommand(options, config, out);
    });

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
    .action((paths: string[], options) => importCommand(paths, options, config, out));

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
    .allowExcessArguments()
    .action(({ source }: { source: string }, command: Command) => {
      refusePositional(command, out);
      return initCommand(source, config, out);
    });
  return program;
}

/** `tend run contacts.xlsx`: the table is named with --source, and saying so is the fix. */
function refusePositional(command: Command, out: CliOutput): void {
  const [first] = command.args;
  if (first === undefined) return;
  throw new UsageError(
    `${command.name()} takes the table with --source: ${out.command} ${command.name()} --source ${first}`,
  );
}

/**
 * Runs the command line and returns the exit code; never throws. `env`: the process's unless
 * given; `width`: where text for a person wraps. The `tend` command passes the terminal's width
 * (80 when piped); a program calling main gets lines as they are unless it says.
 */
export async function main(
  argv: readonly string[],
  print: (text: string) => void = console.log,
  env?: Env,
  width = Number.POSITIVE_INFINITY,
): Promise<number> {
  const out = cliOutput(print, env ?? process.env, width);
  const program = buildProgram(out, loadCliConfig(env));
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.done;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.unknownCommand")
        out.print(`Tend's commands are ${COMMANDS.join(", ")}: ${out.command} --help says what each does.`);
      return error.exitCode === 0 ||
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version"
        ? EXIT.done
        : EXIT.usage;
    }
    const { message, exitCode, expected } = describeError(error);
    out.print(withCommand(message, out.command));
    if (!expected && program.opts().debug) print(error instanceof Error ? (error.stack ?? "") : "");
    return exitCode;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").pop() ?? "");
if (invokedDirectly) {
  main(process.argv.slice(2), console.log, process.env, outputWidth()).then((code) => {
    process.exitCode = code;
  });
}
