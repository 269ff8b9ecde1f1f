/** Interim copy of the one error vocabulary (the errors branch brings the full version). */
export const ERROR_KINDS = [
  "not-found",
  "no-access",
  "unreadable",
  "busy",
  "changed",
  "overlap",
  "invalid-setup",
  "upstream",
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export class TendError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isTendError(error: unknown, kind?: ErrorKind): error is TendError {
  return error instanceof TendError && (kind === undefined || error.kind === kind);
}
