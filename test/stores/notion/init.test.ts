import { describe, expect, it } from "vitest";
import { TendError } from "../../../shared/errors/tend-error.js";
import { priorityOf } from "../../../shared/rules/priority-of.js";
import { createNotionClient } from "../../../shared/stores/notion/notion-client.js";
import { formatNotionInit, initNotionDatabase } from "../../../shared/stores/notion/notion-init.js";
import { PRIORITY_COLORS } from "../../../shared/stores/notion/output-schema.js";
import { ACTIONS } from "../../../shared/vocabulary/actions.js";
import type { FakeNotion } from "../../fakes/notion/index.js";
import { TOKEN, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();

type Schema = Record<string, { type: string; select?: { options: { name: string; color: string }[] } }>;

function init(fake: FakeNotion, databaseId: string) {
  return initNotionDatabase(createNotionClient({ token: TOKEN, baseUrl: fake.baseUrl }), databaseId);
}

function schemaOf(fake: FakeNotion, dataSourceId: string): Schema {
  return fake.dataSource(dataSourceId).properties as unknown as Schema;
}

const options = (schema: Schema, name: string) =>
  schema[name]?.select?.options.map((option) => [option.name, option.color]);

describe(initNotionDatabase, () => {
  it("adds the output properties with their types, every action coloured by priority, and Priority's options", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      title: "Contacts",
      properties: { Name: "title", Relationship: "select" },
    });
    const report = await init(fake, databaseId);
    expect(formatNotionInit(report)).toBe(
      'Set up the Notion database "Contacts": added the properties Suggested action, Why, Priority, Due, Draft message, Done, Snooze until. Action options are coloured by priority: red High, yellow Medium (Connect too), gray Low.',
    );
    const schema = schemaOf(fake, dataSourceId);
    expect(
      Object.fromEntries(Object.entries(schema).map(([name, property]) => [name, property.type])),
    ).toEqual({
      Name: "title",
      Relationship: "select",
      "Suggested action": "select",
      Why: "rich_text",
      Priority: "select",
      Due: "date",
      "Draft message": "rich_text",
      Done: "checkbox",
      "Snooze until": "date",
    });
    expect(options(schema, "Suggested action")).toEqual(
      ACTIONS.map((action) => [action, PRIORITY_COLORS[priorityOf(action, "")]]),
    );
    expect(options(schema, "Suggested action")).toContainEqual(["Connect", "yellow"]);
    expect(options(schema, "Suggested action")).toContainEqual(["Follow up", "red"]);
    expect(options(schema, "Suggested action")).toContainEqual(["No action", "gray"]);
    expect(options(schema, "Priority")).toEqual([
      ["High", "red"],
      ["Medium", "yellow"],
      ["Low", "gray"],
    ]);
  });

  it("changes nothing the second time", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      title: "Contacts",
      properties: { Name: "title" },
    });
    await init(fake, databaseId);
    const before = fake.dataSource(dataSourceId);
    fake.resetCalls();
    const again = await init(fake, databaseId);
    expect(fake.calls["dataSources.update"]).toBe(0);
    expect(fake.dataSource(dataSourceId)).toEqual(before);
    expect(formatNotionInit(again)).toBe(
      'The Notion database "Contacts" already has everything Tend writes: nothing was changed.',
    );
  });

  it("keeps the user's own options and colours, and adds only the missing ones (Notion replaces a select's options)", async () => {
    const fake = await fakeNotion({ selectOptionUpdate: "replace" });
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: {
        Name: "title",
        Tags: { multi_select: { options: [{ name: "VIP", color: "pink" }] } },
        "Suggested action": {
          select: {
            options: [
              { name: "Connect", color: "blue" },
              { name: "Call mum", color: "green" },
            ],
          },
        },
        Priority: {
          select: { options: [{ name: "High", color: "purple" }, { name: "Medium" }, { name: "Low" }] },
        },
      },
    });
    const before = schemaOf(fake, dataSourceId);
    const report = await init(fake, databaseId);
    expect(report.optionsAdded).toEqual({
      "Suggested action": ACTIONS.filter((action) => action !== "Connect"),
    });
    expect(report.added).toEqual(["Why", "Due", "Draft message", "Done", "Snooze until"]);
    const after = schemaOf(fake, dataSourceId);
    const actionOptions = options(after, "Suggested action") ?? [];
    expect(actionOptions.slice(0, 2)).toEqual([
      ["Connect", "blue"],
      ["Call mum", "green"],
    ]);
    expect(actionOptions).toHaveLength(ACTIONS.length + 1);
    expect(after.Priority).toEqual(before.Priority);
    expect(after.Tags).toEqual(before.Tags);
    expect(after.Name).toEqual(before.Name);
  });

  it("changes nothing and names the property when one of Tend's has a type it cannot write", async () => {
    const fake = await fakeNotion();
    const { databaseId } = fake.createDatabase({
      title: "Contacts",
      properties: { Name: "title", Due: "number" },
    });
    const error = await init(fake, databaseId).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TendError);
    expect(error).toMatchObject({ kind: "invalid-setup" });
    expect((error as Error).message).toBe(
      'Nothing was changed in the Notion database "Contacts": property "Due" is a Number property; Tend writes Due into Date or Text. Change the property\'s type in Notion, or rename it so Tend leaves it alone, then run init again',
    );
    expect(fake.calls["dataSources.update"]).toBe(0);
  });
});
