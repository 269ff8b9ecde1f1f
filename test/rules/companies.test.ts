import { describe, expect, it } from "vitest";
import type { Cells } from "../support/a-contact.js";
import { aCompany } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { evaluateRows } from "../support/evaluate-rows.js";

function suggestFor(cells: Cells) {
  const [suggestion] = evaluateRows([aCompany(cells)]);
  if (suggestion === undefined) throw new Error("blank row");
  return suggestion;
}

describe("companies (RULES.md §2)", () => {
  it.each(
    cellsLast<Cells, [string]>([
      ["Following, Aligned No", { status: "Following", aligned: "No" }, "Unfollow"],
      ["Following, Aligned Yes", { status: "Following", aligned: "Yes" }, "No action"],
      ["Following, Aligned blank", { status: "Following" }, "No action"],
      ["Not connected, Aligned No", { aligned: "No" }, "Hold off"],
      ["Withdrawn, Aligned No", { status: "Withdrawn", aligned: "No" }, "Hold off"],
      ["Not connected, Aligned Yes", { aligned: "Yes" }, "Follow"],
      ["Not connected, Aligned blank", {}, "Follow"],
      ["Declined, Aligned blank", { status: "Declined" }, "Follow"],
    ]),
  )("%s gives %s", (_, action, cells) => {
    expect(suggestFor(cells).action).toBe(action);
  });

  it("never suggests connecting with a company, even one you know", () => {
    expect(suggestFor({ relationship: "Worked together", aligned: "Yes" }).action).toBe("Follow");
  });

  it("reads Type case-insensitively", () => {
    expect(suggestFor({ type: "  company " }).action).toBe("Follow");
  });

  it("explains each company suggestion", () => {
    expect(suggestFor({ status: "Following", aligned: "No" }).why).toMatchInlineSnapshot(
      `"You follow this company but marked it as not aligned with your goals"`,
    );
    expect(suggestFor({ status: "Following" }).why).toMatchInlineSnapshot(
      `"You already follow this company"`,
    );
    expect(suggestFor({ aligned: "No" }).why).toMatchInlineSnapshot(
      `"This company is marked as not aligned with your goals"`,
    );
    expect(suggestFor({}).why).toMatchInlineSnapshot(
      `"Follow companies to keep up with their news (companies can only be followed)"`,
    );
  });
});
