import { readRecord } from "./read-record.js";

const CANDIDATES = [",", ";", "\t"] as const;

/**
 * Excel's `sep=;` first line (Excel writes it bare; some exporters quote it). It names the
 * delimiter, and spreadsheet programs hide it, so it is not a record.
 */
export function readSepLine(text: string, start: number): { delimiter: string; end: number } | undefined {
  const match = /^"?sep=([^\r\n"])"?(\r\n|\r|\n|$)/i.exec(text.slice(start, start + 12));
  if (match === null) return undefined;
  return { delimiter: match[1] as string, end: start + match[0].length };
}

/** Records looked at: enough to see past a title or a note above the table. */
const SAMPLE_RECORDS = 20;

/**
 * The delimiter of a file, as a sniffer finds it: the one that splits the most of the first
 * records into the same number of cells (two or more), read quote-aware (a quoted "Last; first"
 * header is one cell). A title or a note above the table does not decide. A delimiter counts only
 * when it splits the first non-blank record or at least two records, so a one-column file whose
 * names hold a semicolon stays one column; ties go to more cells, then to the comma.
 */
export function detectDelimiter(text: string, start: number): string {
  let best: string = CANDIDATES[0];
  let bestScore: readonly [number, number] = [0, 0];
  for (const candidate of CANDIDATES) {
    const score = scoreOf(text, start, candidate);
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[0] > 0 && score[1] > bestScore[1])) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** [records with the most common cell count, that count], or [0, 0] when the delimiter does not count. */
function scoreOf(text: string, start: number, delimiter: string): readonly [number, number] {
  const counts = new Map<number, number>();
  let firstSplits: boolean | undefined;
  let split = 0;
  let at = start;
  for (let read = 0; read < SAMPLE_RECORDS && at < text.length; read++) {
    const record = readRecord(text, at, delimiter);
    const blank = record.cells.length <= 1 && (record.cells[0] ?? "") === "";
    if (!blank) {
      firstSplits ??= record.cells.length > 1;
      if (record.cells.length > 1) {
        split++;
        counts.set(record.cells.length, (counts.get(record.cells.length) ?? 0) + 1);
      }
    }
    const next = record.end + record.ending.length;
    if (next <= at) break;
    at = next;
  }
  if (!(firstSplits === true || split >= 2)) return [0, 0];
  let mode: readonly [number, number] = [0, 0];
  for (const [cells, records] of counts) {
    if (records > mode[0] || (records === mode[0] && cells > mode[1])) mode = [records, cells];
  }
  return mode;
}
