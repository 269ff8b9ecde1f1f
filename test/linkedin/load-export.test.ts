import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLinkedInExport } from "../../shared/linkedin/index.js";
import { parseProfile } from "../../shared/linkedin/profile.js";
import { generateExport, writeGeneratedExport } from "./generate-export.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/linkedin-export");

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "tend-linkedin-load-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe(loadLinkedInExport, () => {
  it("loads the synthetic full export and finds its owner through Invitations.csv", async () => {
    const loaded = await loadLinkedInExport(join(FIXTURES, "synthetic-full-export"));
    expect(loaded.connections).toHaveLength(2000);
    expect(loaded.invitations).toHaveLength(162);
    expect(loaded.companyFollows).toHaveLength(52);
    expect(loaded.lastMessageByKey.size).toBe(0);
    expect(loaded.ownerKey).toBe("in/fake-ada-byron-lovelace");
    expect(loaded.owner).toEqual({
      firstName: "Ada",
      lastName: "Byron-Lovelace",
      name: "Ada Byron-Lovelace",
    });
    expect(loaded.exportDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(loaded.report.files).sort()).toEqual([
      "companyFollows",
      "connections",
      "invitations",
      "profile",
    ]);
    expect(loaded.report).toMatchObject({ hiddenSkipped: 0, messageCount: 0, problems: [] });

    // What merging will meet: invitations whose other side is, or is not, a connection.
    const connected = new Set(loaded.connections.map((c) => c.key));
    const other = (i: (typeof loaded.invitations)[number]) =>
      i.direction === "OUTGOING" ? i.inviteeKey : i.inviterKey;
    const outgoing = loaded.invitations.filter((i) => i.direction === "OUTGOING");
    const incoming = loaded.invitations.filter((i) => i.direction === "INCOMING");
    expect(outgoing.filter((i) => connected.has(other(i)))).toHaveLength(81);
    expect(incoming.filter((i) => connected.has(other(i)))).toHaveLength(75);
    // Full names collide (248 names are shared by two or more connections): match by key.
    const names = new Map<string, number>();
    for (const c of loaded.connections) names.set(c.name, (names.get(c.name) ?? 0) + 1);
    expect([...names.values()].filter((count) => count > 1)).toHaveLength(248);
  });

  it("loads the Excel re-save, whose rows cannot be matched, and says so", async () => {
    const loaded = await loadLinkedInExport(join(FIXTURES, "excel-resaved-2021", "Connections.csv"));
    expect(loaded.connections).toHaveLength(300);
    expect(loaded.report.hiddenSkipped).toBe(8);
    expect(loaded.report.problems).toHaveLength(1);
    expect(loaded.ownerKey).toBeUndefined();
  });

  it("parses a generated export of benchmark size (10,000 connections, 5,000 invitations, 50,000 messages)", async () => {
    const { path, expected } = await writeGeneratedExport(join(root, "big"), {
      connections: 10_000,
      invitations: 5_000,
      messages: 50_000,
      modified: new Date(2026, 0, 29, 12),
    });
    const loaded = await loadLinkedInExport(path);
    expect(loaded.connections).toHaveLength(expected.connections);
    expect(loaded.report.hiddenSkipped).toBe(expected.hiddenSkipped);
    expect(loaded.connections.filter((c) => c.url?.includes("%"))).toHaveLength(expected.encodedSlugs);
    expect(loaded.invitations).toHaveLength(expected.invitations);
    expect(loaded.invitations.filter((i) => i.direction === "OUTGOING")).toHaveLength(expected.outgoing);
    expect(loaded.companyFollows).toHaveLength(expected.companyFollows);
    expect(loaded.report.messageCount).toBe(expected.messageCount);
    expect([loaded.report.draftsSkipped, loaded.report.spamSkipped]).toEqual([
      expected.drafts,
      expected.spam,
    ]);
    expect(loaded.ownerKey).toBe(expected.ownerKey);
    expect(loaded.lastMessageByKey).toEqual(expected.lastMessageByKey);
    expect(loaded.exportDate).toBe("2026-01-29");
    expect(loaded.report.problems).toEqual([]);

    // Raw Unicode slugs in Invitations.csv meet their percent-encoded twins in Connections.csv.
    const connected = new Set(loaded.connections.map((c) => c.key));
    const invitees = loaded.invitations.filter(
      (i) => i.direction === "OUTGOING" && !i.inviteeKey?.startsWith("in/pending-"),
    );
    expect(invitees.every((i) => connected.has(i.inviteeKey))).toBe(true);
    expect(invitees.some((i) => i.inviteeUrl?.includes("ó"))).toBe(true);
  });

  it.each(["2023", "2026"] as const)(
    "reads generated %s-layout messages from an unpacked folder",
    async (format) => {
      const { path, expected } = await writeGeneratedExport(join(root, `folder-${format}`), {
        connections: 300,
        invitations: 60,
        messages: 2_000,
        seed: 7,
        messagesFormat: format,
        as: "folder",
      });
      const loaded = await loadLinkedInExport(path);
      expect(loaded.report.messageCount).toBe(expected.messageCount);
      expect(loaded.lastMessageByKey).toEqual(expected.lastMessageByKey);
    },
  );

  it("reports a Profile.csv it cannot read instead of failing the import", async () => {
    const folder = join(root, "bad-profile");
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, "Connections.csv"),
      "First Name,Last Name,Connected On\nAna,Ruiz,05 Feb 2024\n",
    );
    await writeFile(join(folder, "Profile.csv"), "something else entirely\n");
    const loaded = await loadLinkedInExport(folder);
    expect(loaded.connections).toHaveLength(1);
    expect(loaded.owner).toBeUndefined();
    expect(loaded.report.problems).toEqual([
      {
        file: join(folder, "Profile.csv"),
        problem:
          "found no header line with First Name and Last Name; is this the right file? (the owner is worked out without it)",
      },
    ]);
  });

  it("lets the caller name the owner", async () => {
    const { files } = generateExport({ connections: 50, invitations: 0, messages: 200, seed: 3 });
    const { path } = await writeGeneratedExport(join(root, "owner"), {
      connections: 50,
      invitations: 0,
      messages: 200,
      seed: 3,
      as: "folder",
    });
    expect(parseProfile(files["Profile.csv"], "Profile.csv")?.name).toBe("Ada Quill");
    const loaded = await loadLinkedInExport(path, { ownerKey: "https://www.linkedin.com/in/person-1/" });
    expect(loaded.ownerKey).toBe("in/person-1");
    expect(loaded.lastMessageByKey.has("in/ada-quill-owner")).toBe(true);
  });
});
