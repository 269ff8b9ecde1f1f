import { describe, expect, it } from "vitest";
import { runOn, storeFor, useFakeNotion } from "./notion-harness.js";

const fakeNotion = useFakeNotion();

describe("NotionStore on an API root that refuses the created_time sort", () => {
  it("reads every page with plain cursor pagination instead", async () => {
    const fake = await fakeNotion();
    const { databaseId, dataSourceId } = fake.createDatabase({
      title: "Contacts",
      properties: { Name: "title", Relationship: "select" },
    });
    fake.addPages(
      dataSourceId,
      Array.from({ length: 250 }, (_, index) => ({
        Name: `Person ${index}`,
        Relationship: "Admire their work",
      })),
    );
    fake.injectFault(
      {
        type: "response",
        status: 400,
        body: {
          object: "error",
          status: 400,
          code: "validation_error",
          message: "body.sorts[0].timestamp is not supported.",
        },
      },
      { endpoint: "dataSources.query" },
    );
    const summary = await runOn(storeFor(fake, databaseId));
    expect(summary.contactsRead).toBe(250);
    expect(summary.counts).toEqual({ Follow: 250 });
  });
});
