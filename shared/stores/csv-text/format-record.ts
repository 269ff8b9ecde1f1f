const NEEDS_QUOTES = new Map<string, RegExp>();

function needsQuotesPattern(delimiter: string): RegExp {
  let pattern = NEEDS_QUOTES.get(delimiter);
  if (pattern === undefined) {
    pattern = new RegExp(`["\\r\\n${delimiter.replace(/[\\\]^-]/g, "\\$&")}]`);
    NEEDS_QUOTES.set(delimiter, pattern);
  }
  return pattern;
}

/**
 * One record's text: a cell is quoted when it must be (a quote, the delimiter or a line break in
 * it), or when the user's file quoted that cell (`quotedCells`, ascending), or every cell with
 * `quoteAll` (the user quoted every cell: "quote all text cells"). Line breaks inside a cell are
 * written as they are in the cell: they are the user's data, whatever the record's ending.
 * `leading`: the text starts with a delimiter, for cells that follow others.
 */
export function formatRecord(
  cells: readonly string[],
  delimiter: string,
  quotedCells: readonly number[],
  quoteAll: boolean,
  leading = false,
): string {
  const needsQuotes = needsQuotesPattern(delimiter);
  // Joined rather than concatenated: one flat string, where `+=` leaves a tree of pieces that
  // costs more to flatten when the text is encoded than the concatenation saved.
  const skip = leading ? 1 : 0;
  const out = new Array<string>(cells.length + skip);
  if (leading) out[0] = "";
  let next = 0;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index] as string;
    while ((quotedCells[next] ?? cells.length) < index) next++;
    const quoted = quoteAll || quotedCells[next] === index || (cell !== "" && needsQuotes.test(cell));
    out[index + skip] = quoted ? `"${cell.replaceAll('"', '""')}"` : cell;
  }
  return out.join(delimiter);
}
