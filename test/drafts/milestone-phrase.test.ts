import { describe, expect, it } from "vitest";
import { type MilestoneKind, milestonePhrase } from "../../shared/drafts/milestone-phrase.js";
import { newRoleMilestone } from "../../shared/import/job-change.js";

describe(milestonePhrase, () => {
  it.each<[string, MilestoneKind, string]>([
    [
      "New role: Head of Design at Contoso",
      "new role",
      "congratulations on your new role as Head of Design at Contoso",
    ],
    ["New role:  at Contoso", "new role", "congratulations on your new role at Contoso"],
    ["New role: CTO at ", "new role", "congratulations on your new role as CTO"],
    [
      "Started a new position as Staff Engineer at Globex",
      "new role",
      "congratulations on your new role as Staff Engineer at Globex",
    ],
    [
      "New position: Staff Engineer at Globex",
      "new role",
      "congratulations on your new role as Staff Engineer at Globex",
    ],
    [
      "Joined Contoso as Head of Design",
      "new role",
      "congratulations on your new role as Head of Design at Contoso",
    ],
    ["Joined Contoso", "new role", "congratulations on joining Contoso"],
    ["new role as CTO", "new role", "congratulations on your new role as CTO"],
    ["Promoted to VP Engineering", "promotion", "congratulations on your promotion to VP Engineering"],
    [
      "Got promoted to Director at Acme!",
      "promotion",
      "congratulations on your promotion to Director at Acme",
    ],
    ["5 years at Contoso", "work anniversary", "congratulations on five years at Contoso"],
    ["1 year at Contoso", "work anniversary", "congratulations on one year at Contoso"],
    ["Celebrating 10 years with Acme 🎉", "work anniversary", "congratulations on ten years with Acme"],
    ["3-year work anniversary", "work anniversary", "congratulations on your three-year work anniversary"],
    ["launched our new product", "launch", "congratulations on launching your new product"],
    ["Launched Acme 2.0!", "launch", "congratulations on launching Acme 2.0"],
    ["We launched my first course", "launch", "congratulations on launching your first course"],
    ["raised a Series A", "funding", "congratulations on the Series A"],
    ["closed our seed round", "funding", "congratulations on the seed round"],
    ["Raised $5M", "funding", "congratulations on raising $5M"],
    ["won the Design award", "award", "congratulations on winning the Design award"],
    ["Named to Forbes 30 Under 30", "award", "congratulations on being named to Forbes 30 Under 30"],
    ["Moved to Lisbon", "other", "I saw your news (Moved to Lisbon) and wanted to say congratulations"],
    ["Got married!", "other", "I saw your news (Got married) and wanted to say congratulations"],
    ["", "none", "congratulations"],
  ])("says %j (%s) as %j", (text, kind, phrase) => {
    expect(milestonePhrase(text)).toEqual({ kind, phrase });
  });

  it("reads every Milestone the import writes for a job change as a new role", () => {
    expect(milestonePhrase(newRoleMilestone("Head of Design", "Contoso"))).toEqual({
      kind: "new role",
      phrase: "congratulations on your new role as Head of Design at Contoso",
    });
  });

  it.each([
    "New role: Head of Design at Contoso",
    "Promoted to VP Engineering",
    "Moved to Lisbon",
    "Got married!",
  ])("never says 'congratulations on' followed by the label itself, for %j", (text) => {
    expect(milestonePhrase(text).phrase.toLowerCase()).not.toContain(
      `congratulations on ${text.toLowerCase()}`,
    );
  });
});
