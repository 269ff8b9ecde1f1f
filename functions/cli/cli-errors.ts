import { ExportFileError } from "../../shared/linkedin/export-file-error.js";
import { InvalidSettingsError } from "../../shared/rules/settings.js";
import { InvalidTodayError } from "../../shared/run/today.js";
import { LocalFileError } from "../../shared/stores/local/errors.js";
import { NotionCallError, NotionSetupError } from "../../shared/stores/notion/notion-errors.js";
import { SheetsError } from "../../shared/stores/sheets/sheets-errors.js";
import { UnknownSourceError } from "../parse-source.js";

/** Exit codes (README): 0 done, 1 the run could not be done, 2 bad command-line usage. */
export const EXIT = { done: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  readonly code = "USAGE";
}

/** Errors that say what to do, printed as they are; anything else is a bug worth a stack trace with --debug. */
export function describeError(error: unknown): { message: string; exitCode: number; expected: boolean } {
  if (
    error instanceof UsageError ||
    error instanceof UnknownSourceError ||
    error instanceof InvalidTodayError
  ) {
    return { message: error.message, exitCode: EXIT.usage, expected: true };
  }
  if (error instanceof ExportFileError) {
    const where = error.line === undefined ? error.file : `${error.file}, line ${error.line}`;
    return {
      message: `Cannot import ${where}: ${error.problem}. Nothing was written.`,
      exitCode: EXIT.failed,
      expected: true,
    };
  }
  if (error instanceof InvalidSettingsError) {
    return {
      message: `The run was stopped before writing anything, because of the settings:\n  ${error.problems.join("\n  ")}`,
      exitCode: EXIT.failed,
      expected: true,
    };
  }
  if (
    error instanceof LocalFileError ||
    error instanceof SheetsError ||
    error instanceof NotionSetupError ||
    error instanceof NotionCallError
  ) {
    return { message: error.message, exitCode: EXIT.failed, expected: true };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `The run failed: ${message}. Run again with --debug for details.`,
    exitCode: EXIT.failed,
    expected: false,
  };
}
