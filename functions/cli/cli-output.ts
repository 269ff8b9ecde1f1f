import type { Env } from "../config.js";
import { wrapText } from "./wrap-text.js";

/** Where the commands print, and how the person runs Tend, for hints they can copy. */
export interface CliOutput {
  /** Text for a person: wrapped at the output's width. */
  print(text: string): void;
  /** Text for a program (`--json`): printed as it is. */
  printRaw(text: string): void;
  /** `npm run tend --` or `npx tend`: what to type before `run`, `status`, `import` or `init`. */
  command: string;
  /** Columns of the output: the terminal's, or 80. */
  width: number;
}

export function cliOutput(print: (text: string) => void, env: Env, width: number): CliOutput {
  return {
    print: (text) => print(wrapText(text, width)),
    printRaw: print,
    command: commandName(env),
    width,
  };
}

/**
 * npm tells a script which one it runs: someone who typed `npm start` or `npm run tend` has
 * the project's scripts, not a `tend` on their PATH, so hints say `npm run tend --`.
 * Anything else (npx, the bin link) is reached with `npx tend` from the project folder.
 */
export function commandName(env: Env): string {
  const script = env.npm_lifecycle_event;
  return script === "start" || script === "tend" ? "npm run tend --" : "npx tend";
}

/** A message written by shared code names the bare `tend` command; name the one the person has. */
export function withCommand(message: string, command: string): string {
  return message.replace(/(["`])tend (?=run|init|status|import)/g, `$1${command} `);
}
