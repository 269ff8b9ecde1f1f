import { describe, expect, it } from "vitest";
import { type DoneSummary, doneLine } from "../../shared/run/done-summary.js";

describe(doneLine, () => {
  it.each<[DoneSummary, string | undefined]>([
    [{ recorded: {}, clearedOnly: 0 }, undefined],
    [
      { recorded: { Connect: 1, "Connect later": 1, "Follow up": 1, "Check in": 2 }, clearedOnly: 0 },
      "Recorded 5 done: 2 requests sent, 1 follow-up, 2 check-ins",
    ],
    [
      { recorded: { Accept: 1, Engage: 3 }, clearedOnly: 0 },
      "Recorded 4 done: 1 request accepted, 3 comments",
    ],
    [
      { recorded: { "Ask for informational interview": 1 }, clearedOnly: 1 },
      "Recorded 1 done: 1 interview ask (1 Done mark cleared with nothing to record: the Suggested action needed your own update)",
    ],
    [
      { recorded: {}, clearedOnly: 2 },
      "Recorded no done (2 Done marks cleared with nothing to record: the Suggested action needed your own update)",
    ],
  ])("says what was recorded (%j)", (summary, line) => {
    expect(doneLine(summary)).toBe(line);
  });
});
