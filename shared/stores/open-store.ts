import { extname } from "node:path";
import type { ContactStore } from "./contact-store.js";
import { CsvStore } from "./local/csv-store.js";
import { XlsxStore } from "./local/xlsx-store.js";

export class UnknownSourceError extends Error {
  readonly code = "UNKNOWN_SOURCE";
}

/** The store for a `--source`: a path ending in .xlsx or .csv. */
export function openStore(source: string): ContactStore {
  const extension = extname(source).toLowerCase();
  if (extension === ".xlsx") return new XlsxStore(source);
  if (extension === ".csv") return new CsvStore(source);
  throw new UnknownSourceError(
    `"${source}" is not a source Tend can read: use a .xlsx workbook or a .csv file`,
  );
}
