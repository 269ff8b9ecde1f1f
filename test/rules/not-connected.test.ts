import { describe, expect, it } from "vitest";
import type { Cells } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { evaluateOne } from "../support/evaluate-rows.js";

describe("Not connected (RULES.md §3, blank Status)", () => {
  it.each(
    cellsLast<Cells, [string]>([
      // Aligned No comes first (second version): hold off even with people you know.
      ["Aligned No, even when known", { relationship: "Met in person", aligned: "No" }, "Hold off"],
      ["known (Met in person)", { relationship: "Met in person" }, "Connect"],
      ["known (Worked together)", { relationship: "Worked together" }, "Connect"],
      ["known (Classmate)", { relationship: "Classmate" }, "Connect"],
      ["known (Interacted online)", { relationship: "Interacted online" }, "Connect"],
      ["Admire their work, Aligned No", { relationship: "Admire their work", aligned: "No" }, "Hold off"],
      ["Admire their work", { relationship: "Admire their work" }, "Follow"],
      ["Admire their work, Aligned Yes", { relationship: "Admire their work", aligned: "Yes" }, "Follow"],
      ["Aligned No", { aligned: "No" }, "Hold off"],
      ["Aligned Yes", { aligned: "Yes" }, "Follow"],
      ["Relationship None, Aligned blank", { relationship: "None" }, "Hold off"],
      ["Relationship blank, Aligned blank", {}, "Hold off"],
    ]),
  )("%s: %s", (_, action, cells) => {
    expect(evaluateOne(cells).action).toBe(action);
  });

  it.each(["", "Not connected", "not connected", "None"])("reads Status %j as Not connected", (status) => {
    expect(evaluateOne({ status, relationship: "Classmate" }).action).toBe("Connect");
  });

  it("explains each suggestion", () => {
    expect(evaluateOne({ relationship: "Worked together" }).why).toMatchInlineSnapshot(
      `"You know them (Worked together): send a personal connection request"`,
    );
    expect(evaluateOne({ relationship: "Admire their work" }).why).toMatchInlineSnapshot(
      `"You admire their work: follow them for their updates before connecting"`,
    );
    expect(evaluateOne({ aligned: "No" }).why).toMatchInlineSnapshot(`"Not aligned with your goals"`);
    expect(evaluateOne({ aligned: "No", relationship: "Classmate" }).why).toMatchInlineSnapshot(
      `"Not aligned with your goals, so hold off even though you know them (Classmate)"`,
    );
    expect(evaluateOne({ aligned: "No", relationship: "Admire their work" }).why).toMatchInlineSnapshot(
      `"Not aligned with your goals, so hold off even though you admire their work"`,
    );
    expect(evaluateOne({ aligned: "Yes" }).why).toMatchInlineSnapshot(
      `"Aligned with your goals but you do not know them yet: follow first and observe before connecting"`,
    );
    expect(evaluateOne({}).why).toMatchInlineSnapshot(
      `"No relationship and no stated fit yet: fill Relationship or Aligned"`,
    );
  });
});

describe("Withdrawn (RULES.md §3)", () => {
  it.each(
    cellsLast<Cells, [string]>([
      ["Aligned Yes", { aligned: "Yes" }, "Follow"],
      ["Aligned blank", {}, "No action"],
      ["Aligned No", { aligned: "No" }, "No action"],
      ["known: never suggested again", { relationship: "Worked together", aligned: "No" }, "No action"],
    ]),
  )("%s: %s", (_, action, cells) => {
    expect(evaluateOne({ status: "Withdrawn", ...cells }).action).toBe(action);
  });

  it("explains why the request is not suggested again", () => {
    expect(evaluateOne({ status: "Withdrawn", aligned: "Yes" }).why).toMatchInlineSnapshot(
      `"Your request was withdrawn and their work fits your goals: follow them to keep up"`,
    );
    expect(evaluateOne({ status: "Withdrawn" }).why).toMatchInlineSnapshot(
      `"Your request was withdrawn; it is not suggested again"`,
    );
  });
});

describe("Declined (RULES.md §3)", () => {
  it.each<Cells>([
    {},
    { aligned: "Yes", relationship: "Worked together" },
    { aligned: "No", recentPost: "AI" },
  ])("suggests no action (%o)", (cells) => {
    expect(evaluateOne({ status: "Declined", ...cells }).action).toBe("No action");
  });

  it("says they declined", () => {
    expect(evaluateOne({ status: "Declined" }).why).toMatchInlineSnapshot(`"They declined your request"`);
  });
});
