import { describe, expect, it } from "vitest";
import { type Cells, daysAgo } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { type EvaluateOptions, evaluateOne } from "../support/evaluate-rows.js";

const connected = (cells: Cells, options: EvaluateOptions = {}) =>
  evaluateOne({ status: "Connected", ...cells }, options);

const jobSearch: EvaluateOptions = { settings: { "Job search": "Yes", "Target companies": "Acme, Globex" } };

describe("Connected (RULES.md §3)", () => {
  describe("Aligned No", () => {
    it("suggests reviewing the connection, before any other line", () => {
      const suggestion = connected(
        { aligned: "No", milestone: "New role", relationship: "Worked together", company: "Acme" },
        jobSearch,
      );
      expect(suggestion.action).toBe("Review connection");
      expect(suggestion.why).toMatchInlineSnapshot(
        `"Connected but marked as not aligned with your goals: consider removing the connection"`,
      );
    });
  });

  describe("Congratulate", () => {
    it.each(
      cellsLast<Cells, [string]>([
        ["Milestone on blank, Last interaction blank", { milestone: "New role" }, "Congratulate"],
        [
          "Milestone on blank, last interaction 31 days ago",
          { milestone: "New role", lastInteraction: daysAgo(31) },
          "Congratulate",
        ],
        // Milestone on blank reads as today: Tend fills it in (RULES.md §0), once per milestone.
        [
          "Milestone on blank, last interaction exactly 30 days ago",
          { milestone: "New role", lastInteraction: daysAgo(30) },
          "Congratulate",
        ],
        [
          "Milestone on blank, last interaction today",
          { milestone: "New role", lastInteraction: daysAgo(0) },
          "No action",
        ],
        ["Milestone on today", { milestone: "New role", milestoneOn: daysAgo(0) }, "Congratulate"],
        [
          "Milestone on exactly 60 days ago",
          { milestone: "New role", milestoneOn: daysAgo(60) },
          "Congratulate",
        ],
        [
          "Milestone on 61 days ago",
          { milestone: "New role", milestoneOn: daysAgo(61), connectedOn: daysAgo(61) },
          "No action",
        ],
        [
          "last interaction the day before the milestone",
          { milestone: "New role", milestoneOn: daysAgo(10), lastInteraction: daysAgo(11) },
          "Congratulate",
        ],
        [
          "last interaction on the milestone day",
          { milestone: "New role", milestoneOn: daysAgo(10), lastInteraction: daysAgo(10) },
          "No action",
        ],
        [
          "last interaction after the milestone",
          { milestone: "New role", milestoneOn: daysAgo(10), lastInteraction: daysAgo(2) },
          "No action",
        ],
        [
          "Connected on after the milestone does not count as an interaction",
          { milestone: "New role", milestoneOn: daysAgo(10), connectedOn: daysAgo(2) },
          "Congratulate",
        ],
        [
          "Milestone blank, Milestone on filled",
          { milestoneOn: daysAgo(3), connectedOn: daysAgo(3) },
          "No action",
        ],
      ]),
    )("%s: %s", (_, action, cells) => {
      expect(connected(cells).action).toBe(action);
    });

    it("says the milestone as a sentence with its date", () => {
      expect(connected({ milestone: "Promoted to VP", milestoneOn: "2026-11-02" }).why).toMatchInlineSnapshot(
        `"They were promoted to VP on 2026-11-02 and you have not been in touch since"`,
      );
      expect(
        connected({ milestone: "New role: Head of Design at Contoso", milestoneOn: "2026-11-02" }).why,
      ).toMatchInlineSnapshot(
        `"They started a new role as Head of Design at Contoso on 2026-11-02 and you have not been in touch since"`,
      );
      expect(
        connected({ milestone: "Launched Widget 2.0", milestoneOn: "2026-11-02" }).why,
      ).toMatchInlineSnapshot(
        `"They shared news on 2026-11-02 (Launched Widget 2.0) and you have not been in touch since"`,
      );
    });

    it("is due on Milestone on", () => {
      expect(connected({ milestone: "New role", milestoneOn: daysAgo(12) }).due).toBe(daysAgo(12));
    });
  });

  describe("Check in", () => {
    it.each(
      cellsLast<Cells, [string]>([
        [
          "Aligned Yes, last touch exactly 90 days ago",
          { aligned: "Yes", connectedOn: daysAgo(90) },
          "Check in",
        ],
        ["Aligned Yes, last touch 89 days ago", { aligned: "Yes", connectedOn: daysAgo(89) }, "No action"],
        ["Aligned Yes, last touch blank", { aligned: "Yes" }, "Check in"],
        ["known, last touch blank", { relationship: "Interacted online" }, "Check in"],
        [
          "known, connected long ago",
          { relationship: "Met in person", connectedOn: daysAgo(400) },
          "Check in",
        ],
        [
          "Keep in touch (days) 30, exactly 30 days ago",
          { keepInTouchDays: 30, connectedOn: daysAgo(30) },
          "Check in",
        ],
        [
          "Keep in touch (days) 30, 29 days ago",
          { keepInTouchDays: "30", connectedOn: daysAgo(29) },
          "No action",
        ],
        [
          "Keep in touch (days) 180 overrides the setting",
          { aligned: "Yes", keepInTouchDays: 180, connectedOn: daysAgo(100) },
          "No action",
        ],
        ["Last interaction filled 90 days ago", { lastInteraction: daysAgo(90) }, "Check in"],
        [
          "last touch is the later of Last interaction and Connected on",
          { relationship: "Classmate", lastInteraction: daysAgo(300), connectedOn: daysAgo(10) },
          "No action",
        ],
        [
          "not nagged: no relationship, nothing said, connected long ago",
          { connectedOn: daysAgo(400) },
          "No action",
        ],
        ["not nagged: no relationship, nothing said, last touch blank", {}, "No action"],
        [
          "not nagged: Admire their work is not known",
          { relationship: "Admire their work", connectedOn: daysAgo(400) },
          "No action",
        ],
        [
          "not nagged: Aligned blank is not Yes",
          { aligned: undefined, connectedOn: daysAgo(400) },
          "No action",
        ],
      ]),
    )("%s: %s", (_, action, cells) => {
      expect(connected(cells).action).toBe(action);
    });

    it("comes after the informational interview", () => {
      expect(connected({ aligned: "Yes", company: "Acme" }, jobSearch).action).toBe(
        "Ask for informational interview",
      );
    });

    it("explains the cadence with the date of the last contact", () => {
      expect(connected({ aligned: "Yes", lastInteraction: "2026-06-01" }).why).toMatchInlineSnapshot(
        `"Your last contact was on 2026-06-01 and you keep in touch every 90 days"`,
      );
      expect(connected({ relationship: "Classmate" }).why).toMatchInlineSnapshot(
        `"You have no recorded contact with them yet and you keep in touch every 90 days"`,
      );
    });
  });

  it("otherwise suggests no action", () => {
    const suggestion = connected({ connectedOn: "2026-11-01", relationship: "Classmate" });
    expect(suggestion).toMatchObject({ action: "No action", due: "", priority: "Low", draft: "" });
    expect(suggestion.why).toMatchInlineSnapshot(
      `"Connected and nothing to do now (last contact 2026-11-01)"`,
    );
  });

  it.each([
    ["a Connected on", { connectedOn: "2024-02-05" }, "Connected on 2024-02-05, nothing to do"],
    ["no dates", { connectedOn: undefined }, "Connected, nothing to do"],
  ])(
    "says how to get check-ins with a connection nothing is known about, quoting only %s of the row",
    (_, cells, start) => {
      const suggestion = connected(cells);
      expect(suggestion.action).toBe("No action");
      expect(suggestion.why).toBe(
        `${start}: fill Relationship or Aligned (or Keep in touch) to get check-ins with them`,
      );
    },
  );

  it("reads the 1st synonym as Connected", () => {
    expect(evaluateOne({ status: "1st", aligned: "N" }).action).toBe("Review connection");
  });
});
