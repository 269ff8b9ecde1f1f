import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../shared/contacts/days.js";
import { rowIdentity } from "../../../shared/contacts/row-identity.js";
import { isTendError } from "../../../shared/errors/tend-error.js";
import { runDaily } from "../../../shared/run/daily-run.js";
import { GridStore } from "../../../shared/stores/grid/grid-store.js";
import { MemoryDocument } from "../../../shared/stores/grid/memory-document.js";
import { TEND_HEADERS } from "../../support/tend-headers.js";

const today = dayFromIso("2026-11-25") as number;
const HEADER = ["Name", "LinkedIn URL", "Relationship", "Status", "Notes"];

function aDocument(rows: string[][] = []) {
  return new MemoryDocument({
    Contacts: [
      HEADER,
      ["Ana Silva", "https://www.linkedin.com/in/ana", "Met in person", "", "from the meetup"],
      ["Ben Okafor", "https://www.linkedin.com/in/ben", "", "", ""],
      ...rows,
    ],
  });
}

function columnOf(document: MemoryDocument, header: string): string[] {
  const [head = [], ...rows] = document.text("Contacts");
  const at = head.indexOf(header);
  return rows.map((row) => row[at] ?? "");
}

describe(GridStore, () => {
  it("writes the suggestions beside each contact, the Run log and the Today tab, and nothing else", async () => {
    const document = aDocument();
    await runDaily({ store: new GridStore(document), today });
    expect(document.text("Contacts")[0]).toEqual([...HEADER, ...TEND_HEADERS]);
    expect(columnOf(document, "Suggested action")).toEqual(["Connect", "Hold off"]);
    expect(columnOf(document, "Notes")).toEqual(["from the meetup", ""]);
    expect(document.text("Run log")).toHaveLength(2);
    expect(document.text("Today")[0]?.[0]).toBe("Today, 2026-11-25");
  });

  it("writes a contact's suggestion onto the row the contact moved to while the run was going", async () => {
    const document = aDocument();
    document.beforeRecheck = (doc) => {
      const rows = doc.tabs.get("Contacts") ?? [];
      doc.tabs.set("Contacts", [rows[0] ?? [], rows[2] ?? [], rows[1] ?? []]);
      doc.beforeRecheck = undefined;
    };
    await runDaily({ store: new GridStore(document), today });
    const names = columnOf(document, "Name");
    const actions = columnOf(document, "Suggested action");
    expect(Object.fromEntries(names.map((name, index) => [name, actions[index]]))).toEqual({
      "Ana Silva": "Connect",
      "Ben Okafor": "Hold off",
    });
  });

  it("plans again when a column moved between reading and writing, and writes into the columns as they are now", async () => {
    const document = aDocument();
    document.beforeRecheck = (doc) => {
      const rows = doc.tabs.get("Contacts") ?? [];
      // The user drags Notes in front of Name.
      doc.tabs.set(
        "Contacts",
        rows.map((row) => [row[4], row[0], row[1], row[2], row[3]]),
      );
      doc.beforeRecheck = undefined;
    };
    await runDaily({ store: new GridStore(document), today });
    expect(document.writes).toHaveLength(1);
    expect(columnOf(document, "Notes")).toEqual(["from the meetup", ""]);
    expect(columnOf(document, "Suggested action")).toEqual(["Connect", "Hold off"]);
  });

  it("writes nothing and records nothing when another run finished the work meanwhile", async () => {
    const document = aDocument();
    document.tabs.set("Run log", [["Started at"], ["2026-11-24T07:00:00.000Z"]]);
    document.beforeRecheck = (doc) => {
      doc.tabs.get("Run log")?.push(["2026-11-25T07:00:00.000Z"]);
    };
    const error = await runDaily({ store: new GridStore(document), today }).catch(
      (caught: unknown) => caught,
    );
    expect(isTendError(error, "overlap")).toBe(true);
    expect(document.writes).toHaveLength(0);
    expect(document.failures).toHaveLength(0);
  });

  it("records a failed run in the Run log without touching a contact cell", async () => {
    const document = aDocument();
    document.tabs.set("Settings", [
      ["Setting", "Value"],
      ["Weekly invite budget", "lots"],
    ]);
    await expect(runDaily({ store: new GridStore(document), today })).rejects.toThrow(/Weekly invite budget/);
    expect(document.writes).toHaveLength(0);
    expect(document.failures.map((failure) => String(failure.row[7]))).toEqual([
      expect.stringMatching(/^failed: .*Weekly invite budget/),
    ]);
  });

  it("writes input cells it is handed (Done effects, filled dates) onto the contact's row, adding missing columns at the right end", async () => {
    const document = aDocument();
    const store = new GridStore(document);
    const { rows } = await store.load();
    const ana = rows[0];
    if (ana === undefined) throw new Error("no row");
    await store.save(
      [
        {
          ref: ana.ref,
          rowNumber: ana.raw.rowNumber,
          identity: rowIdentity(ana.raw),
          cells: { suggestedAction: "Wait" },
          inputs: { status: "Request sent", requestedOn: "2026-11-25" },
        },
      ],
      {
        startedAt: "2026-11-25T07:00:00.000Z",
        source: "memory",
        contactsRead: 2,
        rowsChanged: 1,
        counts: {},
        problems: 0,
        durationSeconds: 0,
        outcome: "ok",
      },
    );
    const header = document.text("Contacts")[0] ?? [];
    expect(header.slice(-8)).toEqual([
      "Suggested action",
      "Why",
      "Priority",
      "Due",
      "Draft message",
      "Requested on",
      "Done",
      "Snooze until",
    ]);
    expect(columnOf(document, "Status")).toEqual(["Request sent", ""]);
    expect(columnOf(document, "Requested on")).toEqual(["2026-11-25", ""]);
    expect(columnOf(document, "Notes")).toEqual(["from the meetup", ""]);
  });
});
