import { describe, expect, it } from "vitest";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import { planImport } from "../../shared/import/plan-import.js";
import { evaluateRows } from "../support/evaluate-rows.js";
import { aConnection, aFollow, anExport, anInvitation, applyPlan, storedRows } from "./an-export.js";

const TODAY = dayFromIso("2026-11-25") as Day;
const plan = (rows: ReturnType<typeof storedRows>, linkedIn: ReturnType<typeof anExport>) =>
  planImport(rows, linkedIn, { today: TODAY });

describe(planImport, () => {
  it("adds a connection with Status Connected, Connected on, Name, Company, Title and LinkedIn URL", () => {
    const result = plan([], anExport({ connections: [aConnection()] }));
    expect(result.changes).toEqual([]);
    expect(result.newRows).toEqual([
      {
        name: "Ana Silva",
        firstName: "Ana",
        lastName: "Silva",
        linkedinUrl: "https://www.linkedin.com/in/ana-silva",
        company: "Contoso",
        title: "Engineer",
        status: "Connected",
        connectedOn: "2024-02-05",
      },
    ]);
    expect(result.report.added).toEqual({
      total: 1,
      connections: 1,
      requestsSent: 0,
      incomingRequests: 0,
      companies: 0,
    });
  });

  it("fills blank cells and never writes Relationship, Aligned, Met at, Notes or other typed cells", () => {
    const rows = storedRows({
      linkedinUrl: "linkedin.com/in/ana-silva/",
      relationship: "Met in person",
      aligned: "No",
      metAt: "PyCon",
      notes: "owes me a coffee",
      interests: "",
    });
    const [change] = plan(rows, anExport({ connections: [aConnection()] })).changes;
    expect(change?.cells).toEqual({
      name: "Ana Silva",
      firstName: "Ana",
      lastName: "Silva",
      company: "Contoso",
      title: "Engineer",
      status: "Connected",
      connectedOn: "2024-02-05",
    });
    expect(change?.kinds).toEqual(["statusForward", "datesFilled", "blanksFilled"]);
    expect(change?.details).toContain("Status: (blank) -> Connected");
  });

  it("keeps a typed name and a later Connected on, and leaves a date it cannot read alone", () => {
    const rows = storedRows(
      {
        name: "Ana S.",
        linkedinUrl: "linkedin.com/in/ana-silva",
        status: "Connected",
        connectedOn: "2025-01-01",
      },
      { name: "Bo", linkedinUrl: "linkedin.com/in/bo", status: "Connected", connectedOn: "last spring" },
    );
    const result = plan(
      rows,
      anExport({
        connections: [aConnection(), aConnection({ firstName: "Bo", url: "https://www.linkedin.com/in/bo" })],
      }),
    );
    expect(result.changes.map((change) => change.cells)).toEqual([
      { company: "Contoso", title: "Engineer" },
      { company: "Contoso", title: "Engineer" },
    ]);
  });

  it("moves Request sent to Connected when the person appears in Connections.csv", () => {
    const rows = storedRows({
      name: "Ana Silva",
      linkedinUrl: "https://www.linkedin.com/in/ana-silva",
      status: "Request sent",
      requestedOn: "2024-01-20",
    });
    const [change] = plan(rows, anExport({ connections: [aConnection()] })).changes;
    expect(change?.cells.status).toBe("Connected");
    expect(change?.cells.requestedOn).toBeUndefined();
  });

  const BO = "https://www.linkedin.com/in/bo-chen";
  it.each([
    ["(blank)", "", "connection", "Connected"],
    ["Request sent", "Request sent", "connection", "Connected"],
    ["Withdrawn", "Withdrawn", "connection", "Connected"],
    ["Incoming request", "Incoming request", "connection", "Connected"],
    ["Connected", "Connected", "outgoing invitation", "Connected"],
    ["Connected (typed 1st)", "1st", "connection", "1st"],
    ["Not connected", "Not connected", "outgoing invitation", "Request sent"],
    ["Following", "Following", "outgoing invitation", "Request sent"],
    ["Following", "Following", "incoming invitation", "Incoming request"],
    ["Declined", "Declined", "incoming invitation", "Declined"],
    ["Request sent", "Request sent", "incoming invitation", "Request sent"],
    ["Incoming request", "Incoming request", "outgoing invitation", "Incoming request"],
    ["Withdrawn, same request", "Withdrawn", "outgoing invitation", "Withdrawn"],
  ])("Status %s + an export %s with them -> %s", (_, status, seen, expected) => {
    const rows = storedRows({ linkedinUrl: BO, status, requestedOn: "2026-10-01" });
    const linkedIn =
      seen === "connection"
        ? anExport({ connections: [aConnection({ url: BO })] })
        : anExport({
            invitations: [
              anInvitation({ url: BO }, { direction: seen.startsWith("out") ? "OUTGOING" : "INCOMING" }),
            ],
          });
    const result = plan(rows, linkedIn);
    expect(result.changes[0]?.cells.status ?? status).toBe(expected);
  });

  it("takes a new outgoing invitation after a withdrawn request as a new request", () => {
    const rows = storedRows({ linkedinUrl: BO, status: "Withdrawn", requestedOn: "2026-08-01" });
    const [change] = plan(rows, anExport({ invitations: [anInvitation({ url: BO })] })).changes;
    expect(change?.cells).toMatchObject({ status: "Request sent", requestedOn: "2026-10-01" });
  });

  it("adds pending invitations: outgoing as Request sent with Requested on, incoming as Incoming request", () => {
    const result = plan(
      [],
      anExport({
        connections: [aConnection()],
        invitations: [
          anInvitation({ name: "Bo Chen", url: BO }, { sentAt: "2026-09-01" }),
          anInvitation({ name: "Bo Chen", url: BO }, { sentAt: "2026-10-02" }),
          anInvitation({ name: "Cy Diaz", url: "https://www.linkedin.com/in/cy" }, { direction: "INCOMING" }),
          anInvitation({ name: "Ana Silva", url: "https://www.linkedin.com/in/ana-silva" }),
        ],
      }),
    );
    expect(result.newRows.slice(1)).toEqual([
      {
        name: "Bo Chen",
        firstName: "Bo",
        lastName: "Chen",
        linkedinUrl: BO,
        status: "Request sent",
        requestedOn: "2026-10-02",
      },
      {
        name: "Cy Diaz",
        firstName: "Cy",
        lastName: "Diaz",
        linkedinUrl: "https://www.linkedin.com/in/cy",
        status: "Incoming request",
      },
    ]);
    expect(result.report.read.invitationsAccepted).toBe(1);
    expect(result.report.added).toMatchObject({
      total: 3,
      connections: 1,
      requestsSent: 1,
      incomingRequests: 1,
    });
  });

  it("matches a percent-encoded slug in Connections.csv and a raw Unicode one in the sheet and in messages", () => {
    const rows = storedRows({ name: "Józef", linkedinUrl: "https://pl.linkedin.com/in/józef-łucja/" });
    const result = plan(
      rows,
      anExport({
        connections: [aConnection({ url: "https://www.linkedin.com/in/j%C3%B3zef-%C5%82ucja" })],
        lastMessageByKey: new Map([["in/józef-łucja", "2026-11-02"]]),
      }),
    );
    expect(result.newRows).toEqual([]);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]?.cells).toMatchObject({ status: "Connected", lastInteraction: "2026-11-02" });
  });

  it("moves Last interaction forward to the latest message, never back", () => {
    const rows = storedRows(
      { name: "Ana", linkedinUrl: "linkedin.com/in/ana", lastInteraction: "2026-01-10" },
      { name: "Bo", linkedinUrl: "linkedin.com/in/bo", lastInteraction: "2026-06-01" },
      { name: "Cy", linkedinUrl: "linkedin.com/in/cy" },
    );
    const result = plan(
      rows,
      anExport({
        lastMessageByKey: new Map([
          ["in/ana", "2026-03-01"],
          ["in/bo", "2026-03-01"],
          ["in/cy", "2026-03-01"],
          ["in/stranger", "2026-03-01"],
        ]),
      }),
    );
    expect(result.changes.map((change) => [change.rowNumber, change.cells])).toEqual([
      [2, { lastInteraction: "2026-03-01" }],
      [4, { lastInteraction: "2026-03-01" }],
    ]);
    expect(result.report.updated.byKind.lastInteraction).toBe(2);
    expect(result.report.unchanged).toBe(1);
    expect(result.report.skipped).toEqual([
      {
        reason:
          "exchanged messages with someone who is neither in the table nor a connection or invitation; not added",
        count: 1,
        examples: ["in/stranger"],
      },
    ]);
  });

  it("writes no date after today", () => {
    const result = plan([], anExport({ connections: [aConnection({ connectedOn: "2026-12-24" })] }));
    expect(result.newRows[0]?.connectedOn).toBeUndefined();
    expect(result.report.skipped[0]?.reason).toBe("Connected on from the export is after today; not written");
  });
});

describe("job changes", () => {
  const known = {
    name: "Ana Silva",
    linkedinUrl: "https://www.linkedin.com/in/ana-silva",
    status: "Connected",
    connectedOn: "2024-02-05",
    company: "Contoso",
    title: "Engineer",
    relationship: "Worked together",
  };

  it("writes the new Company and Title and Milestone `New role: <Title> at <Company>` dated the export", () => {
    const rows = storedRows(known);
    const result = plan(
      rows,
      anExport({ connections: [aConnection({ company: "Globex", position: "CTO" })] }),
    );
    expect(result.changes[0]?.cells).toEqual({
      company: "Globex",
      title: "CTO",
      milestone: "New role: CTO at Globex",
      milestoneOn: "2026-11-01",
    });
    expect(result.report.jobChanges).toEqual([
      { row: 2, name: "Ana Silva", before: "Engineer at Contoso", after: "CTO at Globex" },
    ]);
    expect(result.report.updated.byKind.jobChange).toBe(1);
  });

  it("is then suggested Congratulate by the daily run", () => {
    const rows = storedRows(known);
    const result = plan(
      rows,
      anExport({ connections: [aConnection({ company: "Globex", position: "CTO" })] }),
    );
    const [after] = applyPlan(rows, result);
    const [suggestion] = evaluateRows([after?.raw ?? { rowNumber: 2, cells: {} }], { today: "2026-11-25" });
    expect(suggestion?.action).toBe("Congratulate");
    expect(suggestion?.draft).toContain("CTO at Globex");
  });

  it("counts a promotion at the same company, but not a change of case or spacing", () => {
    const rows = storedRows(known, { ...known, linkedinUrl: "linkedin.com/in/bo" });
    const result = plan(
      rows,
      anExport({
        connections: [
          aConnection({ position: "Staff Engineer" }),
          aConnection({ url: "https://www.linkedin.com/in/bo", company: " contoso ", position: "ENGINEER" }),
        ],
      }),
    );
    expect(result.changes.map((change) => change.cells)).toEqual([
      {
        title: "Staff Engineer",
        milestone: "New role: Staff Engineer at Contoso",
        milestoneOn: "2026-11-01",
      },
    ]);
  });

  it("only fills Company and Title when the sheet had them blank", () => {
    const rows = storedRows({ ...known, company: "", title: "" });
    const [change] = plan(rows, anExport({ connections: [aConnection({ company: "Globex" })] })).changes;
    expect(change?.cells).toEqual({ company: "Globex", title: "Engineer" });
  });

  it("leaves a row whose Milestone on is later than the export", () => {
    const rows = storedRows({ ...known, milestone: "Launched a book", milestoneOn: "2026-11-20" });
    const result = plan(rows, anExport({ connections: [aConnection({ company: "Globex" })] }));
    expect(result.changes).toEqual([]);
    expect(result.report.skipped[0]?.count).toBe(1);
  });
});

describe("companies and contacts without a URL", () => {
  it("matches Company Follows to company rows by name, ignoring case, and adds the others", () => {
    const rows = storedRows(
      { name: "ACME Corp", type: "Company" },
      { name: "Globex", linkedinUrl: "linkedin.com/in/globex-person" },
    );
    const result = plan(
      rows,
      anExport({
        companyFollows: [
          aFollow("Acme  corp", "2024-01-01"),
          aFollow("Globex"),
          aFollow("acme corp", "2025-05-05"),
        ],
      }),
    );
    expect(result.changes.map((change) => change.cells)).toEqual([
      { status: "Following", followedOn: "2025-05-05" },
    ]);
    expect(result.newRows).toEqual([
      { name: "Globex", firstName: "Globex", type: "Company", status: "Following", followedOn: "2025-03-01" },
    ]);
  });

  it("adds connections of an export without URLs, finds them again by name, and skips ambiguous names", () => {
    const keyless = (first: string, last: string) => {
      const connection = aConnection({ firstName: first, lastName: last });
      const { url: _url, key: _key, ...rest } = connection;
      return rest;
    };
    const linkedIn = anExport({
      connections: [keyless("Ana", "Silva"), keyless("Bo", "Chen"), keyless("Bo", "Chen"), keyless("", "")],
    });
    const first = plan(storedRows({ name: "Ana Silva", linkedinUrl: "linkedin.com/in/other-ana" }), linkedIn);
    expect(first.newRows).toEqual([]);
    expect(first.report.skipped.map((skip) => [skip.count, skip.reason.slice(0, 40)])).toEqual([
      [1, "no profile URL in the export, and the ta"],
      [2, "several connections share this name and "],
      [1, "Connections.csv row with neither a name "],
    ]);
    const second = plan([], anExport({ connections: [keyless("Ana", "Silva")] }));
    expect(second.newRows).toMatchObject([{ name: "Ana Silva", status: "Connected" }]);
    const again = plan(applyPlan([], second), anExport({ connections: [keyless("Ana", "Silva")] }));
    expect([again.changes, again.newRows, again.report.unchanged]).toEqual([[], [], 1]);
  });

  it("updates only the first of two rows with the same URL, and says so", () => {
    const rows = storedRows(
      { name: "Ana", linkedinUrl: "linkedin.com/in/ana-silva" },
      { name: "Ana again", linkedinUrl: "https://www.linkedin.com/in/ana-silva/" },
    );
    const result = plan(rows, anExport({ connections: [aConnection()] }));
    expect(result.changes.map((change) => change.rowNumber)).toEqual([2]);
    expect(result.report.skipped[0]).toMatchObject({ count: 1, examples: ["row 3"] });
  });
});

describe("importing the same export twice", () => {
  it("changes nothing the second time", () => {
    const rows = storedRows(
      {
        name: "Ana Silva",
        linkedinUrl: "https://www.linkedin.com/in/ana-silva",
        company: "Contoso",
        title: "Intern",
      },
      { name: "Bo Chen", linkedinUrl: BO_URL, status: "Withdrawn", requestedOn: "2026-01-01" },
      { name: "Acme", type: "Company" },
      { name: "Dee", linkedinUrl: "linkedin.com/in/dee", status: "Pendng" },
    );
    const linkedIn = anExport({
      connections: [aConnection(), aConnection({ url: "https://www.linkedin.com/in/new-one" })],
      invitations: [
        anInvitation({ url: BO_URL }),
        anInvitation({ url: "https://www.linkedin.com/in/dee" }),
        anInvitation({ url: "https://www.linkedin.com/in/eve", name: "Eve" }, { direction: "INCOMING" }),
      ],
      companyFollows: [aFollow("acme"), aFollow("Initech")],
      lastMessageByKey: new Map([
        ["in/ana-silva", "2026-10-30"],
        ["in/new-one", "2026-09-30"],
      ]),
    });
    const first = plan(rows, linkedIn);
    expect(first.changes).toHaveLength(4);
    expect(first.newRows).toHaveLength(3);
    const second = plan(applyPlan(rows, first), linkedIn);
    expect(second.changes).toEqual([]);
    expect(second.newRows).toEqual([]);
    expect(second.report.unchanged).toBe(7);
  });
});

const BO_URL = "https://www.linkedin.com/in/bo-chen";
