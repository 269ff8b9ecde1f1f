/** The run could not be done on a local file; the message says what to do. */
export class LocalFileError extends Error {
  constructor(
    readonly code: "FILE_NOT_FOUND" | "FILE_UNREADABLE" | "FILE_LOCKED" | "FILE_UNWRITABLE" | "FILE_CHANGED",
    message: string,
  ) {
    super(message);
  }
}
