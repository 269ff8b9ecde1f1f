import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, type Zippable, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TendError } from "../../shared/errors/tend-error.js";
import { fileKindOfName } from "../../shared/linkedin/export-file-kinds.js";
import { readLinkedInExport } from "../../shared/linkedin/read-export.js";

const CONNECTIONS =
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,,,,,05 Feb 2024\n";
const INVITATIONS = 'From,To,Sent At,Message,Direction\nAna Ruiz,Me,"1/29/26, 2:37 PM",,INCOMING\n';
const FOLLOWS = "Organization,Followed On\nAcme,Sat Dec 14 08:57:55 UTC 2024\n";
const MESSAGES =
  "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n";

/** Local noon, so the DOS date in the zip and the day read back agree in every time zone. */
const day = (iso: string) => new Date(`${iso}T12:00:00`);

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "tend-linkedin-read-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeZip(name: string, entries: Record<string, [string, string]>): Promise<string> {
  const path = join(root, name);
  const zippable: Zippable = {};
  for (const [entry, [text, modified]] of Object.entries(entries)) {
    zippable[entry] = [strToU8(text), { mtime: day(modified) }];
  }
  await writeFile(path, zipSync(zippable));
  return path;
}

async function writeFiles(
  folder: string,
  files: Record<string, string | Uint8Array>,
  modified = "2026-01-20",
) {
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, folder, name);
    await mkdir(join(path, ".."), { recursive: true });
    await writeFile(path, content);
    await utimes(path, day(modified), day(modified));
  }
  return join(root, folder);
}

async function readError(paths: string | string[]): Promise<TendError> {
  const error = await readLinkedInExport(paths).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TendError);
  expect(error).toMatchObject({ kind: "unreadable" });
  return error as TendError;
}

describe(readLinkedInExport, () => {
  it("reads the zip LinkedIn sends, dated by its newest entry", async () => {
    const zip = await writeZip("export.zip", {
      "Connections.csv": [CONNECTIONS, "2026-01-28"],
      "Invitations.csv": [INVITATIONS, "2026-01-29"],
      "Company Follows.csv": [FOLLOWS, "2026-01-27"],
      "messages.csv": [MESSAGES, "2026-01-28"],
      "Rich_Media.csv": ["Date,Media\n", "2026-02-03"],
    });
    const { files, exportDate } = await readLinkedInExport(zip);
    expect(Object.keys(files).sort()).toEqual(["companyFollows", "connections", "invitations", "messages"]);
    expect(files.connections).toEqual({
      name: `${zip}/Connections.csv`,
      text: CONNECTIONS,
      encoding: "utf-8",
    });
    expect(files.companyFollows?.text).toBe(FOLLOWS);
    // Rich_Media.csv is not read, so its date does not count.
    expect(exportDate).toBe("2026-01-29");
  });

  it("finds files one folder down in the zip, and prefers the date in LinkedIn's archive name", async () => {
    const zip = await writeZip("nested.zip", {
      "Basic_LinkedInDataExport_05-14-2021/Connections.csv": [CONNECTIONS, "2026-01-28"],
      "Basic_LinkedInDataExport_05-14-2021/Jobs/Saved Jobs.csv": ["x\n", "2026-01-28"],
    });
    const { files, exportDate } = await readLinkedInExport(zip);
    expect(files.connections?.name).toBe(`${zip}/Basic_LinkedInDataExport_05-14-2021/Connections.csv`);
    expect(exportDate).toBe("2021-05-14");
  });

  it("matches names case-insensitively, with underscores, and never takes guide_messages.csv for messages.csv", async () => {
    const zip = await writeZip("names.zip", {
      "CONNECTIONS.CSV": [CONNECTIONS, "2026-01-28"],
      "Company_Follows.csv": [FOLLOWS, "2026-01-28"],
      "guide_messages.csv": [MESSAGES, "2026-01-28"],
      "__MACOSX/._Invitations.csv": ["\u0000\u0005binary", "2026-01-28"],
      "__MACOSX/Invitations.csv": ["\u0000\u0005binary", "2026-01-28"],
    });
    const { files } = await readLinkedInExport(zip);
    expect(Object.keys(files).sort()).toEqual(["companyFollows", "connections"]);
  });

  it("ignores files two folders down", async () => {
    const zip = await writeZip("deep.zip", { "a/b/Connections.csv": [CONNECTIONS, "2026-01-28"] });
    expect((await readError(zip)).problem).toMatch(/holds none of Connections.csv/);
  });

  it("reads the unpacked folder, dated by the newest file read", async () => {
    const folder = await writeFiles("unpacked", {
      "Connections.csv": CONNECTIONS,
      "Invitations.csv": INVITATIONS,
    });
    await utimes(join(folder, "Invitations.csv"), day("2026-01-25"), day("2026-01-25"));
    const { files, exportDate } = await readLinkedInExport(folder);
    expect(files.connections?.name).toBe(join(folder, "Connections.csv"));
    expect(files.invitations?.text).toBe(INVITATIONS);
    expect(exportDate).toBe("2026-01-25");
  });

  it("reads a folder holding the unpacked folder, and takes the date from its name", async () => {
    const outer = await writeFiles("outer", {
      "Complete_LinkedInDataExport_10-02-2026/Connections.csv": CONNECTIONS,
      "Complete_LinkedInDataExport_10-02-2026/messages.csv": MESSAGES,
    });
    const { files, exportDate } = await readLinkedInExport(outer);
    expect(Object.keys(files).sort()).toEqual(["connections", "messages"]);
    expect(exportDate).toBe("2026-10-02");
  });

  it("prefers the top-level file over one in a subfolder", async () => {
    const folder = await writeFiles("shallow", {
      "Connections.csv": CONNECTIONS,
      "old/Connections.csv": "x",
    });
    expect((await readLinkedInExport(folder)).files.connections?.name).toBe(join(folder, "Connections.csv"));
  });

  it("reads single files, recognising a renamed one by its header", async () => {
    const folder = await writeFiles("single", {
      "Connections (1).csv": CONNECTIONS,
      "my linkedin invites.csv": INVITATIONS,
    });
    const { files, exportDate } = await readLinkedInExport([
      join(folder, "Connections (1).csv"),
      join(folder, "my linkedin invites.csv"),
    ]);
    expect(files.connections?.text).toBe(CONNECTIONS);
    expect(files.invitations?.name).toBe(join(folder, "my linkedin invites.csv"));
    expect(exportDate).toBe("2026-01-20");
  });

  it("strips a BOM and reads files re-saved as UTF-16 or in the Windows code page", async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Buffer.from("Organization,Followed On\nCafé,\n", "utf16le"),
    ]);
    const folder = await writeFiles("encodings", {
      "Connections.csv": `\uFEFF${CONNECTIONS}`,
      "Company Follows.csv": utf16,
      "Invitations.csv": Buffer.from(
        'From,To,Sent At,Message,Direction\nJosé,Me,"1/2/26, 1:00 PM",,INCOMING\n',
        "latin1",
      ),
    });
    const { files } = await readLinkedInExport(folder);
    expect(files.connections).toMatchObject({ text: CONNECTIONS, encoding: "utf-8" });
    expect(files.companyFollows).toMatchObject({
      text: "Organization,Followed On\nCafé,\n",
      encoding: "utf-16le",
    });
    expect(files.invitations).toMatchObject({ encoding: "windows-1252" });
    expect(files.invitations?.text).toContain("José,Me");
  });

  describe("errors that name the file", () => {
    it("reports a path that does not exist", async () => {
      const missing = join(root, "nope.zip");
      expect(await readError(missing)).toMatchObject({ file: missing, problem: "does not exist" });
    });

    it("reports a CSV that is not an export file", async () => {
      const folder = await writeFiles("other", { "notes.csv": "a,b\n1,2\n" });
      expect((await readError(join(folder, "notes.csv"))).problem).toMatch(/is not one of Connections.csv/);
    });

    it("reports a folder without export files", async () => {
      const folder = await writeFiles("empty-ish", { "readme.txt": "hello" });
      expect(await readError(folder)).toMatchObject({ file: folder });
    });

    it("reports a binary file under an export name", async () => {
      const folder = await writeFiles("binary", {
        "Connections.csv": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
      });
      const error = await readError(folder);
      expect(error).toMatchObject({
        file: join(folder, "Connections.csv"),
        problem: "is not a text (CSV) file",
      });
    });

    it("reports a damaged zip", async () => {
      const path = join(root, "broken.zip");
      await writeFile(path, new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(40).fill(7)]));
      expect((await readError(path)).problem).toMatch(/is not a readable zip archive/);
    });

    it("reports a workbook instead of a CSV", async () => {
      const path = join(root, "Connections.xlsx");
      await writeFile(path, zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }));
      expect((await readError(path)).problem).toMatch(/spreadsheet workbook/);
    });

    it("reports two Connections.csv at the same level", async () => {
      const folder = await writeFiles("twice", {
        "a/Connections.csv": CONNECTIONS,
        "b/Connections.csv": CONNECTIONS,
      });
      expect((await readError(folder)).problem).toMatch(/is a second Connections.csv/);
    });
  });
});

describe(fileKindOfName, () => {
  it.each([
    ["Connections.csv", "connections"],
    ["path/to/connections.CSV", "connections"],
    ["Company Follows.csv", "companyFollows"],
    ["Company_Follows.csv", "companyFollows"],
    ["messages.csv", "messages"],
    ["Messages (2).csv", "messages"],
    ["guide_messages.csv", undefined],
    ["learning_coach_messages.csv", undefined],
    ["Profile.csv", "profile"],
    ["Profile Summary.csv", undefined],
  ])("takes %s for %s", (name, kind) => {
    expect(fileKindOfName(name)).toBe(kind);
  });
});
