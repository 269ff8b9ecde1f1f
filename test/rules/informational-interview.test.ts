import { describe, expect, it } from "vitest";
import { type Cells, daysAgo } from "../support/a-contact.js";
import { cellsLast } from "../support/cells-last.js";
import { type EvaluateOptions, evaluateOne } from "../support/evaluate-rows.js";

const connected = (cells: Cells, options: EvaluateOptions = {}) =>
  evaluateOne({ status: "Connected", ...cells }, options);

const jobSearch: EvaluateOptions = { settings: { "Job search": "Yes", "Target companies": "Acme, Globex" } };

describe("Connected (RULES.md §3)", () => {
  describe("Ask for informational interview", () => {
    it.each(
      cellsLast<Cells, [string, EvaluateOptions]>([
        [
          "target company, interacted 40 days ago",
          { company: "Acme", lastInteraction: daysAgo(40) },
          "Ask for informational interview",
          jobSearch,
        ],
        [
          "target company matched case-insensitively and trimmed",
          { company: "  gLOBEX ", lastInteraction: daysAgo(40) },
          "Ask for informational interview",
          jobSearch,
        ],
        [
          "known, last touch blank",
          { company: "Acme", relationship: "Met in person" },
          "Ask for informational interview",
          jobSearch,
        ],
        [
          "Aligned Yes, last touch 31 days ago",
          { company: "Acme", aligned: "Yes", connectedOn: daysAgo(31) },
          "Ask for informational interview",
          jobSearch,
        ],
        [
          "last touch exactly 30 days ago",
          { company: "Acme", lastInteraction: daysAgo(30) },
          "No action",
          jobSearch,
        ],
        [
          "last touch is the later of Last interaction and Connected on",
          { company: "Acme", lastInteraction: daysAgo(100), connectedOn: daysAgo(5) },
          "No action",
          jobSearch,
        ],
        [
          "no relationship: never exchanged a word, nothing said about them",
          { company: "Acme", connectedOn: daysAgo(40) },
          "No action",
          jobSearch,
        ],
        [
          "Admire their work is not a relationship",
          { company: "Acme", relationship: "Admire their work" },
          "No action",
          jobSearch,
        ],
        [
          "once per person: Asked for interview on filled",
          { company: "Acme", lastInteraction: daysAgo(40), askedForInterviewOn: daysAgo(40) },
          "No action",
          jobSearch,
        ],
        [
          "once per person: the lines below still apply",
          { company: "Acme", relationship: "Met in person", askedForInterviewOn: daysAgo(100) },
          "Check in",
          jobSearch,
        ],
        [
          "not a target company",
          { company: "Initech", lastInteraction: daysAgo(40) },
          "No action",
          jobSearch,
        ],
        [
          "Company blank",
          { lastInteraction: daysAgo(40) },
          "No action",
          { settings: { "Job search": "Yes", "Target companies": "" } },
        ],
        [
          "Job search No",
          { company: "Acme", lastInteraction: daysAgo(40) },
          "No action",
          { settings: { "Target companies": "Acme" } },
        ],
        [
          "after Congratulate",
          { company: "Acme", lastInteraction: daysAgo(40), milestone: "New role" },
          "Congratulate",
          jobSearch,
        ],
      ]),
    )("%s: %s", (_, action, options, cells) => {
      expect(connected(cells, options).action).toBe(action);
    });

    it("names the company and the last contact", () => {
      expect(connected({ company: "Acme", aligned: "Yes" }, jobSearch).why).toMatchInlineSnapshot(
        `"You are job searching and Acme is one of your target companies: ask them for 20 minutes of advice (no recorded contact yet)"`,
      );
      expect(
        connected({ company: "Acme", lastInteraction: "2026-08-01" }, jobSearch).why,
      ).toMatchInlineSnapshot(
        `"You are job searching and Acme is one of your target companies: ask them for 20 minutes of advice (last contact 2026-08-01)"`,
      );
    });
  });
});
