import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../functions/cli/main.js";
import type { Env } from "../../../functions/config.js";
import type { RunSummary } from "../../../shared/run/daily-run.js";
import { notionConnection } from "../../../shared/stores/notion/notion-config.js";
import { notionDatabaseId } from "../../../shared/stores/notion/notion-source.js";
import { useTempDir } from "../../support/temp-dir.js";
import { sampleTable, seedNotion, useFakeNotion } from "./notion-harness.js";

const tempDir = useTempDir();
const fakeNotion = useFakeNotion();
/** A token that must never be printed: any output containing it fails the test. */
const SECRET = "ntn_s3cr3t_TOKEN_never_printed_42";

/** The environment the CLI reads in each test. */
let env: Env = {};
beforeEach(() => {
  env = { NOTION_TOKEN: SECRET };
});

async function tend(...args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const stderr = process.stderr.write;
  // Progress lines go to stderr: collect them too, the token must not be there either.
  process.stderr.write = ((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await main(args, (text) => lines.push(text), env);
    const output = lines.join("\n");
    expect(output).not.toContain(SECRET);
    return { code, output };
  } finally {
    process.stderr.write = stderr;
  }
}

async function sampleDatabase() {
  const fake = await fakeNotion({ tokens: [SECRET] });
  env.NOTION_BASE_URL = `${fake.baseUrl}/`;
  const sample = await sampleTable();
  // A few contacts: the CLI paces itself at Notion's 3 requests a second.
  const table = { ...sample, rows: sample.rows.slice(0, 6) };
  const seeded = seedNotion(fake, table);
  const settings = join(await tempDir(), "settings.csv");
  await writeFile(
    settings,
    ["Setting,Value", ...table.settings.map((row) => `${row.setting},"${row.value}"`)].join("\n"),
  );
  return { fake, ...seeded, settings };
}

describe("tend on a Notion database", () => {
  it("runs from a database URL with a settings file, and prints the summary", async () => {
    const { fake, databaseId, dataSourceId, settings } = await sampleDatabase();
    const url = `https://www.notion.so/acme/Contacts-${databaseId.replaceAll("-", "")}?v=0123456789abcdef0123456789abcdef`;
    const { code, output } = await tend(
      "run",
      "--source",
      `notion:${url}`,
      "--settings",
      settings,
      "--today",
      "2026-11-25",
      "--json",
    );
    expect(code).toBe(0);
    const summary = JSON.parse(output.slice(output.indexOf("{"))) as RunSummary;
    expect(summary).toMatchObject({ source: 'Notion database "Contacts"', contactsRead: 6, rowsChanged: 6 });
    // Progress goes to stderr (not a terminal here: plain lines), never into the JSON on stdout.
    expect(output).toMatch(/Writing suggestions: 6 of 6 contacts/);
    expect(
      fake.pages(dataSourceId).every((page) => typeof page.values["Suggested action"] === "string"),
    ).toBe(true);

    const again = await tend(
      "run",
      "--source",
      `notion:${databaseId}`,
      "--settings",
      settings,
      "--today",
      "2026-11-25",
    );
    expect(again.code).toBe(0);
    expect(again.output).toContain('Notion database "Contacts"');
    expect(fake.calls["pages.update"]).toBe(6);
  });

  it("sets up the database with init, prints the views to add, and changes nothing the second time", async () => {
    const fake = await fakeNotion({ tokens: [SECRET] });
    env.NOTION_BASE_URL = fake.baseUrl;
    const { databaseId } = fake.createDatabase({ title: "Contacts", properties: { Name: "title" } });
    const first = await tend("init", "--source", `notion:${databaseId}`);
    expect(first.code).toBe(0);
    expect(first.output).toContain(
      'Set up the Notion database "Contacts": added the properties Suggested action, Why',
    );
    expect(first.output).toContain("Group by: Suggested action");
    expect(first.output).toContain("Filter: Due is on or before Today");
    expect(first.output).toContain("Show calendar by: Due");
    const second = await tend("init", "--source", `notion:${databaseId}`);
    expect(second.output).toContain("already has everything Tend writes: nothing was changed");
    expect(fake.calls["dataSources.update"]).toBe(1);
  });

  it.each<[string, { token?: string; id?: string; base?: string }, string]>([
    [
      "a token Notion refuses",
      { token: "ntn_wrong_token" },
      "Notion refused the token in NOTION_TOKEN (unauthorized)",
    ],
    ["no token", { token: "" }, "NOTION_TOKEN is not set: create an internal integration"],
    [
      "a database that is not shared",
      { id: "0123456789abcdef0123456789abcdef" },
      "Notion found no database with the id 01234567-89ab-cdef-0123-456789abcdef, or it is not shared with your integration",
    ],
    ["no database id", { id: "Contacts" }, "does not name a Notion database: use notion:<database id>"],
    ["a malformed NOTION_BASE_URL", { base: "not a url" }, 'NOTION_BASE_URL "not a url" is not a URL'],
  ])("exits 1 with one clear sentence, never the token, for %s", async (_, setup, message) => {
    const { databaseId } = await sampleDatabase();
    if (setup.token !== undefined) env.NOTION_TOKEN = setup.token;
    if (setup.base !== undefined) env.NOTION_BASE_URL = setup.base;
    for (const command of ["run", "init"]) {
      const { code, output } = await tend(command, "--source", `notion:${setup.id ?? databaseId}`);
      expect(code).toBe(1);
      expect(output).toContain(message);
      expect(output.split("\n")).toHaveLength(1);
    }
  });

  it("says it cannot reach Notion when nothing listens at NOTION_BASE_URL, without the token", async () => {
    const port = await freePort();
    env.NOTION_BASE_URL = `http://127.0.0.1:${port}`;
    const { code, output } = await tend("init", "--source", "notion:0123456789abcdef0123456789abcdef");
    expect(code).toBe(1);
    expect(output).toBe(
      "Tend could not reach Notion while opening the database (ECONNREFUSED): check the network connection, or NOTION_BASE_URL if you set it",
    );
  });
});

describe(notionDatabaseId, () => {
  it.each([
    ["notion:0123456789abcdef0123456789abcdef", "01234567-89ab-cdef-0123-456789abcdef"],
    ["notion:01234567-89ab-cdef-0123-456789abcdef", "01234567-89ab-cdef-0123-456789abcdef"],
    [
      "notion:https://www.notion.so/acme/Contacts-0123456789abcdef0123456789abcdef?v=fedcba9876543210fedcba9876543210",
      "01234567-89ab-cdef-0123-456789abcdef",
    ],
    ["NOTION:https://www.notion.so/0123456789abcdef0123456789abcdef", "01234567-89ab-cdef-0123-456789abcdef"],
  ])("reads %s", (source, id) => {
    expect(notionDatabaseId(source)).toBe(id);
  });
});

describe(notionConnection, () => {
  it("drops a trailing slash from NOTION_BASE_URL (the client appends /v1 itself)", () => {
    expect(notionConnection({ token: " t ", baseUrl: "http://127.0.0.1:9/" })).toEqual({
      token: "t",
      baseUrl: "http://127.0.0.1:9",
    });
    expect(notionConnection({ token: "t" }).baseUrl).toBeUndefined();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
