import { describe, expect, it } from "vitest";
import { HEADER, useFakeGoogle } from "./sheets-harness.js";

const { context, run } = useFakeGoogle();

/** Ten people, each with a relationship that decides their action, so a misplaced write shows. */
const PEOPLE = [
  ["Ana", "linkedin.com/in/ana", "Worked together"],
  ["Bo", "linkedin.com/in/bo", ""],
  ["Cy", "linkedin.com/in/cy", "Admire their work"],
  ["Di", "linkedin.com/in/di", "Met in person"],
  ["Ed", "linkedin.com/in/ed", ""],
  ["Flo", "linkedin.com/in/flo", "Admire their work"],
];
const EXPECTED: Record<string, string> = {
  Ana: "Connect",
  Bo: "Hold off",
  Cy: "Follow",
  Di: "Connect",
  Ed: "Hold off",
  Flo: "Follow",
};

function sheetOfPeople(): string {
  return context.sheets.createSpreadsheet({ tabs: { Contacts: [HEADER, ...PEOPLE] }, input: "RAW" });
}

/** Every row's action, keyed by the name on that same row. */
function actionsByName(id: string): Record<string, string> {
  const [header = [], ...rows] = context.sheets.tabValues(id, "Contacts");
  const action = header.indexOf("Suggested action");
  return Object.fromEntries(
    rows.filter((row) => row[0]).map((row) => [String(row[0]), String(row[action] ?? "")]),
  );
}

/** Runs `edit` right before Tend's second read (the re-check that precedes the write). */
function editDuringRun(edit: (id: string) => void, id: string) {
  context.sheets.onCall(2, () => edit(id), "values.batchGet");
}

describe("SheetsStore when the user edits the sheet during a run", () => {
  it("writes every suggestion onto its own contact after the user sorted the rows", async () => {
    const id = sheetOfPeople();
    editDuringRun(
      (sheet) => context.sheets.sortRows(sheet, "Contacts", { column: "A", descending: true }),
      id,
    );
    await run(id);
    expect(actionsByName(id)).toEqual(EXPECTED);
  });

  it("writes onto the right rows after the user inserted rows above them", async () => {
    const id = sheetOfPeople();
    editDuringRun(
      (sheet) => context.sheets.insertRows(sheet, "Contacts", 2, [["Zed", "linkedin.com/in/zed", ""]]),
      id,
    );
    const summary = await run(id);
    expect(actionsByName(id)).toEqual({ ...EXPECTED, Zed: "" });
    expect(summary.warnings).toEqual([]);
  });

  it("skips a contact the user deleted, says so, and leaves the other rows right", async () => {
    const id = sheetOfPeople();
    editDuringRun((sheet) => context.sheets.deleteRows(sheet, "Contacts", 3), id);
    const summary = await run(id);
    const { Bo: _deleted, ...rest } = EXPECTED;
    expect(actionsByName(id)).toEqual(rest);
    expect(summary.warnings).toEqual([
      "Row 3 was not written: the contact was moved or deleted while Tend ran; it will be done on the next run",
    ]);
  });

  it("re-plans when the user renamed Tend's column meanwhile, never writing into the user's column", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: { Contacts: [[...HEADER, "Suggested action"], ...PEOPLE] },
      input: "RAW",
    });
    editDuringRun((sheet) => context.sheets.setCell(sheet, "Contacts", "F1", "My notes"), id);
    await run(id);
    const [header = [], ...rows] = context.sheets.tabValues(id, "Contacts");
    expect(header.slice(5, 7)).toEqual(["My notes", "Suggested action"]);
    expect(rows.every((row) => row[5] === undefined || row[5] === "")).toBe(true);
    expect(actionsByName(id)).toEqual(EXPECTED);
  });

  it("stops with a clear message when the columns keep changing", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: { Contacts: [[...HEADER, "Suggested action"], ...PEOPLE] },
      input: "RAW",
    });
    // Right before every re-check the user retitles the Name column: the columns never hold still.
    let renames = 0;
    context.sheets.beforeRequest((call) => {
      if (call.endpoint === "values.batchGet" && call.ranges.some((range) => range.endsWith("!1:1"))) {
        context.sheets.setCell(id, "Contacts", "A1", ++renames % 2 === 1 ? "Full Name" : "Name");
      }
    });
    await expect(run(id)).rejects.toThrow(/columns changed while Tend was running.*nothing was written/);
    expect(
      context.sheets
        .tabValues(id, "Contacts")
        .slice(1)
        .every((row) => (row[5] ?? "") === ""),
    ).toBe(true);
  });

  it("never changes a cell the user typed into meanwhile", async () => {
    const id = sheetOfPeople();
    editDuringRun((sheet) => context.sheets.setCell(sheet, "Contacts", "C2", "Classmate"), id);
    await run(id);
    expect(context.sheets.tabValues(id, "Contacts")[1]?.[2]).toBe("Classmate");
  });

  it("over many random sorts, inserts and deletions never writes onto another contact's row", async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    for (let trial = 0; trial < 40; trial++) {
      const id = sheetOfPeople();
      editDuringRun((sheet) => {
        const edits = 1 + Math.floor(random() * 3);
        for (let edit = 0; edit < edits; edit++) {
          const kind = Math.floor(random() * 3);
          const rows = context.sheets.tabValues(sheet, "Contacts").length;
          if (kind === 0)
            context.sheets.sortRows(sheet, "Contacts", {
              column: Math.floor(random() * 3),
              descending: random() < 0.5,
            });
          if (kind === 1)
            context.sheets.insertRows(sheet, "Contacts", 2 + Math.floor(random() * (rows - 1)), [
              [`New${trial}${edit}`, "", ""],
            ]);
          if (kind === 2 && rows > 2)
            context.sheets.deleteRows(sheet, "Contacts", 2 + Math.floor(random() * (rows - 1)));
        }
      }, id);
      await run(id);
      for (const [name, action] of Object.entries(actionsByName(id))) {
        if (name.startsWith("New")) expect(action).toBe("");
        else expect([EXPECTED[name], ""]).toContain(action);
      }
      context.sheets.reset();
    }
  });
});
