/**
 * Every way a run can fail that the user can act on, as one vocabulary for the entry points:
 * the run re-plans on `changed`, the CLI picks an exit code and the Cloud Function an HTTP
 * status from `kind` alone (plus `argument`), never from an adapter's own error type.
 */
export const ERROR_KINDS = [
  /** The file, spreadsheet or database id does not exist. */
  "not-found",
  /** Permissions, 401/403, a database not shared with the integration. */
  "no-access",
  /** Not a workbook, a broken CSV or export file, a source text Tend does not know. */
  "unreadable",
  /** Another run holds the table (lock file, Notion lease) or a program has it open. */
  "busy",
  /** The table changed between read and write: nothing was written, planning again can work. */
  "changed",
  /** Another run finished the work meanwhile: this run wrote nothing and records nothing. */
  "overlap",
  /** A bad setting, template, `--today`, configuration or property: only the user can fix it. */
  "invalid-setup",
  /** The API failed (5xx, 429 after every retry, the network): running again later can work. */
  "upstream",
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface TendErrorOptions {
  /** The adapter's own error, for stack traces with --debug. */
  cause?: unknown;
  /** The caller's input at fault (`source`, `today`): entry points answer it as bad usage. */
  argument?: string;
  /** Each setting or template that could not be used, one sentence each. */
  problems?: readonly string[];
  /** The file (and 1-based line) that could not be read, and what is wrong with it. */
  file?: string;
  line?: number;
  problem?: string;
  /** The historical string code (`INVALID_SETTINGS`), kept for callers that show it; never decided on. */
  code?: string;
}

export class TendError extends Error {
  readonly argument: string | undefined;
  readonly problems: readonly string[] | undefined;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly problem: string | undefined;
  readonly code: string | undefined;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options: TendErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.argument = options.argument;
    this.problems = options.problems;
    this.file = options.file;
    this.line = options.line;
    this.problem = options.problem;
    this.code = options.code;
  }
}

export function isTendError(error: unknown, kind?: ErrorKind): error is TendError {
  return error instanceof TendError && (kind === undefined || error.kind === kind);
}

/** Compile-time exhaustiveness helper for switches on kind. */
export function unhandledKind(kind: never): never {
  throw new Error(`Unhandled error kind: ${String(kind)}`);
}
