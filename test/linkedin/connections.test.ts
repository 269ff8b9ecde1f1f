import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TendError } from "../../shared/errors/tend-error.js";
import { parseConnections } from "../../shared/linkedin/connections.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/linkedin-export");
const fixture = (folder: string) => readFileSync(join(FIXTURES, folder, "Connections.csv"), "utf8");

const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';
const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

describe(parseConnections, () => {
  describe("real files", () => {
    it.each([
      // folder, rows read, hidden skipped, rows with a URL, problems
      ["synthetic-full-export", 2000, 0, 2000, 0],
      ["excel-resaved-2021", 300, 8, 0, 1],
      ["current-2025", 1, 0, 1, 0],
    ])("reads %s: %i connections, %i hidden, %i with a URL", (folder, rows, hidden, withUrl, problems) => {
      const result = parseConnections(fixture(folder), `${folder}/Connections.csv`);
      expect(result.connections).toHaveLength(rows);
      expect(result.hiddenSkipped).toBe(hidden);
      expect(result.connections.filter((c) => c.url !== undefined)).toHaveLength(withUrl);
      expect(result.connections.filter((c) => c.key !== undefined)).toHaveLength(withUrl);
      expect(result.problems).toHaveLength(problems);
    });

    it("reads the current format exactly", () => {
      const [only] = parseConnections(fixture("current-2025"), "Connections.csv").connections;
      expect(only).toEqual({
        firstName: "Rojm",
        lastName: "Rkhyhujt",
        name: "Rojm Rkhyhujt",
        url: "https://www.linkedin.com/in/qiljufgjnrtc",
        key: "in/qiljufgjnrtc",
        company: "Schneider Electric",
        position: "Software Engineer",
        connectedOn: "2025-12-22",
        line: 5,
      });
    });

    it("reads the Excel re-save: CRLF, Notes:,, and no name columns", () => {
      const result = parseConnections(fixture("excel-resaved-2021"), "Connections.csv");
      expect(result.connections[0]).toEqual({
        firstName: "",
        lastName: "",
        name: "",
        company: "TalentQuest Recruitment",
        position: "Recruitment Consultant",
        connectedOn: "2021-11-23",
        line: 5,
      });
      expect(result.connections[1]?.position).toBe("Director - Banking, Financial Services & Fintech");
      expect(result.connections.at(-1)).toMatchObject({
        company: "Korn Ferry",
        connectedOn: "2016-08-25",
        line: 312,
      });
      expect(result.problems[0]?.problem).toMatch(/no name or URL columns/);
      expect(result.connections.every((c) => !c.company.includes("\r") && !c.position.includes("\r"))).toBe(
        true,
      );
    });

    it("keeps the synthetic export's 1800s dates and quoted commas", () => {
      const { connections } = parseConnections(fixture("synthetic-full-export"), "Connections.csv");
      expect(connections[0]).toMatchObject({ name: "Charles Babbage", connectedOn: "1833-06-05", line: 5 });
      expect(connections.find((c) => c.lastName === "Whewell")?.company).toBe("Trinity College, Cambridge");
      expect(connections.at(-1)?.line).toBe(2004);
    });
  });

  it("finds the header after the Notes preamble", () => {
    const text = `${PREAMBLE}${HEADER}\nAna,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Contoso,Engineer,05 Feb 2024`;
    const { connections } = parseConnections(text, "Connections.csv");
    expect(connections).toEqual([
      {
        firstName: "Ana",
        lastName: "Ruiz",
        name: "Ana Ruiz",
        url: "https://www.linkedin.com/in/ana-ruiz",
        key: "in/ana-ruiz",
        company: "Contoso",
        position: "Engineer",
        connectedOn: "2024-02-05",
        line: 5,
      },
    ]);
  });

  it("reads a 2018 file: no preamble, no URL column, month-first dates with a time", () => {
    const text =
      'First Name,Last Name,Email Address,Company,Position,Connected On\nAna,Ruiz,ana@example.com,Contoso,Engineer,"1/8/18, 6:14 PM"\n';
    const { connections, problems } = parseConnections(text, "Connections.csv");
    expect(problems).toEqual([]);
    expect(connections).toEqual([
      {
        firstName: "Ana",
        lastName: "Ruiz",
        name: "Ana Ruiz",
        email: "ana@example.com",
        company: "Contoso",
        position: "Engineer",
        connectedOn: "2018-01-08",
        line: 2,
      },
    ]);
    expect(connections[0]?.key).toBeUndefined();
  });

  it("reads Excel's Notes:,, preamble, CRLF and a BOM", () => {
    const text = `\uFEFFNotes:,,,,,,\r\n"When exporting...",,,,,,\r\n,,,,,,\r\n${HEADER}\r\nAna,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Contoso,Engineer,5-Feb-24\r\n`;
    const { connections } = parseConnections(text, "Connections.csv");
    expect(connections).toHaveLength(1);
    expect(connections[0]).toMatchObject({
      firstName: "Ana",
      position: "Engineer",
      connectedOn: "2024-02-05",
      line: 5,
    });
  });

  it("reads a file whose header alone was re-saved with CRLF", () => {
    const text = `${HEADER}\r\nAna,Ruiz,,,Contoso,Engineer,05 Feb 2024\nBo,Li,,,Fabrikam,CTO,06 Feb 2024\n`;
    const { connections } = parseConnections(text, "Connections.csv");
    expect(connections.map((c) => [c.name, c.position, c.line])).toEqual([
      ["Ana Ruiz", "Engineer", 2],
      ["Bo Li", "CTO", 3],
    ]);
  });

  it("reads a semicolon-separated re-save", () => {
    const text =
      "First Name;Last Name;URL;Email Address;Company;Position;Connected On\nAna;Ruiz;;;Contoso, Inc.;CTO;05/02/2024\n";
    expect(parseConnections(text, "Connections.csv").connections[0]).toMatchObject({
      company: "Contoso, Inc.",
      connectedOn: "2024-05-02",
    });
  });

  it("skips hidden profiles that only carry a date", () => {
    const text = `${PREAMBLE}${HEADER}\n,,,,,,05 Feb 2024\nAna,Ruiz,,,,,06 Feb 2024\n,,,,,,07 Jun 2022\n,,,,,,\n`;
    const result = parseConnections(text, "Connections.csv");
    expect(result.hiddenSkipped).toBe(2);
    expect(result.connections.map((c) => c.name)).toEqual(["Ana Ruiz"]);
    expect(result.problems).toEqual([]);
  });

  it.each([
    ["emoji", "Ana 🚀", "Ruiz", "Ana 🚀 Ruiz"],
    ["an inner tab", "Ana\tMaria", "Ruiz", "Ana\tMaria Ruiz"],
    ["leading spaces", "   Ana", "Ruiz  ", "Ana Ruiz"],
    ["quoted commas", "Priya", '"Nayak, MSc, MBA"', "Priya Nayak, MSc, MBA"],
    ["doubled quotes", '"James ""Tyler"""', "Smith", 'James "Tyler" Smith'],
    ["unquoted inner quotes", 'James "Tyler"', "Smith", 'James "Tyler" Smith'],
    ["an empty last name", "Cher", "", "Cher"],
  ])("keeps names with %s intact", (_quirk, first, last, name) => {
    const text = `${HEADER}\n${first},${last},https://www.linkedin.com/in/x,,Contoso,CTO,05 Feb 2024\n`;
    const [connection] = parseConnections(text, "Connections.csv").connections;
    expect(connection?.name).toBe(name);
    expect(connection?.company).toBe("Contoso");
    expect(connection?.connectedOn).toBe("2024-02-05");
  });

  it("keeps a name that spans lines inside quotes, and numbers the next row right", () => {
    const text = `${HEADER}\n"Ana\nMaria",Ruiz,,,Contoso,CTO,05 Feb 2024\nBo,Li,,,,,06 Feb 2024\n`;
    const { connections } = parseConnections(text, "Connections.csv");
    expect(connections.map((c) => [c.firstName, c.line])).toEqual([
      ["Ana\nMaria", 2],
      ["Bo", 4],
    ]);
  });

  it("gives a percent-encoded slug and its raw Unicode form the same key", () => {
    const text = `${HEADER}\nJózef,Nowak,https://www.linkedin.com/in/j%C3%B3zef-nowak-12,,,,05 Feb 2024\nZoë,Brandt,https://www.linkedin.com/in/zoë-brandt/,,,,05 Feb 2024\n`;
    const { connections } = parseConnections(text, "Connections.csv");
    expect(connections.map((c) => c.key)).toEqual(["in/józef-nowak-12", "in/zoë-brandt"]);
    expect(connections[0]?.url).toBe("https://www.linkedin.com/in/j%C3%B3zef-nowak-12");
  });

  it("reports a row with an unreadable date, naming file, line and value, and skips it", () => {
    const text = `${PREAMBLE}${HEADER}\nAna,Ruiz,,,,,05 Fbr 2024\nBo,Li,,,,,06 Feb 2024\n`;
    const result = parseConnections(text, "export/Connections.csv");
    expect(result.connections.map((c) => c.name)).toEqual(["Bo Li"]);
    expect(result.problems).toEqual([
      {
        file: "export/Connections.csv",
        line: 5,
        value: "05 Fbr 2024",
        problem: "Connected On is not a date; row skipped",
      },
    ]);
  });

  it("keeps a row without a date, and one whose URL is not a profile (with a warning)", () => {
    const text = `${HEADER}\nAna,Ruiz,,,,,\nBo,Li,https://example.com/bo,,,,06 Feb 2024\n`;
    const result = parseConnections(text, "Connections.csv");
    expect(result.connections).toHaveLength(2);
    expect(result.connections[0]?.connectedOn).toBeUndefined();
    expect(result.connections[1]?.key).toBeUndefined();
    expect(result.problems).toMatchObject([{ line: 3, value: "https://example.com/bo" }]);
  });

  it("reads day-first numeric dates when the column proves it", () => {
    const text = `${HEADER}\nAna,Ruiz,,,,,23/11/2021\nBo,Li,,,,,05/02/2021\n`;
    expect(parseConnections(text, "Connections.csv").connections.map((c) => c.connectedOn)).toEqual([
      "2021-11-23",
      "2021-02-05",
    ]);
  });

  it("returns nothing, with a note, for an empty file", () => {
    expect(parseConnections("\uFEFF\n", "Connections.csv")).toEqual({
      connections: [],
      hiddenSkipped: 0,
      problems: [{ file: "Connections.csv", problem: "the file is empty" }],
    });
  });

  it("throws a clear error for a file without the Connections header", () => {
    expect(() => parseConnections("Organization,Followed On\nAcme,05 Feb 2024\n", "Connections.csv")).toThrow(
      expect.objectContaining({ kind: "unreadable" }),
    );
    expect(() => parseConnections("Organization,Followed On\n", "x/Connections.csv")).toThrow(
      /x\/Connections\.csv: found no header line with First Name/,
    );
  });

  it("finds a header below a long preamble, even one whose quoted paragraph spans many lines", () => {
    const paragraph = `"${Array.from({ length: 60 }, (_, i) => `note line ${i}`).join("\n")}"`;
    const text = `Notes:\n${paragraph}\n\n${HEADER}\nAna,Ruiz,,,,,05 Feb 2024\n`;
    const { connections } = parseConnections(text, "Connections.csv");
    // Notes: is line 1, the paragraph lines 2 to 61, the blank line 62, the header 63.
    expect(connections.map((c) => [c.name, c.line])).toEqual([["Ana Ruiz", 64]]);
  });

  it("names the row where a quote is never closed, deep in a long file", () => {
    const rows = Array.from({ length: 100 }, (_, i) => `P${i},Q,,,Contoso,CTO,05 Feb 2024`);
    rows[80] = 'P80,Q,,,"Contoso,CTO,05 Feb 2024';
    const error = catchError(() =>
      parseConnections(`${PREAMBLE}${HEADER}\n${rows.join("\n")}\n`, "Connections.csv"),
    );
    expect(error).toMatchObject({ file: "Connections.csv", line: 85 });
  });

  it("throws a clear error, with the line, when quoting is broken", () => {
    const text = `${HEADER}\nAna,Ruiz,,,"Contoso,CTO,05 Feb 2024\nBo,Li,,,,,06 Feb 2024\n`;
    const error = catchError(() => parseConnections(text, "Connections.csv"));
    expect(error).toBeInstanceOf(TendError);
    expect(error).toMatchObject({ kind: "unreadable" });
    expect(error).toMatchObject({ file: "Connections.csv", line: 2 });
    expect((error as TendError).problem).toMatch(/quote opened in this row is never closed/);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
