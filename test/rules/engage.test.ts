import { describe, expect, it } from "vitest";
import { type Cells, daysAgo } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { evaluateOne } from "../support/evaluate-rows.js";

const connected = (cells: Cells) => evaluateOne({ status: "Connected", ...cells });

describe("Connected (RULES.md §3)", () => {
  describe("Engage", () => {
    it.each(
      cellsLast<Cells, [string]>([
        [
          "Recent post, Last interaction blank",
          { recentPost: "remote teams", connectedOn: daysAgo(5) },
          "Engage",
        ],
        [
          "Recent post, last interaction 15 days ago",
          { recentPost: "remote teams", lastInteraction: daysAgo(15) },
          "Engage",
        ],
        // Recent post on blank reads as today: Tend fills it in (RULES.md §0), once per post.
        [
          "Recent post, last interaction yesterday, Recent post on blank",
          { recentPost: "remote teams", lastInteraction: daysAgo(1) },
          "Engage",
        ],
        [
          "a post exactly 30 days old",
          { recentPost: "remote teams", recentPostOn: daysAgo(30), connectedOn: daysAgo(40) },
          "Engage",
        ],
        [
          "a post 31 days old",
          { recentPost: "remote teams", recentPostOn: daysAgo(31), connectedOn: daysAgo(40) },
          "No action",
        ],
        [
          "last interaction the day before the post",
          { recentPost: "remote teams", recentPostOn: daysAgo(10), lastInteraction: daysAgo(11) },
          "Engage",
        ],
        [
          "once per post: last interaction on the day of the post",
          { recentPost: "remote teams", recentPostOn: daysAgo(10), lastInteraction: daysAgo(10) },
          "No action",
        ],
        [
          "once per post: last interaction after the post",
          { recentPost: "remote teams", recentPostOn: daysAgo(10), lastInteraction: daysAgo(3) },
          "No action",
        ],
        ["Recent post blank", { connectedOn: daysAgo(5) }, "No action"],
        ["after Check in", { recentPost: "remote teams", aligned: "Yes" }, "Check in"],
      ]),
    )("%s: %s", (_, action, cells) => {
      expect(connected(cells).action).toBe(action);
    });

    it("names the post and its day, and is due that day", () => {
      const suggestion = connected({ recentPost: "remote teams", recentPostOn: "2026-11-20" });
      expect(suggestion.why).toMatchInlineSnapshot(
        `"They posted about remote teams on 2026-11-20: comment on it or share it"`,
      );
      expect(suggestion.due).toBe("2026-11-20");
    });
  });
});
