import { describe, expect, it } from "vitest";
import type { DateColumn } from "../../shared/contacts/columns.js";
import { type Day, dayFromIso } from "../../shared/contacts/days.js";
import type { Status } from "../../shared/contacts/enums.js";
import { type Cells, daysAfter, daysAgo, TODAY } from "../support/a-contact.js";
import { recordOne, recordRows } from "../support/record-rows.js";

const day = (iso: string) => dayFromIso(iso) as Day;
const D = daysAgo(2);

/** RULES.md §0, the effects table: every line, with the Status it is applied from. */
const EFFECTS: [string, Status | "", Status | undefined, DateColumn[]][] = [
  ["Connect", "", "Request sent", ["requestedOn"]],
  ["Connect", "Following", "Request sent", ["requestedOn"]],
  ["Connect later", "Not connected", "Request sent", ["requestedOn"]],
  ["Connect later", "Following", "Request sent", ["requestedOn"]],
  ["Follow", "Not connected", "Following", ["followedOn"]],
  ["Follow", "Withdrawn", "Following", ["followedOn"]],
  ["Accept", "Incoming request", "Connected", ["connectedOn"]],
  ["Decline", "Incoming request", "Declined", []],
  ["Follow up", "Request sent", undefined, ["followedUpOn"]],
  ["Withdraw request", "Request sent", "Withdrawn", []],
  ["Unfollow", "Following", "Not connected", []],
  ["Check in", "Connected", undefined, ["lastInteraction"]],
  ["Check in later", "Connected", undefined, ["lastInteraction"]],
  ["Congratulate", "Connected", undefined, ["lastInteraction"]],
  ["Ask for informational interview", "Connected", undefined, ["lastInteraction", "askedForInterviewOn"]],
  ["Engage", "Connected", undefined, ["lastInteraction"]],
  ["Engage", "Following", undefined, ["lastInteraction"]],
];

describe("Done (RULES.md §0)", () => {
  it.each(EFFECTS)("records %s done on a row with Status %j", (action, status, written, dates) => {
    // Rows whose Status needs a date have it, so that only the Done writes.
    const cells: Cells = {
      status,
      done: D,
      requestedOn: status === "Request sent" ? daysAgo(30) : undefined,
      followedOn: status === "Following" ? daysAgo(30) : undefined,
    };
    const changes = recordOne(cells, action);
    expect(changes).toMatchObject({ clearDone: true, recorded: action });
    expect(changes?.status).toBe(written);
    expect(Object.keys(changes?.dates ?? {}).sort()).toEqual([...dates].sort());
    for (const column of dates) expect(changes?.dates[column]).toBe(day(D));
  });

  it("records a Follow on a company too", () => {
    const changes = recordOne({ type: "Company", done: "x" }, "Follow");
    expect(changes).toMatchObject({ status: "Following", dates: { followedOn: day(TODAY) } });
  });

  it("takes a tick as done today", () => {
    expect(recordOne({ done: true }, "Connect")?.dates.requestedOn).toBe(day(TODAY));
    expect(recordOne({ done: "✓" }, "Connect")?.dates.requestedOn).toBe(day(TODAY));
  });

  it("evaluates the row on its updated cells", () => {
    const { rows } = recordRows([{ cells: { relationship: "Met in person", done: D }, action: "Connect" }]);
    const row = rows[0];
    expect(row?.kind === "contact" && row.contact).toMatchObject({
      status: "Request sent",
      requestedOn: day(D),
      done: undefined,
    });
  });

  it.each<[string, Cells, string]>([
    ["the Status was changed by hand", { status: "Connected" }, "Connect"],
    ["the Status does not fit the action", { status: "Following", followedOn: daysAgo(9) }, "Follow up"],
    ["the action needs your own decision (Review request)", { status: "Incoming request" }, "Review request"],
    ["the action needs your own decision (Fix row)", {}, "Fix row"],
    ["the action in the sheet is blank", {}, ""],
    ["the action in the sheet is unknown", {}, "Call them"],
  ])("only clears Done when %s", (_, cells, action) => {
    expect(recordOne({ ...cells, done: "Yes" }, action)).toEqual({ dates: {}, clearDone: true });
  });

  it("reads the action in the sheet whatever its case and spaces", () => {
    expect(recordOne({ done: "Yes", status: "Connected" }, "  check IN ")?.recorded).toBe("Check in");
  });

  it("never moves a date back, and writes over an earlier one", () => {
    const later = recordOne(
      { status: "Connected", lastInteraction: daysAgo(1), done: daysAgo(5) },
      "Check in",
    );
    expect(later).toEqual({ dates: {}, clearDone: true, recorded: "Check in" });
    const earlier = recordOne(
      { status: "Connected", lastInteraction: daysAgo(9), done: daysAgo(5) },
      "Check in",
    );
    expect(earlier?.dates).toEqual({ lastInteraction: day(daysAgo(5)) });
  });

  it("leaves a date cell it cannot read for the row check", () => {
    const changes = recordOne({ status: "Connected", lastInteraction: "recently", done: "Yes" }, "Check in");
    expect(changes).toEqual({ dates: {}, clearDone: true, recorded: "Check in" });
  });

  it("does not apply an effect on a Status it cannot read", () => {
    expect(recordOne({ status: "Pendng", done: "Yes" }, "Follow up")).toEqual({ dates: {}, clearDone: true });
  });

  it.each<[string, Cells["done"]]>([
    ["blank", ""],
    ["No", "No"],
    ["an unticked checkbox", false],
    ["unreadable: neither applied nor cleared", "maybe"],
    ["a date after today: neither applied nor cleared", daysAfter(1)],
  ])("does nothing with a Done %s", (_, done) => {
    expect(recordOne({ done }, "Connect")).toBeUndefined();
  });
});

describe("dates Tend fills in (RULES.md §0)", () => {
  it.each<[string, Cells, DateColumn]>([
    ["Status Request sent, Requested on blank", { status: "Request sent" }, "requestedOn"],
    ["Status Following, Followed on blank", { status: "Following" }, "followedOn"],
    ["Milestone filled, Milestone on blank", { status: "Connected", milestone: "New role" }, "milestoneOn"],
    ["Recent post filled, Recent post on blank", { recentPost: "AI agents" }, "recentPostOn"],
  ])("fills today into the blank date: %s", (_, cells, column) => {
    expect(recordOne(cells)).toEqual({ dates: { [column]: day(TODAY) }, clearDone: false });
  });

  it.each<[string, Cells]>([
    ["the date is already there", { status: "Request sent", requestedOn: daysAgo(3) }],
    ["another Status", { status: "Connected" }],
    ["Milestone blank", { milestoneOn: daysAgo(3) }],
    ["a row that needs fixing", { status: "Following", aligned: "Perhaps" }],
    ["a row with an unreadable date", { recentPost: "AI", recentPostOn: "soon" }],
  ])("fills nothing when %s", (_, cells) => {
    expect(recordOne(cells)).toBeUndefined();
  });

  it("fills nothing into a duplicate row", () => {
    const url = "https://www.linkedin.com/in/twice";
    const { changes } = recordRows([
      { cells: { linkedinUrl: url, recentPost: "AI" } },
      { cells: { linkedinUrl: url, recentPost: "AI" } },
    ]);
    expect(changes[0]?.dates).toEqual({ recentPostOn: day(TODAY) });
    expect(changes[1]).toBeUndefined();
  });

  it("fills the dates of a row after its Done", () => {
    const changes = recordOne({ status: "Following", done: D, recentPost: "AI" }, "Unfollow");
    expect(changes).toEqual({
      status: "Not connected",
      dates: { recentPostOn: day(TODAY) },
      clearDone: true,
      recorded: "Unfollow",
    });
  });

  it("fills a snoozed row too", () => {
    expect(recordOne({ status: "Following", snoozeUntil: daysAfter(5) })?.dates).toEqual({
      followedOn: day(TODAY),
    });
  });
});
