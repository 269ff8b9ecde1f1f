import { resolve } from "node:path";
import { TendError } from "../shared/errors/tend-error.js";
import type { SourceRef } from "../shared/run/source-ref.js";
import type { FunctionConfig } from "./config.js";
import { parseSourceRef } from "./parse-source.js";

/** A request aimed at a table the function was not deployed for: answered 403, nothing read. */
export class ForbiddenSourceError extends Error {
  readonly code = "FORBIDDEN_SOURCE";
}

/**
 * The table a request may run on: TEND_SOURCE when it names none, else the one it names if that
 * is TEND_SOURCE or in TEND_ALLOWED_SOURCES. Whoever may invoke the function could otherwise aim
 * it at any sheet the service account can open, or at any path on the instance.
 */
export function allowedSource(requested: string | undefined, config: FunctionConfig): SourceRef {
  const own = deployedSource(config.source);
  if (requested === undefined) return own;
  // A source Tend cannot read at all stays a 400 (the caller's typo), before any comparison.
  const ref = parseSourceRef(requested);
  const allowed = [own, ...(config.allowedSources ?? []).map(parseSourceRef)];
  if (allowed.some((candidate) => sameSource(candidate, ref))) return ref;
  throw new ForbiddenSourceError(
    "This function serves only the table it was deployed for (TEND_SOURCE): leave source out, or add the table to TEND_ALLOWED_SOURCES",
  );
}

/** TEND_SOURCE is the deployer's to fix, not the caller's: a 500 that names it, not a 400. */
function deployedSource(text: string): SourceRef {
  try {
    return parseSourceRef(text);
  } catch (error) {
    throw new TendError("invalid-setup", `TEND_SOURCE: ${(error as Error).message}`);
  }
}

/** The same table however it is written: `sheets:ID` and the sheet's URL, a path and its absolute form. */
export function sameSource(a: SourceRef, b: SourceRef): boolean {
  switch (a.kind) {
    case "sheets":
      return b.kind === "sheets" && a.spreadsheetId === b.spreadsheetId;
    case "notion":
      return b.kind === "notion" && a.databaseId === b.databaseId;
    case "xlsx":
    case "csv":
      return b.kind === a.kind && resolve(a.path) === resolve(b.path);
  }
}
