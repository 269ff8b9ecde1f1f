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
 * it), or when the user's file quoted that cell. A cell past the end of the record as the user
 * wrote it is quoted if they quoted every cell ("quote all text cells"). Line breaks inside a
 * cell are written as they are in the cell: they are the user's data, whatever the record's ending.
 */
export function formatRecord(
  cells: readonly string[],
  delimiter: string,
  quoted: readonly boolean[],
): string {
  const needsQuotes = needsQuotesPattern(delimiter);
  const quoteAll = quoted.length > 0 && quoted.every(Boolean);
  let text = "";
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index] as string;
    if (index > 0) text += delimiter;
    text += (quoted[index] ?? quoteAll) || needsQuotes.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  }
  return text;
}
