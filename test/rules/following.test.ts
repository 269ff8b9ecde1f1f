import { describe, expect, it } from "vitest";
import { type Cells, daysAgo } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { evaluateOne } from "../support/evaluate-rows.js";

const following = (cells: Cells) => evaluateOne({ status: "Following", ...cells });

const watchedAndEngaged: Cells = { aligned: "Yes", followedOn: daysAgo(30), lastInteraction: daysAgo(3) };

describe("Following a person (RULES.md §3)", () => {
  it.each(
    cellsLast<Cells, [string]>([
      ["Aligned No, even when known", { aligned: "No", relationship: "Worked together" }, "Unfollow"],
      ["known (Worked together)", { relationship: "Worked together" }, "Connect"],
      [
        "known (Interacted online), just followed",
        { relationship: "Interacted online", followedOn: daysAgo(0) },
        "Connect",
      ],
      ["aligned, followed exactly 30 days ago, interacted", watchedAndEngaged, "Connect"],
      [
        "aligned, followed 29 days ago, interacted",
        { ...watchedAndEngaged, followedOn: daysAgo(29) },
        "No action",
      ],
      [
        "aligned, followed long ago, never interacted",
        { ...watchedAndEngaged, lastInteraction: undefined },
        "No action",
      ],
      [
        "Aligned blank, followed long ago, interacted",
        { ...watchedAndEngaged, aligned: undefined },
        "No action",
      ],
      [
        "aligned, Followed on blank, interacted",
        { ...watchedAndEngaged, followedOn: undefined },
        "No action",
      ],
      [
        "not ready to connect, with a recent post",
        { ...watchedAndEngaged, followedOn: daysAgo(5), recentPost: "AI" },
        "Engage",
      ],
      [
        "Recent post filled, Recent post on blank (Tend fills today)",
        { recentPost: "design systems" },
        "Engage",
      ],
      ["a post exactly 30 days old", { recentPost: "design systems", recentPostOn: daysAgo(30) }, "Engage"],
      [
        "a post 31 days old is not fresh",
        { recentPost: "design systems", recentPostOn: daysAgo(31) },
        "No action",
      ],
      [
        "interacted before the post",
        { recentPost: "design systems", recentPostOn: daysAgo(5), lastInteraction: daysAgo(6) },
        "Engage",
      ],
      [
        "interacted on the day of the post: once per post",
        { recentPost: "design systems", recentPostOn: daysAgo(5), lastInteraction: daysAgo(5) },
        "No action",
      ],
      ["Recent post on filled, Recent post blank", { recentPostOn: daysAgo(5) }, "No action"],
      ["nothing else", { followedOn: daysAgo(100) }, "No action"],
    ]),
  )("%s: %s", (_, action, cells) => {
    expect(following(cells).action).toBe(action);
  });

  it("explains each suggestion", () => {
    expect(following({ aligned: "No" }).why).toMatchInlineSnapshot(
      `"You follow them but marked them as not aligned with your goals"`,
    );
    expect(following({ relationship: "Met in person" }).why).toMatchInlineSnapshot(
      `"You follow them and know them (Met in person): connect"`,
    );
    expect(
      following({ aligned: "Yes", followedOn: "2026-09-01", lastInteraction: "2026-11-20" }).why,
    ).toMatchInlineSnapshot(
      `"Following since 2026-09-01, aligned with your goals, and you have interacted (2026-11-20): time to connect"`,
    );
    expect(following({ recentPost: "design systems", recentPostOn: "2026-11-20" }).why).toMatchInlineSnapshot(
      `"They posted about design systems on 2026-11-20: comment on it or share it"`,
    );
    expect(following({}).why).toMatchInlineSnapshot(`"Keep following their updates"`);
  });
});
