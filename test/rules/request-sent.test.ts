import { describe, expect, it } from "vitest";
import { type Cells, daysAfter, daysAgo, TODAY } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { evaluateOne } from "../support/evaluate-rows.js";

const sent = (cells: Cells) => evaluateOne({ status: "Request sent", ...cells });

describe("Request sent (RULES.md §3)", () => {
  it.each(
    cellsLast<Cells, [string, string]>([
      ["waits 20 days after the request", { requestedOn: daysAgo(20) }, "Wait", daysAfter(1)],
      ["waits on the day of the request", { requestedOn: daysAgo(0) }, "Wait", daysAfter(21)],
      ["follows up exactly 21 days after the request", { requestedOn: daysAgo(21) }, "Follow up", TODAY],
      ["follows up long after the request", { requestedOn: daysAgo(200) }, "Follow up", TODAY],
      [
        "waits 20 days after the follow-up",
        { requestedOn: daysAgo(45), followedUpOn: daysAgo(20) },
        "Wait",
        daysAfter(1),
      ],
      [
        "waits on the day of the follow-up",
        { requestedOn: daysAgo(30), followedUpOn: daysAgo(0) },
        "Wait",
        daysAfter(21),
      ],
      [
        "withdraws exactly 21 days after the follow-up",
        { requestedOn: daysAgo(45), followedUpOn: daysAgo(21) },
        "Withdraw request",
        TODAY,
      ],
      [
        "withdraws long after the follow-up",
        { requestedOn: daysAgo(100), followedUpOn: daysAgo(70) },
        "Withdraw request",
        TODAY,
      ],
    ]),
  )("%s: %s due %s", (_, action, due, cells) => {
    const suggestion = sent(cells);
    expect(suggestion.action).toBe(action);
    expect(suggestion.due).toBe(due);
  });

  it("suggests Follow up three weeks after an unanswered request", () => {
    const suggestion = sent({ requestedOn: "2026-11-09" });
    expect(suggestion).toMatchObject({ action: "Follow up", priority: "High", due: TODAY });
    expect(suggestion.why).toMatchInlineSnapshot(
      `"Request sent on 2026-11-09 is unanswered after 21 days: send one friendly follow-up"`,
    );
  });

  it("says when the wait is over, with dates rather than days ago", () => {
    expect(sent({ requestedOn: "2026-11-20" }).why).toMatchInlineSnapshot(
      `"Request sent on 2026-11-20; follow up on 2026-12-11 if it is still unanswered"`,
    );
    expect(sent({ requestedOn: "2026-10-01", followedUpOn: "2026-11-20" }).why).toMatchInlineSnapshot(
      `"You followed up on 2026-11-20; give them until 2026-12-11 before letting it go"`,
    );
  });

  it("suggests following instead of a withdrawn request unless Aligned is No", () => {
    const withdraw = { requestedOn: "2026-09-01", followedUpOn: "2026-10-01" };
    expect(sent(withdraw).why).toMatchInlineSnapshot(
      `"No answer to your request of 2026-09-01 after a follow-up on 2026-10-01: withdraw it; follow them instead to keep up with their work"`,
    );
    expect(sent({ ...withdraw, aligned: "Yes" }).why).toContain("follow them instead");
    expect(sent({ ...withdraw, aligned: "No" }).why).toMatchInlineSnapshot(
      `"No answer to your request of 2026-09-01 after a follow-up on 2026-10-01: withdraw it"`,
    );
  });

  it("reads the Pending synonym as Request sent", () => {
    expect(evaluateOne({ status: "pending", requestedOn: daysAgo(3) }).action).toBe("Wait");
  });
});
