import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { resetConfiguration } from "../../functions/index.js";
import { useFunctionServer } from "../support/function-server.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();
const server = useFunctionServer("dailyRunEvent");

/** A Pub/Sub message as Eventarc delivers it: a CloudEvent in binary mode. */
function publish(data: string) {
  return fetch(server.url(), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "ce-id": "1",
      "ce-specversion": "1.0",
      "ce-type": "google.cloud.pubsub.topic.v1.messagePublished",
      "ce-source": "//pubsub.googleapis.com/projects/p/topics/tend-daily",
    },
    body: JSON.stringify({ message: { data: Buffer.from(data).toString("base64") }, subscription: "s" }),
  });
}

describe("dailyRunEvent (Pub/Sub function)", () => {
  it("runs the daily job with the message data as the request", async () => {
    const source = join(await tempDir(), "contacts.csv");
    await writeFile(source, "Name,Relationship\nAna Silva,Worked together\n");
    resetConfiguration({ TEND_SOURCE: source });
    const response = await publish(JSON.stringify({ today: "2026-11-25" }));
    expect(response.status).toBe(204);
    expect(await readFile(source, "utf8")).toContain(",Connect,");
  });

  it("does not run, and is not retried, when the message is not a valid request", async () => {
    const source = join(await tempDir(), "contacts.csv");
    await writeFile(source, "Name\nAna\n");
    resetConfiguration({ TEND_SOURCE: source });
    const spy = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const response = await publish(JSON.stringify({ dryrun: true }));
    spy.mockRestore();
    expect(response.status).toBe(204);
    expect(await readFile(source, "utf8")).toBe("Name\nAna\n");
  });
});
