/** The store cannot take an import (yet): a Notion database, for now. */
export class ImportNotSupportedError extends Error {
  readonly code = "IMPORT_NOT_SUPPORTED";
}
