import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../functions/cli/main.js";
import { storesFor } from "../../functions/open-store.js";
import { parseSourceRef } from "../../functions/parse-source.js";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { linkedInKey } from "../../shared/contacts/linkedin-url.js";
import { cellText } from "../../shared/contacts/parse-row.js";
import { importLinkedInExport } from "../../shared/import/import-job.js";
import { runDaily } from "../../shared/run/daily-run.js";
import type { ContactStore } from "../../shared/run/ports.js";
import type { ProgressEvent } from "../../shared/run/progress.js";
import { CsvStore } from "../../shared/stores/local/csv-store.js";
import type { NotionStoreOptions } from "../../shared/stores/notion/notion-store.js";
import type { FakeNotion, PropertyInput } from "../fakes/notion/index.js";
import { writeGeneratedExport } from "../linkedin/generate-export.js";
import { LEASE_CALLS, schemaUpdates, storeFor, useFakeNotion } from "../stores/notion/notion-harness.js";
import { useTempDir } from "../support/temp-dir.js";

const fakeNotion = useFakeNotion();
const tempDir = useTempDir();
const TODAY = dayFromIso("2026-11-25") as Day;
const FULL_EXPORT = join(import.meta.dirname, "../fixtures/linkedin-export/synthetic-full-export");
const CURRENT_EXPORT = join(import.meta.dirname, "../fixtures/linkedin-export/current-2025");

/** `tend import` into a Notion database on the fake, unpaced (a dry run takes no lease, as in the CLI). */
function importInto(
  fake: FakeNotion,
  databaseId: string,
  path: string,
  options: { dryRun?: boolean; store?: Partial<NotionStoreOptions> } = {},
) {
  return importLinkedInExport({
    paths: [path],
    source: parseSourceRef(`notion:${databaseId}`),
    today: TODAY,
    dryRun: options.dryRun === true,
    stores: {
      ...storesFor(),
      open: async (_source, opened) =>
        storeFor(fake, databaseId, { ...(opened?.readOnly ? { lease: false } : {}), ...options.store }),
    },
  });
}

/** A new database as Notion makes it: only its title property, Name. */
function emptyDatabase(fake: FakeNotion, properties: Record<string, PropertyInput> = {}) {
  return fake.createDatabase({ title: "Contacts", properties: { Name: "title", ...properties } });
}

/** Every contact's non-blank input cells as text, by LinkedIn URL (or name for companies). */
async function contentsOf(store: ContactStore): Promise<Map<string, Record<string, string>>> {
  try {
    const { rows } = await store.load();
    return new Map(
      rows.map((row) => {
        const cells = Object.entries(row.raw.cells)
          .map(([column, value]) => [column, cellText(value)] as const)
          .filter(([, text]) => text !== "");
        const url = cellText(row.raw.cells.linkedinUrl);
        return [linkedInKey(url) ?? cellText(row.raw.cells.name), Object.fromEntries(cells)];
      }),
    );
  } finally {
    await store.close();
  }
}

const writeCalls = (fake: FakeNotion) =>
  fake.calls["pages.update"] + fake.calls["pages.create"] + fake.calls["dataSources.update"];

describe("tend import on a Notion database", () => {
  it("imports the full export into an empty database as into a CSV file, and nothing the second time", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = emptyDatabase(fake);
    const csvPath = join(await tempDir(), "contacts.csv");
    const csv = await importLinkedInExport({
      paths: [FULL_EXPORT],
      source: parseSourceRef(csvPath),
      stores: storesFor(),
      today: TODAY,
    });
    const notion = await importInto(fake, databaseId, FULL_EXPORT);

    expect(notion.report).toEqual(csv.report);
    expect(notion.report.added).toEqual({
      total: 2031,
      connections: 2000,
      requestsSent: 4,
      incomingRequests: 2,
      companies: 25,
    });
    expect(notion.addedColumns).toEqual(csv.addedColumns.filter((header) => header !== "Name"));
    expect(notion.firstNewRow).toBe(1);
    expect(notion.notWritten).toEqual([]);
    expect(fake.pages(dataSourceId)).toHaveLength(2031);
    expect(fake.calls["pages.create"]).toBe(2031);
    expect(schemaUpdates(fake)).toBe(1);

    // The missing properties got the types a person would pick.
    const types = Object.fromEntries(
      Object.values(
        fake.dataSource(dataSourceId).properties as Record<string, { name: string; type: string }>,
      ).map((property) => [property.name, property.type]),
    );
    expect(types).toMatchObject({
      Name: "title",
      "LinkedIn URL": "url",
      Type: "select",
      Company: "rich_text",
      Title: "rich_text",
      Status: "select",
      "Requested on": "date",
      "Followed on": "date",
      "Connected on": "date",
    });

    // The same contacts, cell for cell, read back from both.
    const fromCsv = await contentsOf(new CsvStore(csvPath));
    const fromNotion = await contentsOf(storeFor(fake, databaseId, { lease: false }));
    expect(fromNotion.size).toBe(2031);
    expect(fromNotion).toEqual(fromCsv);

    fake.resetCalls();
    const again = await importInto(fake, databaseId, FULL_EXPORT);
    expect([again.report.added.total, again.report.updated.rows, again.report.unchanged]).toEqual([
      0, 0, 2031,
    ]);
    expect(writeCalls(fake)).toBe(0);

    const store = storeFor(fake, databaseId);
    try {
      const run = await runDaily({ store, today: TODAY });
      expect(run.contactsRead).toBe(2031);
      expect(run.problems).toEqual([]);
    } finally {
      await store.close();
    }
  }, 60_000);

  it("moves Status and dates forward and sets Milestone on a job change, leaving what the user typed", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = emptyDatabase(fake, {
      "LinkedIn URL": "url",
      Status: {
        status: { options: ["Not connected", "Request sent", "Connected"].map((name) => ({ name })) },
      },
      Company: "rich_text",
      Title: "rich_text",
      Relationship: "select",
      Aligned: "checkbox",
      Notes: "rich_text",
      "Requested on": "date",
      "Connected on": "date",
    });
    const [ana, bo] = fake.addPages(dataSourceId, [
      {
        Name: "Ana Silva",
        "LinkedIn URL": "linkedin.com/in/ana",
        Status: "Connected",
        Company: "Contoso",
        Title: "Engineer",
        Relationship: "Worked together",
        Aligned: true,
        Notes: "met at PyCon",
        "Connected on": "2024-02-05",
      },
      {
        Name: "Bo Chen",
        "LinkedIn URL": "https://www.linkedin.com/in/bo/",
        Status: "Request sent",
        Relationship: "Met in person",
        Notes: "chase after the conference",
        "Requested on": "2026-10-01",
      },
    ]) as [string, string];
    const path = await smallExport();

    const summary = await importInto(fake, databaseId, path);
    expect(summary.report.updated.byKind).toMatchObject({ jobChange: 1, statusForward: 1 });
    expect(summary.report.added).toMatchObject({ total: 2, connections: 1, requestsSent: 1 });
    expect(summary.addedColumns).toEqual(["Milestone", "Milestone on"]);
    expect(summary.firstNewRow).toBe(3);

    expect(fake.page(ana).values).toEqual({
      Name: "Ana Silva",
      "LinkedIn URL": "linkedin.com/in/ana",
      Status: "Connected",
      Company: "Globex",
      Title: "CTO",
      Relationship: "Worked together",
      Aligned: true,
      Notes: "met at PyCon",
      "Requested on": null,
      "Connected on": "2024-02-05",
      Milestone: "New role: CTO at Globex",
      "Milestone on": "2026-11-01",
    });
    expect(fake.page(bo).values).toMatchObject({
      Status: "Connected",
      "Connected on": "2024-02-06",
      "Requested on": "2026-10-01",
      Company: "Initech",
      Title: "Designer",
      Relationship: "Met in person",
      Aligned: false,
      Notes: "chase after the conference",
      Milestone: "",
    });
    const added = fake.pages(dataSourceId).slice(2);
    expect(added.map((page) => page.values)).toEqual([
      expect.objectContaining({ Name: "Cy Diaz", Status: "Connected", "Connected on": "2024-02-07" }),
      expect.objectContaining({ Name: "Dee Park", Status: "Request sent", "Requested on": "2026-10-20" }),
    ]);

    fake.resetCalls();
    const again = await importInto(fake, databaseId, path);
    expect([again.report.added.total, again.report.updated.rows]).toEqual([0, 0]);
    expect(writeCalls(fake)).toBe(0);

    // The run reads the imported Milestone back and congratulates Ana.
    const store = storeFor(fake, databaseId);
    try {
      await runDaily({ store, today: TODAY });
    } finally {
      await store.close();
    }
    expect(fake.page(ana).values["Suggested action"]).toBe("Congratulate");
  });

  it("writes nothing when a property cannot take what the import brings, and says which", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = emptyDatabase(fake, {
      "LinkedIn URL": "url",
      Status: { status: { options: [{ name: "Connected" }] } },
      Company: "select",
    });
    fake.addPage(dataSourceId, { Name: "Ana Silva", "LinkedIn URL": "linkedin.com/in/ana" });
    const dir = join(await tempDir(), "export");
    await mkdir(dir);
    await writeFile(
      join(dir, "Connections.csv"),
      [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        'Ana,Silva,https://www.linkedin.com/in/ana,,"Globex, Inc.",CTO,05 Feb 2024',
      ].join("\n"),
    );
    await writeFile(
      join(dir, "Invitations.csv"),
      [
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
        'Ada Quill,Dee Park,"10/20/26, 2:37 PM",,OUTGOING,https://www.linkedin.com/in/ada,https://www.linkedin.com/in/dee',
      ].join("\n"),
    );
    fake.resetCalls();
    await expect(importInto(fake, databaseId, dir)).rejects.toThrow(
      /cannot write into the Notion database "Contacts" as it is, so it wrote nothing: "Company" is a Select property, and Notion's options cannot hold a comma \("Globex, Inc\."\): make it a Text property; the Status property "Status" has no option "Request sent", and Notion's API cannot add Status options/,
    );
    expect(writeCalls(fake)).toBe(0);
    expect(fake.pages(dataSourceId)).toHaveLength(1);
  });

  it("an interrupted import adds only the contacts still missing when run again, none twice", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = emptyDatabase(fake);
    const { path } = await writeGeneratedExport(join(await tempDir(), "export"), {
      connections: 40,
      invitations: 8,
      messages: 100,
    });
    // A 429 is retried (Notion did nothing); the connection dropped after the page was made is not.
    fake.injectFault({ type: "rate_limited", retryAfterSeconds: 0 }, { endpoint: "pages.create", skip: 2 });
    fake.injectFault({ type: "drop", afterProcessing: true }, { endpoint: "pages.create", skip: 12 });
    const error = await importInto(fake, databaseId, path).then(
      () => undefined,
      (failure: unknown) => failure as Error,
    );
    expect(error?.message).toMatch(
      /Tend added \d+ of the \d+ new contacts before it stopped \(Notion may have added ".+" without saying so; the next import sees it if so\); import again and it adds only the contacts still missing/,
    );
    const created = fake.pages(dataSourceId).length;
    expect(created).toBeGreaterThanOrEqual(12);

    const again = await importInto(fake, databaseId, path);
    const urls = fake
      .pages(dataSourceId)
      .map((page) => String(page.values["LinkedIn URL"] ?? page.values.Name));
    expect(new Set(urls).size).toBe(urls.length);
    expect(again.report.unchanged + again.report.added.total).toBe(urls.length);
    expect(again.report.added.total).toBe(urls.length - created);
    expect(again.report.updated.rows).toBe(0);
    expect(again.firstNewRow).toBe(created + 1);
  });

  it("reports progress per page written or added, and a dry run writes nothing and takes no lease", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = emptyDatabase(fake, { "LinkedIn URL": "url", Status: "select" });
    fake.addPage(dataSourceId, {
      Name: "Bo Chen",
      "LinkedIn URL": "linkedin.com/in/bo",
      Status: "Request sent",
    });
    const path = await smallExport();

    const dry = await importInto(fake, databaseId, path, { dryRun: true });
    expect(dry.report.added.total).toBe(3);
    expect(dry.changes).toEqual([expect.objectContaining({ name: "Bo Chen" })]);
    expect(writeCalls(fake)).toBe(0);

    const events: ProgressEvent[] = [];
    fake.resetCalls();
    await importInto(fake, databaseId, path, { store: { onProgress: (event) => events.push(event) } });
    const imports = events.filter((event) => event.phase === "import");
    expect(imports.map((event) => event.done)).toEqual([1, 2, 3, 4]);
    expect(imports.every((event) => event.total === 4)).toBe(true);
    // Under the run lease, as a run's writes are: taken and given back, around one schema update.
    expect(fake.calls["dataSources.update"]).toBe(LEASE_CALLS["dataSources.update"] + 1);
    expect(fake.dataSource(dataSourceId).description).toEqual([]);
  });
});

describe("tend import --source notion:<id> (the command line, paced at 3 requests a second)", () => {
  it("imports, prints the report and exits 0", async () => {
    const fake = await fakeNotion({ tokens: ["ntn_cli_token"] });
    const { databaseId, dataSourceId } = emptyDatabase(fake);
    const lines: string[] = [];
    const stderr = process.stderr.write;
    // Progress goes to stderr: plain lines here, as when output goes to a file.
    process.stderr.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      const code = await main(
        [
          "import",
          join(CURRENT_EXPORT, "Connections.csv"),
          "--source",
          `notion:${databaseId}`,
          "--today",
          "2026-11-25",
        ],
        (text) => lines.push(text),
        { NOTION_TOKEN: "ntn_cli_token", NOTION_BASE_URL: fake.baseUrl },
      );
      expect(code).toBe(0);
    } finally {
      process.stderr.write = stderr;
    }
    const output = lines.join("\n");
    expect(output).toContain('imported into Notion database "Contacts"');
    expect(output).toMatch(/added\s+1 contact/);
    expect(output).toContain("Importing: 1 of 1 contacts");
    expect(output).toContain(
      "Properties added to the database: LinkedIn URL, Company, Title, Status, Connected on.\nNew contacts start at row 1",
    );
    expect(output).not.toContain("ntn_cli_token");
    expect(fake.pages(dataSourceId).map((page) => page.values.Name)).toEqual(["Rojm Rkhyhujt"]);
  }, 30_000);
});

/** Ana Silva changed jobs, Bo Chen accepted, Cy Diaz is new, Dee Park has a pending request. */
async function smallExport(): Promise<string> {
  const dir = join(await tempDir(), "Basic_LinkedInDataExport_11-01-2026");
  await mkdir(dir);
  await writeFile(
    join(dir, "Connections.csv"),
    [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Ana,Silva,https://www.linkedin.com/in/ana,,Globex,CTO,05 Feb 2024",
      "Bo,Chen,https://www.linkedin.com/in/bo,,Initech,Designer,06 Feb 2024",
      "Cy,Diaz,https://www.linkedin.com/in/cy,,Acme,Boss,07 Feb 2024",
    ].join("\n"),
  );
  await writeFile(
    join(dir, "Invitations.csv"),
    [
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
      'Ada Quill,Bo Chen,"10/01/26, 9:00 AM",,OUTGOING,https://www.linkedin.com/in/ada,https://www.linkedin.com/in/bo',
      'Ada Quill,Dee Park,"10/20/26, 2:37 PM",,OUTGOING,https://www.linkedin.com/in/ada,https://www.linkedin.com/in/dee',
    ].join("\n"),
  );
  return dir;
}
