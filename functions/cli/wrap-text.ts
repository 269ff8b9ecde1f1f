import wrapAnsi from "wrap-ansi";

/** Lines are wrapped at this width when the output is not a terminal (piped, in a log, in a test). */
export const PLAIN_WIDTH = 80;

/** The terminal's width, or {@link PLAIN_WIDTH} when there is none. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  return stream.isTTY === true && stream.columns !== undefined && stream.columns > 20
    ? stream.columns
    : PLAIN_WIDTH;
}

/**
 * Wraps each line at `width` columns (colour codes take no room), continuing under the line's
 * own indent plus two spaces, so a wrapped item still reads as one item. Lines break at spaces
 * only: a long link stays whole, so the terminal can still open it.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => wrapLine(line, width))
    .join("\n");
}

// Characters one column wide each (printable ASCII, Latin letters, dashes, quotes, bullets and
// "…"), so that a line of them is as wide as it is long.
const NARROW = /^[\x20-\x7e\u00a0-\u024f\u2010-\u2026]*$/;

function wrapLine(line: string, width: number): string {
  // Most lines fit: wrap-ansi (which measures emoji and East Asian widths) is for the rest.
  const narrow = NARROW.test(line);
  if (line.length <= width && narrow) return line.trimEnd();
  const wrap = narrow ? wrapNarrow : wrapAnsi;
  const lead = /^ */.exec(line)?.[0] ?? "";
  const content = line.slice(lead.length);
  const [first = "", ...rest] = wrap(content, width - lead.length).split("\n");
  if (rest.length === 0) return line.trimEnd();
  const indent = `${lead}  `;
  const continued = wrap(rest.join(" "), Math.max(20, width - indent.length)).split("\n");
  return [lead + first, ...continued.map((part) => indent + part)].join("\n");
}

/**
 * wrap-ansi's word wrap (hard: false, trim: true) for text of one-column characters without colour
 * codes, where a character's width is 1: wrap-ansi would load and run its emoji and width tables
 * for them, about 10 ms of a command. test/cli/wrap-text.test.ts checks that both give the same.
 */
export function wrapNarrow(text: string, width: number): string {
  if (text.trim() === "") return "";
  const rows = [""];
  const words = text.split(" ");
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    let row = (rows[rows.length - 1] as string).trimStart();
    if (index !== 0 && row.length > 0) row += " ";
    if (row.length + word.length > width && row.length > 0 && word.length > 0) {
      rows[rows.length - 1] = row;
      rows.push("");
      row = "";
    }
    rows[rows.length - 1] = row + word;
  }
  // Only spaces go from a row's end, as in wrap-ansi (a no-break space stays).
  return rows.map((row) => row.replace(/ +$/, "")).join("\n");
}
