import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsvFile } from "../../../shared/stores/csv-text/decode-csv-file.js";
import { encodeCsvFile } from "../../../shared/stores/csv-text/encode-csv-file.js";
import { FIXTURES, fixture } from "./fixture-file.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const rewrite = (source: string, replaced: [number, string[]][], appended?: string[][]) =>
  text(encodeCsvFile(decodeCsvFile(utf8(source)), new Map(replaced), appended));

describe(encodeCsvFile, () => {
  it.each(FIXTURES)("writes %s back byte for byte when nothing changed", (name) => {
    const bytes = fixture(name);
    expect(Buffer.from(encodeCsvFile(decodeCsvFile(bytes), new Map()))).toEqual(Buffer.from(bytes));
  });

  it.each(FIXTURES)("changes one record of %s and leaves every other record's bytes as they were", (name) => {
    const before = decodeCsvFile(fixture(name));
    const cells = ["Ana Ruiz", "line\nbreak", 'a "quote"', `a${before.delimiter}b`, "é€"];
    const after = decodeCsvFile(encodeCsvFile(before, new Map([[1, cells]])));
    expect(after.records.length).toBe(before.records.length);
    expect(after.records[1]?.cells).toEqual(cells);
    expect(after.records.map((record) => record.ending)).toEqual(
      before.records.map((record) => record.ending),
    );
    for (const [index, record] of before.records.entries()) {
      if (index !== 1)
        expect(Buffer.from(after.records[index]?.bytes ?? [])).toEqual(Buffer.from(record.bytes));
    }
    expect({ encoding: after.encoding, sepLine: after.sepLine, delimiter: after.delimiter }).toEqual({
      encoding: before.encoding,
      sepLine: before.sepLine,
      delimiter: before.delimiter,
    });
  });

  it("writes a changed record with its own line ending in a mixed file", () => {
    expect(rewrite("h\r\na\nb\r\n", [[1, ["x"]]])).toBe("h\r\nx\nb\r\n");
  });

  it.each([
    ["a line break (LF in a CRLF file)", "two\nlines", '"two\nlines"'],
    ["a CRLF, kept as it is in the cell", "two\r\nlines", '"two\r\nlines"'],
    ["a quote", 'say "hi"', '"say ""hi"""'],
    ["the delimiter", "Acme, Inc.", '"Acme, Inc."'],
    ["nothing special", "plain", "plain"],
  ])("quotes a cell holding %s only when needed", (_, cell, written) => {
    expect(rewrite("h\r\nx\r\n", [[1, [cell]]])).toBe(`h\r\n${written}\r\n`);
  });

  it("keeps each cell's quoting as the user's file had it, and quotes added cells in a quote-everything file", () => {
    expect(rewrite('"a",b\n', [[0, ["x", "y", "z"]]])).toBe('"x",y,z\n');
    expect(rewrite('"a","b"\n', [[0, ["x", "y", "z"]]])).toBe('"x","y","z"\n');
  });

  it.each([
    ["text after a closing quote", 'h\n"a"b,c\n', ["ab", "c", "x"], 'h\n"a"b,c,x\n'],
    ["a quote inside an unquoted cell", 'h\na"b,c\n', ['a"b', "c", "x, y"], 'h\na"b,c,"x, y"\n'],
    ["every cell quoted", 'h\n"a","b"\n', ["a", "b", "x"], 'h\n"a","b","x"\n'],
  ])("keeps a record's own text when it only gains cells after its own: %s", (_, source, cells, written) => {
    expect(rewrite(source, [[1, cells]])).toBe(written);
  });

  it("writes the cells of a last record whose quote never closes, so that added cells stay cells", () => {
    expect(rewrite('h\nz,"a,b', [[1, ["z", "a,b", "x"]]])).toBe('h\nz,"a,b",x');
  });

  it("writes the file's delimiter and keeps its sep= line", () => {
    expect(rewrite("sep=;\r\nName;Notes\r\nA;b\r\n", [[1, ["B", "c;d"]]])).toBe(
      'sep=;\r\nName;Notes\r\nB;"c;d"\r\n',
    );
  });

  it("appends records with the file's most common line ending, keeping a missing final line break missing", () => {
    expect(rewrite("h\r\na\r\nb\n", [], [["c"], ["d"]])).toBe("h\r\na\r\nb\nc\r\nd\r\n");
    expect(rewrite("h\na", [], [["c"]])).toBe("h\na\nc");
    expect(rewrite("", [], [["h"], ["a"]])).toBe("h\r\na\r\n");
  });

  it("writes a changed record that became empty so that it stays a record", () => {
    expect(rewrite("h\na", [[1, []]])).toBe('h\n""');
    expect(rewrite("h\rx\nb\n", [[1, [""]]])).toBe('h\r""\nb\n');
    expect(rewrite("h\nx\nb\n", [[1, []]])).toBe("h\n\nb\n");
  });

  it.each([
    ["windows-1252", "Zoë,x\r\n", "Zoë,€\r\n"],
    ["utf-16le", "Zoë\tx\r\n", "Zoë\t€\r\n"],
    ["utf-16be", "Zoë\tx\r\n", "Zoë\t€\r\n"],
  ])(
    "writes changed records in the file's %s encoding, with its byte-order mark",
    (encoding, source, expected) => {
      const withBom = { addBOM: encoding !== "windows-1252" };
      const file = decodeCsvFile(iconv.encode(source, encoding, withBom));
      const written = encodeCsvFile(file, new Map([[0, ["Zoë", "€"]]]));
      expect(Buffer.from(written)).toEqual(iconv.encode(expected, encoding, withBom));
    },
  );

  it("refuses, naming the row and the character, text the file's encoding cannot hold", () => {
    const file = decodeCsvFile(fixture("excel-csv-windows-1252-crlf.csv"));
    expect(() => encodeCsvFile(file, new Map([[2, ["Ana 🚀"]]]))).toThrow(
      'Tend cannot save row 3: the character "🚀" (U+1F680) cannot be written in this file\'s Windows-1252 ' +
        'encoding (save the file as "CSV UTF-8" to use it).',
    );
    expect(() => encodeCsvFile(file, new Map(), [["Ω"]])).toThrow(/row 5: the character "Ω" \(U\+03A9\)/);
    expect(() => encodeCsvFile(decodeCsvFile(utf8("a\n")), new Map([[0, ["\ud800"]]]))).toThrow(/U\+D800/);
  });

  it("refuses an index that is not a record of the file", () => {
    expect(() => rewrite("h\n", [[1, ["x"]]])).toThrow(
      "Record 1 is not in this CSV file, which has 1 records.",
    );
  });
});
