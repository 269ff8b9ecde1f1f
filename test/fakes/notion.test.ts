import { readFileSync } from "node:fs";
import {
  APIErrorCode,
  APIResponseError,
  Client,
  ClientErrorCode,
  collectAllDataSourceRows,
  collectPaginatedAPI,
  isFullPage,
  iteratePaginatedAPI,
  type PageObjectResponse,
  RequestTimeoutError,
  UnknownHTTPResponseError,
} from "@notionhq/client";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FakeNotion,
  type FakeNotionOptions,
  simplifyProperties,
  startFakeNotion,
} from "./notion/index.js";

// ---------------------------------------------------------------------------------------------
// Recorded real responses (see test/fixtures/notion/README.md for sources and licences).

type Recorded = {
  interactions: Array<{ request: { method: string; uri: string }; response: { body: unknown } }>;
};
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/notion/${name}`, import.meta.url), "utf8"));
function recordedBody(file: string, method: string, uriPart: RegExp): Record<string, unknown> {
  const rec = fixture(`recorded-v2025-09-03/${file}`) as Recorded;
  const hit = rec.interactions.find((i) => i.request.method === method && uriPart.test(i.request.uri));
  if (hit === undefined) throw new Error(`no ${method} ${uriPart} in ${file}`);
  return hit.response.body as Record<string, unknown>;
}
const keysOf = (o: unknown): string[] => Object.keys(o as object).sort();

const recordedDatabase = recordedBody(
  "v2025-09-03__test_databases_retrieve.json",
  "GET",
  /\/v1\/databases\//,
);
const recordedDataSource = recordedBody(
  "v2025-09-03__test_data_sources_retrieve.json",
  "GET",
  /\/v1\/data_sources\//,
);
const recordedQuery = recordedBody("v2025-09-03__test_data_sources_query.json", "POST", /\/query$/);
const recordedPage = recordedBody("v2025-09-03__test_pages_retrieve.json", "GET", /\/v1\/pages\//);
const recordedMe = recordedBody("v2025-09-03__test_users_me.json", "GET", /\/v1\/users\/me$/);
const recorded401 = recordedBody("v2025-09-03__test_api_response_error.json", "GET", /\/v1\/users$/);
const recorded404 = (
  fixture("TiaDevArch_dfw-hotspots__notion_raw_404_error.json") as { body: Record<string, unknown> }
).body;
const ivynyaPage = (
  fixture("ivynya_notion_flatten__query.json") as {
    body: { query: { results: Array<Record<string, unknown>> } };
  }
).body.query.results[0] as { properties: Record<string, Record<string, unknown>> };

// ---------------------------------------------------------------------------------------------

const CONTACTS = {
  Name: "title",
  "LinkedIn URL": "url",
  Company: "rich_text",
  Email: "email",
  Tags: { multi_select: { options: [{ name: "Investor", color: "blue" }, { name: "Friend" }] } },
  Stage: { status: {} },
  "Last contacted": "date",
  Score: { number: { format: "number" } },
  VIP: "checkbox",
  "Suggested action": { select: { options: [{ name: "Connect" }, { name: "Follow up" }] } },
  Why: "rich_text",
  "Days since": { formula: { expression: 'dateBetween(now(), prop("Last contacted"), "days")' } },
} as const;

let fake: FakeNotion | undefined;
afterEach(async () => {
  expect(fake?.internalErrors ?? []).toEqual([]);
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeNotionOptions = {}): Promise<FakeNotion> {
  fake = await startFakeNotion({ rateLimit: false, ...options });
  return fake;
}

const silent = () => {};
function client(f: FakeNotion, extra: Partial<ConstructorParameters<typeof Client>[0]> = {}): Client {
  return new Client({ auth: "secret_test", baseUrl: f.baseUrl, logger: silent, ...extra });
}

function seedContacts(f: FakeNotion, count: number) {
  const { databaseId, dataSourceId } = f.createDatabase({
    title: "Contacts",
    properties: CONTACTS,
    formulas: { "Days since": (v) => (typeof v["Last contacted"] === "string" ? 7 : null) },
  });
  const ids = f.addPages(
    dataSourceId,
    Array.from({ length: count }, (_, i) => ({
      Name: `Person ${i}`,
      "LinkedIn URL": `https://www.linkedin.com/in/person-${i}`,
      Company: i % 2 === 0 ? "Acme" : "Globex",
      Tags: i % 3 === 0 ? ["Investor"] : [],
      Stage: "In progress",
      "Last contacted": i % 5 === 0 ? null : "2024-02-05",
      Score: i,
      VIP: i % 7 === 0,
    })),
  );
  return { databaseId, dataSourceId, ids };
}

/** Runs `fn`, expects it to throw an APIResponseError, returns it. */
async function apiError(fn: () => Promise<unknown>): Promise<APIResponseError> {
  try {
    await fn();
  } catch (e) {
    if (APIResponseError.isAPIResponseError(e)) return e;
    throw e;
  }
  throw new Error("expected an APIResponseError");
}

// ---------------------------------------------------------------------------------------------

describe("fake Notion: shapes match the 2025-09-03 recordings", () => {
  it("databases.retrieve gives the data source id, with the recorded keys", async () => {
    const f = await start();
    const { databaseId, dataSourceId } = seedContacts(f, 1);
    const db = await client(f).databases.retrieve({ database_id: databaseId });
    expect(keysOf(db)).toEqual(keysOf(recordedDatabase));
    expect("data_sources" in db && db.data_sources).toEqual([{ id: dataSourceId, name: "Contacts" }]);
    // ids without dashes are accepted, as by Notion
    const again = await client(f).databases.retrieve({ database_id: databaseId.replaceAll("-", "") });
    expect(again.id).toBe(databaseId);
  });

  it("dataSources.retrieve returns the schema with the recorded keys", async () => {
    const f = await start();
    const { dataSourceId } = seedContacts(f, 0);
    const ds = await client(f).dataSources.retrieve({ data_source_id: dataSourceId });
    expect(keysOf(ds)).toEqual(keysOf(recordedDataSource));
    const props = (ds as { properties: Record<string, Record<string, unknown>> }).properties;
    expect(props.Name).toEqual({ id: "title", name: "Name", description: null, type: "title", title: {} });
    const recordedTitle = (recordedDataSource.properties as Record<string, unknown>).Name;
    expect(keysOf(props.Name)).toEqual(keysOf(recordedTitle));
    expect(props["Suggested action"]?.select).toEqual({
      options: [
        { id: expect.any(String), name: "Connect", color: expect.any(String), description: null },
        { id: expect.any(String), name: "Follow up", color: expect.any(String), description: null },
      ],
    });
    const stage = props.Stage?.status as {
      options: Array<{ name: string }>;
      groups: Array<{ option_ids: string[] }>;
    };
    expect(stage.options.map((o) => o.name)).toEqual(["Not started", "In progress", "Done"]);
    expect(stage.groups.flatMap((g) => g.option_ids)).toHaveLength(3);
    expect(props.Score?.number).toEqual({ format: "number" });
    expect(props["Days since"]?.formula).toEqual({ expression: CONTACTS["Days since"].formula.expression });
  });

  it("pages are full pages with the recorded keys and Notion's property value shapes", async () => {
    const f = await start();
    const { ids } = seedContacts(f, 1);
    const id = ids[0] as string;
    f.editPage(id, {
      Email: "ada@example.com",
      "Suggested action": "Connect",
      Why: "Met at a meetup",
      "Last contacted": "2024-01-01",
    });
    const page = await client(f).pages.retrieve({ page_id: id });
    expect(isFullPage(page)).toBe(true);
    expect(keysOf(page)).toEqual(keysOf(recordedPage));
    const p = page as PageObjectResponse;
    expect(p.parent).toEqual({
      type: "data_source_id",
      data_source_id: expect.any(String),
      database_id: expect.any(String),
    });
    expect(p.url).toBe(`https://app.notion.com/p/Person-0-${id.replaceAll("-", "")}`);
    expect(p.created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);

    // Each value has the keys of the same type in a real query response (ivynya_notion_flatten).
    const real = Object.values(ivynyaPage.properties);
    const byType = (type: string) => real.find((v) => v.type === type);
    for (const value of Object.values(p.properties) as unknown as Array<Record<string, unknown>>) {
      const type = value.type as string;
      const sample = byType(type);
      if (sample === undefined) continue;
      expect(keysOf(value), type).toEqual(keysOf(sample));
      const inner = value[type];
      const realInner = sample[type];
      if (Array.isArray(inner) && Array.isArray(realInner) && inner[0] !== undefined) {
        expect(keysOf(inner[0]), type).toEqual(keysOf(realInner[0]));
      } else if (
        inner !== null &&
        typeof inner === "object" &&
        realInner !== null &&
        typeof realInner === "object"
      ) {
        expect(keysOf(inner), type).toEqual(keysOf(realInner));
      }
    }
    // The title value equals the recorded one, text aside.
    const recordedTitle = structuredClone((recordedPage.properties as Record<string, unknown>).title) as {
      title: Array<{ text: { content: string }; plain_text: string }>;
    };
    for (const item of recordedTitle.title) {
      item.text.content = "Person 0";
      item.plain_text = "Person 0";
    }
    expect(p.properties.Name).toEqual(recordedTitle);
    expect(simplifyProperties(p.properties)).toMatchObject({
      Name: "Person 0",
      Tags: ["Investor"],
      Stage: "In progress",
      "Last contacted": "2024-01-01",
      "Days since": 7,
      "Suggested action": "Connect",
      Why: "Met at a meetup",
      VIP: true,
    });
  });

  it("users.me and the error bodies look like the recorded ones", async () => {
    const f = await start();
    const me = await client(f).users.me({});
    expect(keysOf(me)).toEqual(keysOf(recordedMe));

    const bad = await apiError(() =>
      new Client({ auth: "nope", baseUrl: f.baseUrl, logger: silent }).users.me({}),
    );
    expect(bad.status).toBe(401);
    expect(bad.code).toBe(APIErrorCode.Unauthorized);
    expect(keysOf(JSON.parse(bad.body))).toEqual(keysOf(recorded401));
    expect(bad.message).toBe(recorded401.message);

    const missing = "20730f74-873f-80d9-91e6-fafc7d14d420";
    const notFound = await apiError(() => client(f).databases.retrieve({ database_id: missing }));
    expect(notFound.status).toBe(404);
    expect(notFound.code).toBe(APIErrorCode.ObjectNotFound);
    expect(notFound.message).toBe(recorded404.message);
    expect(keysOf(JSON.parse(notFound.body))).toEqual(keysOf(recorded404));
  });

  it("answers a missing Notion-Version, an unknown URL and a malformed id like Notion", async () => {
    const f = await start();
    const noVersion = await fetch(`${f.baseUrl}/v1/users/me`, {
      headers: { authorization: "Bearer secret_test" },
    });
    expect(noVersion.status).toBe(400);
    expect(((await noVersion.json()) as { code: string }).code).toBe("missing_version");

    const headers = { authorization: "Bearer secret_test", "notion-version": "2025-09-03" };
    const invalid = await fetch(`${f.baseUrl}/v1/invalid`, { headers });
    expect(await invalid.json()).toMatchObject({
      status: 400,
      code: "invalid_request_url",
      message: "Invalid request URL.",
    });

    const e = await apiError(() => client(f).pages.retrieve({ page_id: "not-an-id" }));
    expect(e.code).toBe(APIErrorCode.ValidationError);
    expect(e.message).toBe(
      'path failed validation: path.page_id should be a valid uuid, instead was `"not-an-id"`.',
    );
  });
});

describe("fake Notion: querying a data source", () => {
  it("paginates 250 pages in 3 calls with the recorded list shape", async () => {
    const f = await start();
    const { dataSourceId, ids } = seedContacts(f, 250);
    const notion = client(f);
    const first = await notion.dataSources.query({ data_source_id: dataSourceId });
    expect(keysOf(first)).toEqual(keysOf(recordedQuery));
    expect(first).toMatchObject({
      object: "list",
      has_more: true,
      type: "page_or_data_source",
      page_or_data_source: {},
    });
    expect(first.results).toHaveLength(100);
    expect(typeof first.next_cursor).toBe("string");

    const all = await collectPaginatedAPI(notion.dataSources.query, { data_source_id: dataSourceId });
    expect(all.map((p) => p.id)).toEqual(ids);
    expect(all.every((p) => isFullPage(p as PageObjectResponse))).toBe(true);
    expect(f.calls["dataSources.query"]).toBe(4);

    const seen: string[] = [];
    for await (const page of iteratePaginatedAPI(notion.dataSources.query, {
      data_source_id: dataSourceId,
      page_size: 50,
    })) {
      seen.push(page.id);
    }
    expect(seen).toEqual(ids);
    expect(f.calls["dataSources.query"]).toBe(4 + 5);
  });

  it("cursors are opaque, stable and tied to their query", async () => {
    const f = await start();
    const { dataSourceId, ids } = seedContacts(f, 30);
    const notion = client(f);
    const a = await notion.dataSources.query({ data_source_id: dataSourceId, page_size: 10 });
    const b = await notion.dataSources.query({ data_source_id: dataSourceId, page_size: 10 });
    expect(a.next_cursor).toBe(b.next_cursor);
    const cursor = a.next_cursor as string;
    // a page added before the cursor's position does not shift the next page
    f.addPage(dataSourceId, { Name: "Newcomer" });
    const next = await notion.dataSources.query({
      data_source_id: dataSourceId,
      page_size: 10,
      start_cursor: cursor,
    });
    expect(next.results.map((p) => p.id)).toEqual(ids.slice(10, 20));

    const sorted = await apiError(() =>
      notion.dataSources.query({
        data_source_id: dataSourceId,
        start_cursor: cursor,
        sorts: [{ property: "Score", direction: "descending" }],
      }),
    );
    expect(sorted.code).toBe(APIErrorCode.ValidationError);
  });

  it("leaves trashed pages out and honours filter_properties", async () => {
    const f = await start();
    const { dataSourceId, ids } = seedContacts(f, 3);
    f.trashPage(ids[1] as string);
    const notion = client(f);
    const r = await notion.dataSources.query({ data_source_id: dataSourceId });
    expect(r.results.map((p) => p.id)).toEqual([ids[0], ids[2]]);
    const slim = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter_properties: ["title"],
    });
    expect(Object.keys((slim.results[0] as PageObjectResponse).properties)).toEqual(["Name"]);
  });

  it("rejects page_size over 100 with a validation_error", async () => {
    const f = await start();
    const { dataSourceId } = seedContacts(f, 1);
    const e = await apiError(() =>
      client(f).dataSources.query({ data_source_id: dataSourceId, page_size: 101 }),
    );
    expect(e.status).toBe(400);
    expect(e.code).toBe(APIErrorCode.ValidationError);
    expect(e.message).toBe("body failed validation: body.page_size should be ≤ `100`, instead was `101`.");
  });

  it("filters and sorts", async () => {
    const f = await start();
    const { dataSourceId } = seedContacts(f, 20);
    const notion = client(f);
    const names = (r: { results: unknown[] }) =>
      r.results.map((p) => simplifyProperties((p as PageObjectResponse).properties).Name);

    const acme = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: { property: "Company", rich_text: { equals: "Acme" } },
    });
    expect(acme.results).toHaveLength(10);

    const vipInvestors = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: {
        and: [
          { property: "VIP", checkbox: { equals: true } },
          { property: "Tags", multi_select: { contains: "Investor" } },
        ],
      },
      sorts: [{ property: "Score", direction: "descending" }],
    });
    expect(names(vipInvestors)).toEqual(["Person 0"]);

    const top = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: { property: "Score", number: { greater_than_or_equal_to: 17 } },
      sorts: [{ property: "Score", direction: "descending" }],
    });
    expect(names(top)).toEqual(["Person 19", "Person 18", "Person 17"]);

    const noDate = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: { property: "Last contacted", date: { is_empty: true } },
    });
    expect(noDate.results).toHaveLength(4);

    const wrong = await apiError(() =>
      notion.dataSources.query({
        data_source_id: dataSourceId,
        filter: { property: "Nope", select: { equals: "x" } },
      }),
    );
    expect(wrong.message).toBe("Could not find property with name or id: Nope");
  });

  it("caps one query at 10,000 rows like Notion; collectAllDataSourceRows reads past the cap", async () => {
    const f = await start({ queryResultLimit: 10_000 });
    const { dataSourceId } = f.createDatabase({ title: "Big", properties: { Name: "title" } });
    const base = Date.parse("2025-01-01T00:00:00.000Z");
    const ids = f.addPages(
      dataSourceId,
      Array.from({ length: 10_250 }, (_, i) => ({ Name: `Row ${i}` })),
      (i) => ({ createdTime: new Date(base + i * 20_000) }),
    );
    const notion = client(f);

    const responses: Array<{ request_status?: { type: string } }> = [];
    let cursor: string | undefined;
    let count = 0;
    do {
      const r = await notion.dataSources.query({
        data_source_id: dataSourceId,
        ...(cursor ? { start_cursor: cursor } : {}),
      });
      responses.push(r);
      count += r.results.length;
      cursor = r.next_cursor ?? undefined;
    } while (cursor !== undefined);
    expect(count).toBe(10_000);
    expect(responses.every((r) => r.request_status?.type === "incomplete")).toBe(true);

    const rows = await collectAllDataSourceRows(notion, { data_source_id: dataSourceId });
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(ids));
  });

  it("has no cap with queryResultLimit: null", async () => {
    const f = await start({ queryResultLimit: null });
    const { dataSourceId } = f.createDatabase({ title: "Big", properties: { Name: "title" } });
    f.addPages(
      dataSourceId,
      Array.from({ length: 10_050 }, (_, i) => ({ Name: `Row ${i}` })),
    );
    const all = await collectPaginatedAPI(client(f).dataSources.query, { data_source_id: dataSourceId });
    expect(all).toHaveLength(10_050);
  });
});

describe("fake Notion: updating pages", () => {
  it("updates properties, adds new select options and bumps last_edited_time", async () => {
    let now = new Date("2025-03-01T10:00:00.000Z");
    const f = await start({ now: () => now });
    const { dataSourceId, ids } = seedContacts(f, 1);
    const id = ids[0] as string;
    now = new Date("2025-03-02T08:30:15.000Z");
    const page = await client(f).pages.update({
      page_id: id,
      properties: {
        "Suggested action": { select: { name: "Check in" } },
        Why: { rich_text: [{ text: { content: "No contact for 90 days" } }] },
        "Last contacted": { date: { start: "2025-03-02" } },
      },
    });
    expect(isFullPage(page)).toBe(true);
    const p = page as PageObjectResponse;
    expect(p.last_edited_time).toBe("2025-03-02T08:30:00.000Z");
    expect(p.created_time).toBe("2025-03-01T10:00:00.000Z");
    expect(p.properties["Suggested action"]).toEqual({
      id: expect.any(String),
      type: "select",
      select: { id: expect.any(String), name: "Check in", color: expect.any(String) },
    });
    expect(f.page(id).values).toMatchObject({
      Why: "No contact for 90 days",
      "Last contacted": "2025-03-02",
      "Days since": 7,
    });
    const schema = f.dataSource(dataSourceId).properties as Record<
      string,
      { select?: { options: Array<{ name: string }> } }
    >;
    expect(schema["Suggested action"]?.select?.options.map((o) => o.name)).toEqual([
      "Connect",
      "Follow up",
      "Check in",
    ]);
    expect(f.calls["pages.update"]).toBe(1);
  });

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    ["unknown property", { Mood: { select: { name: "x" } } }, "Mood is not a property that exists."],
    [
      "wrong type",
      { "Suggested action": { rich_text: [{ text: { content: "x" } }] } },
      "Suggested action is expected to be select.",
    ],
    [
      "two wrong types",
      { Why: { select: { name: "x" } }, VIP: { rich_text: [] } },
      "Why is expected to be rich_text. VIP is expected to be checkbox.",
    ],
    [
      "a comma in a select option",
      { "Suggested action": { select: { name: "Call, then write" } } },
      "Invalid select option, commas not allowed: Call, then write",
    ],
    [
      "text over 2,000 characters",
      { Why: { rich_text: [{ text: { content: "x".repeat(2001) } }] } },
      "body failed validation: body.properties.Why.rich_text[0].text.content.length should be ≤ `2000`, instead was `2001`.",
    ],
    [
      "more than 100 rich text objects",
      { Why: { rich_text: Array.from({ length: 101 }, () => ({ text: { content: "x" } })) } },
      "body failed validation: body.properties.Why.rich_text.length should be ≤ `100`, instead was `101`.",
    ],
  ];
  for (const [what, properties, message] of invalid) {
    it(`rejects ${what} with validation_error and changes nothing`, async () => {
      const f = await start();
      const { ids } = seedContacts(f, 1);
      const id = ids[0] as string;
      const before = f.page(id).raw;
      const e = await apiError(() =>
        client(f).pages.update({ page_id: id, properties: properties as never }),
      );
      expect(e.status).toBe(400);
      expect(e.code).toBe(APIErrorCode.ValidationError);
      expect(e.message).toBe(message);
      expect(f.page(id).raw).toEqual(before);
    });
  }

  it("refuses to edit a page in the trash until it is restored", async () => {
    const f = await start();
    const { ids } = seedContacts(f, 1);
    const id = ids[0] as string;
    f.trashPage(id);
    const notion = client(f);
    const e = await apiError(() =>
      notion.pages.update({ page_id: id, properties: { Why: { rich_text: [] } } }),
    );
    expect(e.code).toBe(APIErrorCode.ValidationError);
    expect(e.message).toBe("Can't edit block that is archived. You must unarchive the block before editing.");
    const restored = await notion.pages.update({ page_id: id, in_trash: false });
    expect((restored as PageObjectResponse).in_trash).toBe(false);
  });

  it("creates pages in a data source (pages.create)", async () => {
    const f = await start();
    const { dataSourceId } = seedContacts(f, 0);
    const page = await client(f).pages.create({
      parent: { data_source_id: dataSourceId },
      properties: {
        Name: { title: [{ text: { content: "Grace Hopper" } }] },
        Tags: { multi_select: [{ name: "Navy" }] },
      },
    });
    expect(isFullPage(page)).toBe(true);
    expect(f.pages(dataSourceId).map((p) => p.values.Name)).toEqual(["Grace Hopper"]);
    expect(f.pages(dataSourceId)[0]?.values.Tags).toEqual(["Navy"]);
  });
});

describe("fake Notion: changing the schema (dataSources.update)", () => {
  it("adds properties, replaces select options like Notion, refuses to retype the title", async () => {
    const f = await start();
    const { dataSourceId } = f.createDatabase({ title: "Mine", properties: { Name: "title" } });
    const notion = client(f);
    await notion.dataSources.update({
      data_source_id: dataSourceId,
      properties: {
        "Suggested action": { select: { options: [{ name: "Connect" }, { name: "Drop" }] } },
        Why: { rich_text: {} },
        "Next step": { date: {} },
      },
    });
    const ds = (await notion.dataSources.retrieve({ data_source_id: dataSourceId })) as {
      properties: Record<string, { type: string; select?: { options: Array<{ id: string; name: string }> } }>;
    };
    expect(Object.keys(ds.properties)).toEqual(["Name", "Suggested action", "Why", "Next step"]);
    const connectId = ds.properties["Suggested action"]?.select?.options[0]?.id;

    // Notion: "If an existing option is omitted, it will be removed"; existing ones keep their id.
    await notion.dataSources.update({
      data_source_id: dataSourceId,
      properties: { "Suggested action": { select: { options: [{ name: "Connect" }, { name: "Chase" }] } } },
    });
    const after = f.dataSource(dataSourceId).properties as typeof ds.properties;
    expect(after["Suggested action"]?.select?.options.map((o) => o.name)).toEqual(["Connect", "Chase"]);
    expect(after["Suggested action"]?.select?.options[0]?.id).toBe(connectId);

    const e = await apiError(() =>
      notion.dataSources.update({ data_source_id: dataSourceId, properties: { Name: { rich_text: {} } } }),
    );
    expect(e.code).toBe(APIErrorCode.ValidationError);
  });

  it("merges options instead with selectOptionUpdate: merge", async () => {
    const f = await start({ selectOptionUpdate: "merge" });
    const { dataSourceId } = f.createDatabase({
      properties: { S: { select: { options: [{ name: "A" }] } } },
    });
    await client(f).dataSources.update({
      data_source_id: dataSourceId,
      properties: { S: { select: { options: [{ name: "B" }] } } },
    });
    const props = f.dataSource(dataSourceId).properties as Record<
      string,
      { select: { options: Array<{ name: string }> } }
    >;
    expect(props.S?.select.options.map((o) => o.name)).toEqual(["A", "B"]);
  });
});

describe("fake Notion: rate limits and faults, as @notionhq/client v5 sees them", () => {
  it("answers 429 rate_limited with Retry-After; the client waits and retries by itself", async () => {
    const f = await start({ rateLimit: { requestsPerSecond: 20, burst: 1 } });
    const notion = client(f, { retry: { maxRetries: 2, maxRetryDelayMs: 100 } });
    for (let i = 0; i < 3; i += 1) await notion.users.me({});
    const limited = f.requests.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.every((r) => r.code === "rate_limited")).toBe(true);
    expect(f.requests.filter((r) => r.status === 200)).toHaveLength(3);

    const raw = await fetch(`${f.baseUrl}/v1/users/me`, {
      headers: { authorization: "Bearer secret_test", "notion-version": "2025-09-03" },
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get("retry-after")).toBe("1");
    expect(await raw.json()).toEqual({
      object: "error",
      status: 429,
      code: "rate_limited",
      message: "You have been rate limited. Please try again in a few minutes.",
      request_id: expect.any(String),
    });
  });

  it("honours Retry-After (seconds) when retrying a rate-limited PATCH", async () => {
    const f = await start();
    const { ids } = seedContacts(f, 1);
    f.injectFault({ type: "rate_limited", retryAfterSeconds: 1 }, { endpoint: "pages.update" });
    const t0 = Date.now();
    await client(f).pages.update({ page_id: ids[0] as string, properties: { VIP: { checkbox: true } } });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(f.calls["pages.update"]).toBe(2);
  });

  it("gives up after maxRetries (default 2: three attempts)", async () => {
    const f = await start();
    f.injectFault({ type: "rate_limited", retryAfterSeconds: 0 }, { endpoint: "users.me", times: Infinity });
    const e = await apiError(() => client(f).users.me({}));
    expect(e.code).toBe(APIErrorCode.RateLimited);
    expect(f.calls["users.me"]).toBe(3);
  });

  it("retries 500 and 503 on GET only; POST and PATCH fail at once", async () => {
    const f = await start();
    const { dataSourceId, ids } = seedContacts(f, 1);
    const notion = client(f, { retry: { initialRetryDelayMs: 5 } });
    f.injectFault({ type: "internal_server_error" }, { endpoint: "pages.retrieve" });
    f.injectFault({ type: "service_unavailable" }, { endpoint: "pages.retrieve" });
    await notion.pages.retrieve({ page_id: ids[0] as string });
    expect(f.calls["pages.retrieve"]).toBe(3);

    f.injectFault({ type: "service_unavailable" }, { endpoint: "dataSources.query" });
    const q = await apiError(() => notion.dataSources.query({ data_source_id: dataSourceId }));
    expect(q.code).toBe(APIErrorCode.ServiceUnavailable);
    f.injectFault({ type: "internal_server_error" }, { endpoint: "pages.update" });
    const u = await apiError(() => notion.pages.update({ page_id: ids[0] as string, properties: {} }));
    expect(u.code).toBe(APIErrorCode.InternalServerError);
    expect(f.calls["dataSources.query"]).toBe(1);
    expect(f.calls["pages.update"]).toBe(1);
  });

  it("502 from the edge is an UnknownHTTPResponseError and is not retried", async () => {
    const f = await start();
    f.injectFault({ type: "bad_gateway" }, { endpoint: "users.me" });
    const e = await client(f, { retry: { initialRetryDelayMs: 5 } })
      .users.me({})
      .catch((err: unknown) => err);
    expect(UnknownHTTPResponseError.isUnknownHTTPResponseError(e)).toBe(true);
    expect((e as UnknownHTTPResponseError).code).toBe(ClientErrorCode.ResponseError);
    expect((e as UnknownHTTPResponseError).status).toBe(502);
    expect(f.calls["users.me"]).toBe(1);
  });

  it("a dropped connection surfaces as a fetch TypeError, not retried; afterProcessing still applies the write", async () => {
    const f = await start();
    const { ids } = seedContacts(f, 1);
    const id = ids[0] as string;
    const notion = client(f);
    f.injectFault({ type: "drop" }, { endpoint: "users.me" });
    await expect(notion.users.me({})).rejects.toThrow(TypeError);
    expect(f.calls["users.me"]).toBe(1);

    f.injectFault({ type: "drop", afterProcessing: true }, { endpoint: "pages.update" });
    await expect(
      notion.pages.update({ page_id: id, properties: { VIP: { checkbox: false } } }),
    ).rejects.toThrow(TypeError);
    expect(f.page(id).values.VIP).toBe(false);
  });

  it("a slow answer times out in the client (RequestTimeoutError, not retried)", async () => {
    const f = await start();
    f.injectFault({ type: "delay", delayMs: 300 }, { endpoint: "users.me" });
    const e = await client(f, { timeoutMs: 50 })
      .users.me({})
      .catch((err: unknown) => err);
    expect(RequestTimeoutError.isRequestTimeoutError(e)).toBe(true);
    expect(f.calls["users.me"]).toBe(1);
  });

  it("a fault policy sees every call", async () => {
    const f = await start();
    f.setFaultPolicy((call) =>
      call.endpoint === "users.me" && call.nth === 1 ? { type: "service_overload" } : undefined,
    );
    await client(f, { retry: { initialRetryDelayMs: 5 } }).users.me({});
    expect(f.requests.map((r) => [r.endpoint, r.status])).toEqual([
      ["users.me", 529],
      ["users.me", 200],
    ]);
  });
});
