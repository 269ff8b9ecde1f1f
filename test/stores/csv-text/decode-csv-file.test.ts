import { describe, expect, it } from "vitest";
import { decodeCsvFile } from "../../../shared/stores/csv-text/decode-csv-file.js";
import { fixture } from "./fixture-file.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const cellsOf = (text: string) => decodeCsvFile(utf8(text)).records.map((record) => record.cells);
const endingsOf = (bytes: Uint8Array) => decodeCsvFile(bytes).records.map((record) => record.ending);

describe(decodeCsvFile, () => {
  it.each([
    ["excel-csv-windows-1252-crlf.csv", "windows-1252", ",", 4, "Prix 5 € “maybe”"],
    ["excel-csv-utf8-bom-crlf.csv", "utf-8-bom", ",", 5, "Prix 5 € “maybe”"],
    ["excel-unicode-text-utf16le-tabs.txt", "utf-16le", "\t", 5, "Prix 5 € “maybe”"],
    ["utf16be-bom-tabs.txt", "utf-16be", "\t", 3, "Prix 5 € “maybe”"],
    ["libreoffice-utf8-lf.csv", "utf-8", ",", 4, "Prix 5 € “maybe”"],
    ["google-sheets-utf8-crlf.csv", "utf-8", ",", 4, "Prix 5 € “maybe”"],
    ["excel-sep-semicolon.csv", "windows-1252", ";", 3, "3,5"],
  ])("reads %s as %s with delimiter %j", (name, encoding, delimiter, count, lastCell) => {
    const file = decodeCsvFile(fixture(name));
    expect({ encoding: file.encoding, delimiter: file.delimiter, count: file.records.length }).toEqual({
      encoding,
      delimiter,
      count,
    });
    expect(file.records[1]?.cells[0]).toBe("Zoë Müller");
    expect(file.records[1]?.cells.at(-1)).toBe(lastCell);
  });

  it("reads characters outside Windows-1252 from Unicode files", () => {
    expect(decodeCsvFile(fixture("excel-csv-utf8-bom-crlf.csv")).records[4]?.cells).toContain("日本 🚀");
    expect(decodeCsvFile(fixture("excel-unicode-text-utf16le-tabs.txt")).records[4]?.cells).toEqual([
      "Łukasz Żak",
      "linkedin.com/in/lzak",
      "Kraków\tOffice",
      "",
      "",
      "",
      "日本 🚀",
    ]);
  });

  it("keeps Excel's sep= line apart from the records, and takes the delimiter from it", () => {
    const file = decodeCsvFile(fixture("excel-sep-semicolon.csv"));
    expect(file.sepLine).toBe("sep=;\r\n");
    expect(file.records[0]?.cells).toEqual(["Name", "LinkedIn URL", "Mutual connections", "Score"]);
    expect(file.records[2]?.cells[0]).toBe("Jean; Marc");
  });

  it("reads each record's own line ending in a file mixing CRLF and LF, line breaks in quoted cells as data", () => {
    const file = decodeCsvFile(fixture("mixed-crlf-lf.csv"));
    expect(file.records.map((record) => record.ending)).toEqual(["\r\n", "\r\n", "\n", "\n", "\n", "\r\n"]);
    expect(file.records[1]?.cells[3]).toBe("line one\nline two");
    expect(file.records[2]?.cells[3]).toBe("crlf inside\r\nan LF record");
    expect(file.records[4]?.cells).toEqual([]);
  });

  it("reads a lone-CR file as one record per line", () => {
    const file = decodeCsvFile(fixture("lone-cr.csv"));
    expect(file.records.map((record) => record.cells[0])).toEqual([
      "Name",
      "Zoë Müller",
      "François Núñez",
      "Björn Ødegård",
    ]);
    expect(new Set(endingsOf(fixture("lone-cr.csv")))).toEqual(new Set(["\r"]));
  });

  it("reads a header cell holding a line break as one cell of the header", () => {
    const file = decodeCsvFile(fixture("header-line-break.csv"));
    expect(file.records[0]?.cells).toEqual(["Name", "LinkedIn\nURL", "Suggested\r\naction"]);
    expect(file.records.slice(1).map((record) => record.cells.length)).toEqual([3, 3]);
  });

  it("says whether the last record ends with a line break", () => {
    expect(decodeCsvFile(fixture("google-sheets-utf8-crlf.csv")).finalNewline).toBe(false);
    expect(endingsOf(fixture("google-sheets-utf8-crlf.csv")).at(-1)).toBe("");
    expect(decodeCsvFile(fixture("excel-csv-windows-1252-crlf.csv")).finalNewline).toBe(true);
  });

  it.each([
    [
      "a quote inside an unquoted cell is a character",
      '5" disk,x\ny,z',
      [
        ['5" disk', "x"],
        ["y", "z"],
      ],
    ],
    ["a doubled quote in a quoted cell is one quote", '"say ""hi""",b', [['say "hi"', "b"]]],
    ["text after a closing quote is kept", '"ab"c,d', [["abc", "d"]]],
    ["a space before a quote makes the cell unquoted", ' "a",b', [[' "a"', "b"]]],
    [
      "a delimiter at the end of a line is an empty last cell",
      "a,\nb,c",
      [
        ["a", ""],
        ["b", "c"],
      ],
    ],
    ["an unclosed quote runs to the end of the file", 'a\n"b,\nc', [["a"], ["b,\nc"]]],
    ["a blank line is a record with no cells", "a\n\nb\n", [["a"], [], ["b"]]],
    ["an empty quoted cell is one empty cell", '""\n', [[""]]],
  ])("reads cells as Excel does: %s", (_, text, cells) => {
    expect(cellsOf(text)).toEqual(cells);
  });

  it("marks which cells were quoted", () => {
    expect(decodeCsvFile(utf8('"a",b,"",c\n')).records[0]?.quoted).toEqual([true, false, true, false]);
  });

  it.each([
    ["semicolons", "Name;LinkedIn URL;Company\nA;b;c", ";"],
    ["tabs", "Name\tLinkedIn URL\nA\tb", "\t"],
    ["commas, when a quoted header cell holds semicolons", '"Last; first","a;b",Company\nA,b,c', ","],
    ["commas, for a file of one column", "Name\nAna; Ben", ","],
    ["the first non-blank record's delimiter", "\n\nName;URL\n", ";"],
  ])("detects %s", (_, text, delimiter) => {
    expect(decodeCsvFile(utf8(text)).delimiter).toBe(delimiter);
  });

  it("gives each record its exact bytes, without the line ending", () => {
    const bytes = utf8('Zoë,"a\r\nb"\r\nx\n');
    const [first, second] = decodeCsvFile(bytes).records;
    expect(new TextDecoder().decode(first?.bytes)).toBe('Zoë,"a\r\nb"');
    expect(new TextDecoder().decode(second?.bytes)).toBe("x");
  });

  it("reads an empty file as no records", () => {
    expect(decodeCsvFile(new Uint8Array(0))).toMatchObject({
      records: [],
      encoding: "utf-8",
      finalNewline: false,
    });
  });

  it("reads the five bytes Windows-1252 leaves unassigned as control characters, not as U+FFFD", () => {
    const file = decodeCsvFile(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x81, 0x9d]));
    expect(file.records[0]?.cells).toEqual(["Café", "\u0081\u009d"]);
  });

  it.each([
    ["holds NUL bytes", Uint8Array.from([0x61, 0, 0x62, 0]), /NUL bytes/],
    ["is UTF-16 cut short", Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x62]), /odd number of bytes/],
    ["is UTF-32", Uint8Array.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), /UTF-32/],
    ["has a UTF-8 mark but is not UTF-8", Uint8Array.from([0xef, 0xbb, 0xbf, 0xe9, 0x2c]), /not valid UTF-8/],
  ])("refuses a file that %s with one sentence", (_, bytes, message) => {
    expect(() => decodeCsvFile(bytes)).toThrow(message);
  });
});
