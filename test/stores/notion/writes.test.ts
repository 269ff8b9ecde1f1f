import { describe, expect, it } from "vitest";
import { MAX_TEXT_OBJECT, textChunks } from "../../../shared/stores/notion/rich-text-chunks.js";
import { runOn, schemaUpdates, storeFor, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();

type Body = { properties?: Record<string, Record<string, unknown>> };

describe(textChunks, () => {
  it("cuts text into pieces of at most 2,000 characters that join back to it", () => {
    const text = `${"a".repeat(1999)}😀${"b".repeat(2500)}`;
    const chunks = textChunks(text);
    expect(chunks.map((chunk) => chunk.length)).toEqual([1999, 2000, 502]);
    expect(chunks.join("")).toBe(text);
    expect(chunks[1]?.startsWith("😀")).toBe(true);
  });

  it("gives no piece for empty text", () => {
    expect(textChunks("")).toEqual([]);
    expect(textChunks("x".repeat(MAX_TEXT_OBJECT))).toHaveLength(1);
  });
});

describe("NotionStore writes", () => {
  it("splits a long Why into 2,000-character text objects, and reads it back whole", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: { Name: "title", "LinkedIn URL": "rich_text" },
    });
    const typed = `https://example.com/${"x".repeat(4100)}`;
    const [pageId] = fake.addPages(dataSourceId, [{ Name: "Ana", "LinkedIn URL": typed }]);
    await runOn(storeFor(fake, databaseId));

    const update = fake.requests.find((request) => request.endpoint === "pages.update")?.body as Body;
    const why = update.properties?.Why?.rich_text as { text: { content: string } }[];
    expect(why.length).toBe(3);
    expect(why.every((item) => item.text.content.length <= MAX_TEXT_OBJECT)).toBe(true);
    const stored = fake.page(pageId as string).values.Why as string;
    expect(stored).toContain(typed);
    expect(stored).toBe(why.map((item) => item.text.content).join(""));

    fake.resetCalls();
    await runOn(storeFor(fake, databaseId));
    expect(fake.calls["pages.update"]).toBe(0);
  });

  it("adds missing output properties once, with their types, then writes select, date and text values", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: { Name: "title", Relationship: "select", Why: "rich_text" },
    });
    const [pageId] = fake.addPages(dataSourceId, [{ Name: "Ana Silva", Relationship: "Worked together" }]);
    await runOn(storeFor(fake, databaseId));

    expect(schemaUpdates(fake)).toBe(1);
    const schema = fake.dataSource(dataSourceId).properties as Record<string, { type: string }>;
    expect(
      Object.fromEntries(
        ["Suggested action", "Why", "Priority", "Due", "Draft message"].map((name) => [
          name,
          schema[name]?.type,
        ]),
      ),
    ).toEqual({
      "Suggested action": "select",
      Why: "rich_text",
      Priority: "select",
      Due: "date",
      "Draft message": "rich_text",
    });
    const update = fake.requests.find((request) => request.endpoint === "pages.update")?.body as Body;
    expect(update.properties?.["Suggested action"]).toEqual({ select: { name: "Connect" } });
    expect(update.properties?.Due).toEqual({ date: { start: "2026-11-25" } });
    expect(fake.page(pageId as string).values).toMatchObject({
      "Suggested action": "Connect",
      Priority: "High",
      Due: "2026-11-25",
      "Draft message": expect.stringContaining("Hi Ana"),
    });
  });

  it("clears Due and Draft message when the new suggestion has none", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: { Name: "title", Relationship: "select", Aligned: "select" },
    });
    const [pageId] = fake.addPages(dataSourceId, [{ Name: "Ana Silva", Relationship: "Worked together" }]);
    await runOn(storeFor(fake, databaseId));
    fake.editPage(pageId as string, { Relationship: null, Aligned: "No" });
    await runOn(storeFor(fake, databaseId));
    expect(fake.page(pageId as string).values).toMatchObject({
      "Suggested action": "Hold off",
      Due: null,
      "Draft message": "",
    });
  });

  it("writes output into Text properties when the user made them text, and lands formulas as text", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      properties: { Name: "title", "Suggested action": "rich_text", Priority: "rich_text", Due: "rich_text" },
    });
    const [pageId] = fake.addPages(dataSourceId, [{ Name: '=HYPERLINK("http://evil")' }]);
    await runOn(storeFor(fake, databaseId));
    expect(fake.page(pageId as string).values).toMatchObject({
      "Suggested action": "Hold off",
      Priority: "Low",
      Due: "",
      Why: expect.any(String),
    });
  });

  it("skips a page deleted during the run and names it, writing the others", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({ properties: { Name: "title" } });
    const [gone, kept] = fake.addPages(dataSourceId, [{ Name: "Gone Person" }, { Name: "Kept Person" }]);
    const store = storeFor(fake, databaseId);
    const originalLoad = store.load.bind(store);
    store.load = async () => {
      const table = await originalLoad();
      fake.trashPage(gone as string);
      return table;
    };
    const summary = await runOn(store);
    expect(summary.warnings).toContain(
      'Row 1 was not written: the page "Gone Person" was deleted or moved to the trash during the run',
    );
    expect(fake.page(kept as string).values["Suggested action"]).toBe("Hold off");
  });
});
