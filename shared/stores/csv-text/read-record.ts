export interface RecordSpan {
  cells: string[];
  quoted: boolean[];
  /** Index in the text just past the record, before its line ending. */
  end: number;
  ending: string;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Reads one record from `start`. Hand-written rather than csv-parse: csv-parse takes one record
 * delimiter (or tries a list but reports each record's raw text with a varying part of its
 * ending), does not say which cells were quoted, and with relax_quotes keeps the quotes of
 * `"a""b"c`. The rules are Excel's and Python's: a quote opens a quoted cell only as the cell's
 * first character, `""` inside one is a quote, text after the closing quote is kept as typed,
 * and a line break ends the record only outside quotes ("\r\n", "\n" or a lone "\r").
 */
export function readRecord(text: string, start: number, delimiter: string): RecordSpan {
  const separator = delimiter.charCodeAt(0);
  const cells: string[] = [];
  const quoted: boolean[] = [];
  let at = start;
  const first = text.charCodeAt(at);
  if (at < text.length && first !== CR && first !== LF) {
    for (;;) {
      let value = "";
      const isQuoted = text.charCodeAt(at) === QUOTE;
      if (isQuoted) {
        at++;
        for (;;) {
          const close = text.indexOf('"', at);
          if (close < 0) {
            value += text.slice(at);
            at = text.length;
            break;
          }
          value += text.slice(at, close);
          at = close + 1;
          if (text.charCodeAt(at) !== QUOTE) break;
          value += '"';
          at++;
        }
      }
      const from = at;
      while (at < text.length) {
        const code = text.charCodeAt(at);
        if (code === separator || code === CR || code === LF) break;
        at++;
      }
      cells.push(value + text.slice(from, at));
      quoted.push(isQuoted);
      if (at >= text.length || text.charCodeAt(at) !== separator) break;
      at++;
    }
  }
  const ending = text.startsWith("\r\n", at) ? "\r\n" : at < text.length ? (text[at] as string) : "";
  return { cells, quoted, end: at, ending };
}
