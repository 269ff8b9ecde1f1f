/** The run could not be done on a local file; the message says what to do. */
export class LocalFileError extends Error {
  constructor(
    readonly code: "FILE_NOT_FOUND" | "FILE_UNREADABLE" | "FILE_LOCKED" | "FILE_UNWRITABLE" | "FILE_CHANGED",
    message: string,
  ) {
    super(message);
  }
}

/** A failed write, as one sentence the user can act on. */
export function unwritable(path: string): (error: NodeJS.ErrnoException) => never {
  return (error) => {
    throw new LocalFileError(
      "FILE_UNWRITABLE",
      `${path} cannot be written (${error.code}): check that it is not read-only`,
    );
  };
}
