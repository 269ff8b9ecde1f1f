import { describe, expect, it } from "vitest";
import { type Cells, daysAfter, daysAgo, TODAY } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { evaluateOne } from "../support/evaluate-rows.js";

const sent = (cells: Cells) => evaluateOne({ status: "Request sent", ...cells });

describe("Request sent (RULES.md §3)", () => {
  it.each(
    cellsLast<Cells, [string, string]>([
      // Followed up on blank, days since Requested on < Follow up after days: Wait, Requested on + 21
      ["waits 20 days after the request", { requestedOn: daysAgo(20) }, "Wait", daysAfter(1)],
      ["waits on the day of the request", { requestedOn: daysAgo(0) }, "Wait", daysAfter(21)],
      ["waits from today when Requested on is blank (Tend fills it)", {}, "Wait", daysAfter(21)],
      // Followed up on blank, days since Requested on >= 21 + 21: Withdraw request, Requested on + 42
      [
        "withdraws an unanswered request exactly 42 days old",
        { requestedOn: daysAgo(42) },
        "Withdraw request",
        TODAY,
      ],
      [
        "withdraws an unanswered request long after",
        { requestedOn: daysAgo(200) },
        "Withdraw request",
        daysAgo(158),
      ],
      // Followed up on blank: Follow up, Requested on + 21
      ["follows up exactly 21 days after the request", { requestedOn: daysAgo(21) }, "Follow up", TODAY],
      ["follows up 41 days after the request", { requestedOn: daysAgo(41) }, "Follow up", daysAgo(20)],
      // days since Followed up on < Give up after days: Wait, Followed up on + 21
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
      // otherwise: Withdraw request, Followed up on + 21
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
        daysAgo(49),
      ],
    ]),
  )("%s: %s due %s", (_, action, due, cells) => {
    const suggestion = sent(cells);
    expect(suggestion.action).toBe(action);
    expect(suggestion.due).toBe(due);
  });

  it("suggests Follow up three weeks after an unanswered request, saying where to send it", () => {
    const suggestion = sent({ requestedOn: "2026-11-09" });
    expect(suggestion).toMatchObject({ action: "Follow up", priority: "High", due: TODAY });
    expect(suggestion.why).toMatchInlineSnapshot(
      `"Unanswered since 2026-11-09: send one friendly follow-up by InMail, e-mail or a comment on their latest post (LinkedIn allows no message to someone who has not accepted)"`,
    );
  });

  it("says what the wait is for with the dates of the row only", () => {
    expect(sent({ requestedOn: "2026-11-20" }).why).toMatchInlineSnapshot(
      `"Request sent on 2026-11-20 is not answered yet: follow up on the Due date if it still is not"`,
    );
    expect(sent({ requestedOn: "2026-10-01", followedUpOn: "2026-11-20" }).why).toMatchInlineSnapshot(
      `"You followed up on 2026-11-20; give them until the Due date before letting it go"`,
    );
  });

  it("withdraws a request too old for a follow-up, saying since when it is unanswered", () => {
    expect(sent({ requestedOn: "2026-06-14" }).why).toMatchInlineSnapshot(
      `"Unanswered since 2026-06-14, too old for a follow-up: withdraw the request and follow them instead to keep up with their work"`,
    );
    expect(sent({ requestedOn: "2026-06-14", aligned: "No" }).why).toMatchInlineSnapshot(
      `"Unanswered since 2026-06-14, too old for a follow-up: withdraw the request"`,
    );
  });

  it("suggests following instead of a withdrawn request unless Aligned is No", () => {
    const withdraw = { requestedOn: "2026-09-01", followedUpOn: "2026-10-01" };
    expect(sent(withdraw).why).toMatchInlineSnapshot(
      `"No answer to your request of 2026-09-01 after your follow-up on 2026-10-01: withdraw it and follow them instead to keep up with their work"`,
    );
    expect(sent({ ...withdraw, aligned: "Yes" }).why).toContain("follow them instead");
    expect(sent({ ...withdraw, aligned: "No" }).why).toMatchInlineSnapshot(
      `"No answer to your request of 2026-09-01 after your follow-up on 2026-10-01: withdraw it"`,
    );
  });

  it("reads the Pending synonym as Request sent", () => {
    expect(evaluateOne({ status: "pending", requestedOn: daysAgo(3) }).action).toBe("Wait");
  });
});
