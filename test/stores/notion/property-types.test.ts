import { describe, expect, it } from "vitest";
import { TendError } from "../../../shared/errors/tend-error.js";
import { NotionStore } from "../../../shared/stores/notion/notion-store.js";
import type { PropertyInput } from "../../fakes/notion/index.js";
import { runOn, storeFor, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();

async function load(store: NotionStore) {
  try {
    return await store.load();
  } finally {
    await store.close();
  }
}

async function loadError(store: NotionStore): Promise<Error> {
  const error = await load(store).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error("expected load to fail");
  return error;
}

describe(NotionStore, () => {
  it("reads every property type a person may use for a column, matched by name like headers", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      title: "People",
      properties: {
        "Full Name": "title",
        LinkedIn: "rich_text",
        "Connection Status": {
          status: { options: [{ name: "Connected" }, { name: "Following" }, { name: "Not connected" }] },
        },
        "Aligned?": "checkbox",
        Mutuals: "number",
        Tags: { multi_select: { options: [{ name: "climate tech" }, { name: "developer tools" }] } },
        "Last contact": "date",
        "Following since": "created_time",
        "Keep in touch": { formula: { expression: "30" } },
        Milestone: { formula: { expression: "text" } },
        "Milestone on": { formula: { expression: "date" } },
        Role: "select",
        Company: "url",
        Profile: "rich_text",
        "Met at": "email",
        Notes: "people",
      },
      formulas: {
        "Keep in touch": () => 30,
        Milestone: (values) => (values["Full Name"] === "Ada Lovelace" ? "New role" : null),
        "Milestone on": () => ({ start: "2026-11-03T23:30:00.000+02:00" }),
      },
    });
    fake.addPage(dataSourceId, {
      "Full Name": "Ada Lovelace",
      LinkedIn: "linkedin.com/in/ada",
      "Connection Status": "Connected",
      "Aligned?": true,
      Mutuals: 12,
      Tags: ["climate tech", "developer tools"],
      "Last contact": "2026-10-01",
      Role: "Engineer",
      Company: "https://example.com",
      "Met at": "ada@example.com",
    });
    fake.addPage(dataSourceId, { "Full Name": "Bo Chen", "Connection Status": "Following", Mutuals: 0 });

    const { rows, warnings } = await load(storeFor(fake, databaseId));
    expect(warnings).toEqual([]);
    expect(rows[0]?.raw).toEqual({
      rowNumber: 1,
      cells: {
        name: "Ada Lovelace",
        linkedinUrl: "linkedin.com/in/ada",
        status: "Connected",
        aligned: "Yes",
        mutualConnections: 12,
        interests: "climate tech, developer tools",
        lastInteraction: "2026-10-01",
        followedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        keepInTouchDays: 30,
        milestone: "New role",
        // A date-time keeps the day as written, in its own offset.
        milestoneOn: "2026-11-03",
        title: "Engineer",
        company: "https://example.com",
        profile: "",
        metAt: "ada@example.com",
        notes: "",
      },
    });
    // An unticked checkbox is "not known yet", never "No"; a number 0 is 0.
    expect(rows[1]?.raw.cells).toMatchObject({ aligned: null, mutualConnections: 0, milestone: null });
    expect(rows[1]?.raw.rowNumber).toBe(2);
  });

  it("treats an unticked Aligned box as unknown: a followed person is not unfollowed", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: { Name: "title", Status: "select", Aligned: "checkbox" },
    });
    const [unticked, ticked] = fake.addPages(dataSourceId, [
      { Name: "Ana", Status: "Following", Aligned: false },
      { Name: "Bo", Status: "Following", Aligned: true },
    ]);
    await runOn(storeFor(fake, databaseId));
    expect(fake.page(unticked as string).values["Suggested action"]).toBe("No action");
    expect(fake.page(ticked as string).values["Suggested action"]).not.toBe("Unfollow");
  });

  it("writes nothing on a page that only has computed or unticked properties, and reads a page with other content as a contact", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: {
        Name: "title",
        Created: "created_time",
        Number: "unique_id",
        Stage: { status: {} },
        Done: "checkbox",
        Owner: "people",
      },
    });
    const [empty, owned] = fake.addPages(dataSourceId, [{ Stage: "Not started" }, { Owner: ["u-1"] }]);
    const summary = await runOn(storeFor(fake, databaseId));
    expect(summary.contactsRead).toBe(1);
    expect(fake.page(empty as string).values["Suggested action"]).toBeNull();
    expect(fake.page(owned as string).values["Suggested action"]).toBe("Fix row");
  });

  it("reads Notes of any type, and a person or file in it makes the page a contact", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: { Name: "title", Notes: "people" },
    });
    const [withNote, empty] = fake.addPages(dataSourceId, [{ Notes: ["u-1"] }, {}]);
    await runOn(storeFor(fake, databaseId));
    expect(fake.page(withNote as string).values["Suggested action"]).toBe("Fix row");
    expect(fake.page(empty as string).values["Suggested action"]).toBeNull();
  });

  it.each([
    [
      { Name: "people" as const },
      'property "Name" is a Person property; Tend reads Name from Title, Text, Select, Multi-select, Status, URL, Email, Phone, Formula or Rollup',
    ],
    [
      { Name: "title" as const, Status: "relation" as const },
      'property "Status" is a Relation property; Tend reads Status from Select, Status, Multi-select, Title, Text, Formula or Rollup',
    ],
    [
      { Name: "title" as const, Due: "number" as const },
      'property "Due" is a Number property; Tend writes Due into Date or Text',
    ],
  ])(
    "stops with a setup error naming a property of a type Tend cannot use: %j",
    async (properties, message) => {
      const fake = await fakeNotion();
      const schema: Record<string, PropertyInput> = { ...properties };
      if (!Object.values(schema).includes("title")) schema.Title = "title";
      const { databaseId } = fake.createDatabase({ title: "Contacts", properties: schema });
      const error = await loadError(storeFor(fake, databaseId));
      expect(error).toBeInstanceOf(TendError);
      expect(error).toMatchObject({ kind: "invalid-setup" });
      expect(error.message).toBe(
        `The Notion database "Contacts" cannot be read as it is: ${message}. Change the property's type in Notion, or rename it so Tend leaves it alone`,
      );
      expect(fake.calls["dataSources.query"]).toBe(0);
    },
  );

  it("reads the exactly named property when two match a column, and says so", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: { Name: "title", LinkedIn: "url", "LinkedIn URL": "url" },
    });
    fake.addPage(dataSourceId, {
      Name: "Ana",
      LinkedIn: "linkedin.com/in/old",
      "LinkedIn URL": "linkedin.com/in/ana",
    });
    const { rows, warnings } = await load(storeFor(fake, databaseId));
    expect(rows[0]?.raw.cells.linkedinUrl).toBe("linkedin.com/in/ana");
    expect(warnings).toEqual([
      'Property "LinkedIn" is a second LinkedIn URL property: Tend reads "LinkedIn URL" and leaves this one alone',
    ]);
  });
});
