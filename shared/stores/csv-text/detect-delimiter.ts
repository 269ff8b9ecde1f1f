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

/**
 * The delimiter that splits the first non-blank record into most cells, read quote-aware (a
 * quoted "Last; first" header is one cell); a file of one column gets a comma.
 */
export function detectDelimiter(text: string, start: number): string {
  let at = start;
  while (at < text.length && (text[at] === "\r" || text[at] === "\n")) at++;
  let best: string = CANDIDATES[0];
  let most = 1;
  for (const candidate of CANDIDATES) {
    const count = readRecord(text, at, candidate).cells.length;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}
