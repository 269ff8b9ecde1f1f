import { isTendError, type TendError, unhandledKind } from "../../shared/errors/tend-error.js";

/** Exit codes (README): 0 done, 1 the run could not be done, 2 bad command-line usage. */
export const EXIT = { done: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  readonly code = "USAGE";
}

/** Errors that say what to do, printed as they are; anything else is a bug worth a stack trace with --debug. */
export function describeError(error: unknown): { message: string; exitCode: number; expected: boolean } {
  if (error instanceof UsageError) return { message: error.message, exitCode: EXIT.usage, expected: true };
  if (isTendError(error)) return { ...describeTendError(error), expected: true };
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `The run failed: ${message}. Run again with --debug for details.`,
    exitCode: EXIT.failed,
    expected: false,
  };
}

/** The exit code and what to print for each kind of failure. */
export function describeTendError(error: TendError): { message: string; exitCode: number } {
  switch (error.kind) {
    case "unreadable":
      if (error.file !== undefined && error.problem !== undefined) {
        const where = error.line === undefined ? error.file : `${error.file}, line ${error.line}`;
        return {
          message: `Cannot import ${where}: ${error.problem}. Nothing was written.`,
          exitCode: EXIT.failed,
        };
      }
      return { message: error.message, exitCode: usageWhenArgument(error) };
    case "invalid-setup":
      if (error.problems !== undefined) {
        return {
          message: `The run was stopped before writing anything, because of the settings:\n  ${error.problems.join("\n  ")}`,
          exitCode: EXIT.failed,
        };
      }
      return { message: error.message, exitCode: usageWhenArgument(error) };
    case "not-found":
    case "no-access":
    case "busy":
    case "changed":
    case "overlap":
    case "upstream":
      return { message: error.message, exitCode: EXIT.failed };
    default:
      return unhandledKind(error.kind);
  }
}

/** A `--source` or `--today` Tend cannot use is bad usage, like a misspelt option. */
function usageWhenArgument(error: TendError): number {
  return error.argument === undefined ? EXIT.failed : EXIT.usage;
}
