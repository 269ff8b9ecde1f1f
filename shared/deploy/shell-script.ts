import type { DeployArg, DeployStep } from "./deploy-plan.js";

// Characters no POSIX shell treats specially inside a word (and `=` cannot start an assignment
// here: the first word is always `gcloud`).
const PLAIN = /^[\w@%+=:,./-]+$/;

/** One argument quoted for POSIX sh: it reaches the program exactly as written. */
export function shellQuote(text: string): string {
  return PLAIN.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

function shellArg(arg: DeployArg): string {
  if (typeof arg === "string") return shellQuote(arg);
  // The prefix is quoted as text; the variable is expanded, inside double quotes so it stays one word.
  return `${arg.prefix === "" ? "" : shellQuote(arg.prefix)}"$${arg.from}"`;
}

/** One command as a person would paste it into a shell. */
export function shellLine(command: readonly DeployArg[]): string {
  return command.map(shellArg).join(" ");
}

/** A comment line: a line break in a config value would otherwise start a command. */
function comment(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, " ")}`;
}

/**
 * The whole plan as a POSIX sh script: `set -eu` stops at the first failing step (a failed
 * lookup included, since `VAR=$(...)` takes its command's status), and a captured value is
 * checked to be non-empty before a later step uses it.
 */
export function shellScript(steps: readonly DeployStep[], title: string): string {
  const lines = ["#!/bin/sh", comment(title), "set -eu"];
  for (const step of steps) {
    lines.push("", comment(step.why));
    if (step.manual) {
      lines.push(comment(`  (by hand) ${step.command.slice(1).join(" ")}`));
    } else if (step.captureAs !== undefined) {
      const name = step.captureAs;
      lines.push(
        `${name}=$(${shellLine(step.command)})`,
        `[ -n "$${name}" ] || { echo ${shellQuote(`${step.command.slice(0, 3).join(" ")} printed nothing`)} >&2; exit 1; }`,
      );
    } else {
      lines.push(shellLine(step.command));
    }
  }
  return lines.join("\n");
}
