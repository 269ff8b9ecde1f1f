import { describe, expect, it } from "vitest";
import type { Cells } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { evaluateOne } from "../support/evaluate-rows.js";

const incoming = (cells: Cells) => evaluateOne({ status: "Incoming request", ...cells });

describe("Incoming request (RULES.md §3)", () => {
  it.each(
    cellsLast<Cells, [string]>([
      // known
      [
        "known (Met in person), even with a suspicious profile",
        { relationship: "Met in person", profile: "Suspicious" },
        "Accept",
      ],
      [
        "known (Worked together), even when not aligned",
        { relationship: "Worked together", aligned: "No" },
        "Accept",
      ],
      ["known (Classmate)", { relationship: "Classmate" }, "Accept"],
      [
        "known (Interacted online), vague with no mutuals",
        { relationship: "Interacted online", profile: "Vague" },
        "Accept",
      ],
      // Profile Suspicious
      [
        "a suspicious profile with many mutuals",
        { profile: "Suspicious", mutualConnections: 50, aligned: "Yes" },
        "Decline",
      ],
      [
        "Admire their work is not known",
        { relationship: "Admire their work", profile: "Suspicious" },
        "Decline",
      ],
      // Aligned No
      [
        "not aligned, complete profile, many mutuals",
        { aligned: "No", profile: "Complete", mutualConnections: 10 },
        "Decline",
      ],
      // Vague and below the minimum
      ["vague with 2 mutuals (below 3)", { profile: "Vague", mutualConnections: 2 }, "Decline"],
      ["vague with blank mutuals (counts as 0)", { profile: "Vague" }, "Decline"],
      // enough mutuals and not vague
      ["exactly 3 mutuals, profile not reviewed", { mutualConnections: 3 }, "Accept"],
      ["3 mutuals, complete profile", { mutualConnections: "3", profile: "Complete" }, "Accept"],
      ["many mutuals, aligned", { mutualConnections: 40, aligned: "Yes" }, "Accept"],
      // otherwise
      ["vague with exactly 3 mutuals", { profile: "Vague", mutualConnections: 3 }, "Review request"],
      ["2 mutuals, complete profile", { mutualConnections: 2, profile: "Complete" }, "Review request"],
      ["blank mutuals counts as 0, not as unknown", {}, "Review request"],
      ["0 mutuals, aligned", { mutualConnections: 0, aligned: "Yes" }, "Review request"],
    ]),
  )("%s: %s", (_, action, cells) => {
    expect(incoming(cells).action).toBe(action);
  });

  it("tells blank Aligned (unknown) apart from No", () => {
    expect(incoming({ mutualConnections: 5 }).action).toBe("Accept");
    expect(incoming({ mutualConnections: 5, aligned: "No" }).action).toBe("Decline");
  });

  it("explains each incoming-request suggestion", () => {
    expect(incoming({ relationship: "Classmate" }).why).toMatchInlineSnapshot(
      `"They asked to connect and you know them (Classmate)"`,
    );
    expect(incoming({ profile: "Suspicious" }).why).toMatchInlineSnapshot(`"Their profile looks suspicious"`);
    expect(incoming({ aligned: "No" }).why).toMatchInlineSnapshot(
      `"Their work does not fit your goals (Aligned: No)"`,
    );
    expect(incoming({ profile: "Vague", mutualConnections: 1 }).why).toMatchInlineSnapshot(
      `"Their profile is vague and you share 1 mutual connection (fewer than 3)"`,
    );
    expect(incoming({ mutualConnections: 4 }).why).toMatchInlineSnapshot(
      `"You share 4 mutual connections (at least 3) and nothing about them is off"`,
    );
    expect(incoming({}).why).toMatchInlineSnapshot(
      `"A stranger asked to connect: fill the Profile column (Complete, Vague or Suspicious) after looking at their profile, mutual connections and activity"`,
    );
  });
});
