import { describe, expect, it } from "vitest";
import type { FakeNotion, PropertyInput } from "../../fakes/notion/index.js";
import { type MonthStore, monthOfMornings, timeline } from "../../support/month-of-mornings.js";
import { type Cell, CONTACTS, DATE_HEADERS, expectedTimeline, HEADER } from "../../support/month-table.js";
import { storeFor, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();

const STATUSES = ["Not connected", "Following", "Request sent", "Incoming request", "Connected", "Withdrawn"];

/** The property types a person would pick; Milestone on, Recent post on and Connected on are missing. */
function schema(): Record<string, PropertyInput> {
  const properties: Record<string, PropertyInput> = { Done: "checkbox" };
  for (const name of HEADER) {
    if (name === "Name") properties[name] = "title";
    else if (name === "LinkedIn URL") properties[name] = "url";
    else if (name === "Status")
      properties[name] = { status: { options: STATUSES.map((option) => ({ name: option })) } };
    else if (name === "Relationship" || name === "Aligned") properties[name] = "select";
    else properties[name] = DATE_HEADERS.has(name) ? "date" : "rich_text";
  }
  return properties;
}

/** A property's value as the fake holds it: a date by its start day, a checkbox as a boolean. */
function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object" && "start" in value) return String(value.start);
  return JSON.stringify(value);
}

function notionMonth(fake: FakeNotion): { dataSourceId: string; month: MonthStore } {
  const { databaseId, dataSourceId } = fake.createDatabase({ title: "Contacts", properties: schema() });
  const pageIds = fake.addPages(
    dataSourceId,
    CONTACTS.map((contact) =>
      Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== "")),
    ),
  );
  const read = async () => {
    const header = Object.keys(fake.dataSource(dataSourceId).properties as Record<string, unknown>);
    const rows = fake
      .pages(dataSourceId)
      .map((page) => Object.fromEntries(header.map((name) => [name, cellOf(page.values[name])])));
    return { header, rows };
  };
  const mark = async (name: string) => {
    const at = CONTACTS.findIndex((contact) => contact.Name === name);
    // Done is a checkbox: whatever the user meant, the box is ticked.
    fake.editPage(pageIds[at] as string, { Done: true });
  };
  return {
    dataSourceId,
    month: { checkboxes: "property", open: () => storeFor(fake, databaseId), read, mark },
  };
}

type Body = { properties?: Record<string, unknown> };

describe("a month of mornings on a Notion database", () => {
  it("records every Done, fills dates once, keeps each Due and rewrites only rows whose decision changed", async () => {
    const fake = await fakeNotion();
    const { dataSourceId, month } = notionMonth(fake);
    const mornings = await monthOfMornings(month);
    // A checkbox holds no date: Bo's follow-up is recorded the morning the tick is read.
    expect(timeline(mornings)).toEqual(expectedTimeline("2026-11-12"));

    const properties = fake.dataSource(dataSourceId).properties as Record<string, { type: string }>;
    const types = (names: string[]) => names.map((name) => properties[name]?.type);
    expect(types(["Milestone on", "Recent post on", "Connected on", "Due", "Done"])).toEqual([
      "date",
      "date",
      "date",
      "date",
      "checkbox",
    ]);
    // Each input cell went as its property's own type: Done a checkbox, days as dates, Status a status.
    const inputs = fake.requests
      .filter((request) => request.endpoint === "pages.update")
      .map((request) => (request.body as Body).properties ?? {})
      .filter((written) => "Done" in written || "Milestone on" in written || "Recent post on" in written);
    expect(inputs).toHaveLength(6);
    for (const written of inputs) {
      if ("Done" in written) expect(written.Done).toEqual({ checkbox: false });
      for (const name of DATE_HEADERS)
        if (name in written)
          expect(written[name]).toEqual({ date: { start: expect.stringMatching(/^2026-11-\d\d$/) } });
    }
    expect(inputs.map((written) => written.Status).filter(Boolean)).toEqual([
      { status: { name: "Request sent" } },
      { status: { name: "Connected" } },
    ]);
  });
});
