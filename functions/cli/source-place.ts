import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import { TendError } from "../../shared/errors/tend-error.js";
import type { SourceRef } from "../../shared/run/source-ref.js";

/**
 * A local table in a folder that does not exist fails in one sentence, before any store tries
 * (and reports a temporary file's ENOENT).
 */
export async function assertFolderExists(ref: SourceRef): Promise<void> {
  if (ref.kind !== "xlsx" && ref.kind !== "csv") return;
  const folder = dirname(ref.path);
  const isFolder = await stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    throw new TendError(
      "not-found",
      `The folder ${folder} does not exist: create it first, or give --source a file in a folder that exists`,
    );
  }
}

/** The summary's last line: where the person finds the whole list. */
export function whereToLook(ref: SourceRef, source: string, dryRun: boolean): string {
  if (dryRun) return "Nothing was written: run again without --dry-run to write the suggestions.";
  switch (ref.kind) {
    case "xlsx":
      return `Open ${source}: the Today tab has your list.`;
    case "csv":
      return `Open ${source}: the Suggested action column has your list, with Why, Priority and Due.`;
    case "sheets":
      return "Open the spreadsheet: the Today tab has your list.";
    case "notion":
      return "Open the Notion database: sort it by Priority; the Suggested action property has your list.";
  }
}
