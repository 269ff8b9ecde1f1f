import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsvFile } from "../../../shared/stores/csv-text/decode-csv-file.js";
import { encodeCsvFile } from "../../../shared/stores/csv-text/encode-csv-file.js";

const ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le", "windows-1252"] as const;
const ENDINGS = ["\r\n", "\n", "\r"];
const IN_1252 = ["a", "Z", " ", "0", "=", "é", "€", "“", '"', ",", ";", "\t", "\r", "\n", "\r\n"];
const UNICODE_ONLY = ["ж", "日", "🚀"];
// A cell holds its own file's delimiter, never another one: the delimiter is found by how most
// records split, and random text full of bare tabs in a semicolon file would make it a tab file.
const OTHER_DELIMITERS: Record<string, readonly string[]> = {
  ",": [";", "\t"],
  ";": [",", "\t"],
  "\t": [",", ";"],
};
const cell = (encoding: string, delimiter: string) =>
  fc.string({
    unit: fc.constantFrom(
      ...IN_1252.filter((unit) => !(OTHER_DELIMITERS[delimiter] ?? []).includes(unit)),
      ...(encoding === "windows-1252" ? [] : UNICODE_ONLY),
    ),
    maxLength: 6,
  });
// Header cells hold no delimiter, so the delimiter found is the one used; "" is an unlabeled column.
const headerCell = fc.string({ unit: fc.constantFrom("a", "N", " ", "é"), maxLength: 4 });
// "é" first: in Windows-1252 its byte before a delimiter or quote is not UTF-8, as in real files.
const headerCells = fc.array(headerCell, { minLength: 1, maxLength: 5 }).map((cells) => ["é", ...cells]);

interface Row {
  cells: string[];
  quote: boolean[];
  ending: string;
}
const row = (cells: fc.Arbitrary<string[]>): fc.Arbitrary<Row> =>
  fc.record({ cells, quote: fc.array(fc.boolean(), { maxLength: 6 }), ending: fc.constantFrom(...ENDINGS) });

const csvCase = fc
  .record({ encoding: fc.constantFrom(...ENCODINGS), delimiter: fc.constantFrom(",", ";", "\t") })
  .chain(({ encoding, delimiter }) =>
    fc.record({
      encoding: fc.constant(encoding),
      delimiter: fc.constant(delimiter),
      sepEnding: fc.option(fc.constantFrom(...ENDINGS), { nil: undefined }),
      header: row(headerCells),
      rows: fc.array(row(fc.array(cell(encoding, delimiter), { maxLength: 6 })), { maxLength: 12 }),
      finalNewline: fc.boolean(),
      replacements: fc.array(
        fc.tuple(fc.nat(), fc.array(cell(encoding, delimiter), { maxLength: 7 }), headerCells),
        {
          maxLength: 5,
        },
      ),
    }),
  );

type CsvCase = typeof csvCase extends fc.Arbitrary<infer T> ? T : never;

/** A file as any program might write it: quoting where needed, and wherever else it chose to. */
function writeFile(test: CsvCase) {
  const { delimiter, header, rows } = test;
  const expected: { cells: string[]; ending: string }[] = [];
  let text = test.sepEnding === undefined ? "" : `sep=${delimiter}${test.sepEnding}`;
  let previousEnding = test.sepEnding ?? "";
  for (const [index, { cells, quote, ending: chosen }] of [header, ...rows].entries()) {
    const ending = index === rows.length && !test.finalNewline ? "" : chosen;
    let line = cells
      .map((value, column) =>
        quote[column] === true || /["\r\n]/.test(value) || value.includes(delimiter)
          ? `"${value.replaceAll('"', '""')}"`
          : value,
      )
      .join(delimiter);
    // An empty line after a lone CR would make a CRLF, and at the very end would be no line at all.
    if (line === "" && (previousEnding === "\r" || ending === "")) line = '""';
    expected.push({ cells: line === "" ? [] : line === '""' ? [""] : cells, ending });
    text += line + ending;
    previousEnding = ending;
  }
  const withBom = test.encoding === "utf-8-bom" || test.encoding === "utf-16le";
  const bytes = iconv.encode(text, test.encoding.replace("-bom", ""), { addBOM: withBom });
  return { bytes, expected };
}

const blankAsNoCells = (cells: readonly string[]) => (cells.length === 1 && cells[0] === "" ? [] : cells);

describe("decodeCsvFile and encodeCsvFile", () => {
  it("read any file back as written, and rewrite chosen records leaving every other byte as it was", () => {
    fc.assert(
      fc.property(csvCase, (test) => {
        const { bytes, expected } = writeFile(test);
        const file = decodeCsvFile(bytes);
        expect({ encoding: file.encoding, delimiter: file.delimiter }).toEqual({
          encoding: test.encoding,
          delimiter: test.delimiter,
        });
        expect(file.sepLine).toBe(
          test.sepEnding === undefined ? undefined : `sep=${test.delimiter}${test.sepEnding}`,
        );
        expect(file.records.map(({ cells, ending }) => ({ cells, ending }))).toEqual(expected);

        // A new header is still a header: the delimiter read from it must stay the same.
        const replaced = new Map(
          test.replacements.map(([at, cells, header]) => {
            const index = at % file.records.length;
            return [index, index === 0 && test.sepEnding === undefined ? header : cells];
          }),
        );
        const written = encodeCsvFile(file, replaced);
        const after = decodeCsvFile(written);
        // A Windows-1252 file left with no byte above 127 is ASCII, which reads the same as UTF-8.
        const ascii = file.encoding === "windows-1252" && written.every((byte) => byte < 0x80);
        expect({ encoding: after.encoding, sepLine: after.sepLine }).toEqual({
          encoding: ascii ? "utf-8" : file.encoding,
          sepLine: file.sepLine,
        });
        expect(after.records.map((record) => record.ending)).toEqual(expected.map((record) => record.ending));
        for (const [index, record] of file.records.entries()) {
          const now = after.records[index];
          const cells = replaced.get(index);
          if (cells === undefined) expect(Buffer.from(now?.bytes ?? [])).toEqual(Buffer.from(record.bytes));
          else expect(blankAsNoCells(now?.cells ?? [])).toEqual(blankAsNoCells(cells));
        }
      }),
      { numRuns: 300 },
    );
  });
});
