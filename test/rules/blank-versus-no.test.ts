import { describe, expect, it } from "vitest";
import { aCompany, type Cells, daysAgo } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { evaluateOne, evaluateRows } from "../support/evaluate-rows.js";

/** Blank means "not known yet" (CONTACTS.md), which is never the same as No. */
describe("blank versus No", () => {
  it.each(
    cellsLast<Cells, [string, string]>([
      [
        "an incoming request with enough mutuals",
        { status: "Incoming request", mutualConnections: 5 },
        "Accept",
        "Decline",
      ],
      [
        "a connection due for a check-in",
        { status: "Connected", lastInteraction: daysAgo(200) },
        "Check in",
        "Review connection",
      ],
      ["a person you follow who posted", { status: "Following", recentPost: "AI" }, "Engage", "Unfollow"],
      ["a withdrawn request", { status: "Withdrawn" }, "No action", "No action"],
      ["a stranger", {}, "Hold off", "Hold off"],
    ]),
  )("%s: Aligned blank gives %s, Aligned No gives %s", (_, blank, no, cells) => {
    expect(evaluateOne(cells).action).toBe(blank);
    expect(evaluateOne({ ...cells, aligned: "No" }).action).toBe(no);
  });

  it("asks a stranger's row for Relationship or Aligned when Aligned is blank, not when it is No", () => {
    expect(evaluateOne({}).why).toContain("fill Relationship or Aligned");
    expect(evaluateOne({ aligned: "No" }).why).not.toContain("fill Relationship or Aligned");
  });

  it("suggests following instead of an unanswered request when Aligned is blank, not when it is No", () => {
    const row = { status: "Request sent", requestedOn: daysAgo(60), followedUpOn: daysAgo(30) };
    expect(evaluateOne(row).why).toContain("follow them instead");
    expect(evaluateOne({ ...row, aligned: "No" }).why).not.toContain("follow them instead");
  });

  it("treats a followed company with Aligned blank as fine and Aligned No as one to unfollow", () => {
    const actions = evaluateRows([
      aCompany({ status: "Following" }),
      aCompany({ status: "Following", aligned: "No" }),
    ]).map((suggestion) => suggestion?.action);
    expect(actions).toEqual(["No action", "Unfollow"]);
  });

  it("counts blank Mutual connections as 0 for incoming requests", () => {
    const vague = { status: "Incoming request", profile: "Vague" };
    expect(evaluateOne(vague).action).toBe(evaluateOne({ ...vague, mutualConnections: 0 }).action);
    const minZero = { settings: { "Min mutual connections": "0" } };
    expect(evaluateOne({ status: "Incoming request" }, minZero).action).toBe("Accept");
  });

  it.each<[string, Cells, Cells]>([
    ["Status blank is Not connected", { status: "" }, { status: "Not connected" }],
    [
      "Relationship blank is None",
      { relationship: "", aligned: "Yes" },
      { relationship: "None", aligned: "Yes" },
    ],
    [
      "Type blank is Person",
      { type: "", relationship: "Classmate" },
      { type: "Person", relationship: "Classmate" },
    ],
  ])("%s", (_, blank, spelled) => {
    expect(evaluateOne(blank)).toEqual(evaluateOne(spelled));
  });
});
