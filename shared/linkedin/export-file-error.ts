import { TendError } from "../errors/tend-error.js";

/**
 * One thing in the export that Tend could not use: a row it skipped or a file-wide warning.
 * The import goes on without it; the run report lists it so the user can fix the file.
 */
export interface ExportProblem {
  /** The file as the user knows it (path on disk, or `archive.zip/entry.csv`). */
  file: string;
  /** 1-based line in the file where the row starts; absent for a file-wide problem. */
  line?: number;
  /** The cell text that could not be read, exactly as in the file. */
  value?: string;
  problem: string;
}

/**
 * A file that cannot be read at all (missing, not text, no recognisable header, broken quoting).
 * Thrown rather than reported, because going on without it would silently import less than the
 * user asked for.
 */
export function exportFileError(file: string, problem: string, line?: number): TendError {
  return new TendError("unreadable", `${file}${line === undefined ? "" : ` (line ${line})`}: ${problem}`, {
    file,
    problem,
    ...(line === undefined ? {} : { line }),
  });
}

/** A row-level problem, built the same way everywhere so the report reads consistently. */
export function rowProblem(file: string, line: number, value: string, problem: string): ExportProblem {
  return { file, line, value, problem };
}
