import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCompanyFollows } from "../../shared/linkedin/company-follows.js";

const FILE = join(
  import.meta.dirname,
  "../fixtures/linkedin-export/synthetic-full-export/Company Follows.csv",
);

describe(parseCompanyFollows, () => {
  it("reads the synthetic export: 52 rows, 25 organisations, some followed more than once", () => {
    const { companyFollows, problems } = parseCompanyFollows(
      readFileSync(FILE, "utf8"),
      "Company Follows.csv",
    );
    expect(problems).toEqual([]);
    expect(companyFollows).toHaveLength(52);
    expect(new Set(companyFollows.map((f) => f.organization)).size).toBe(25);
    expect(companyFollows[0]).toEqual({ organization: "Royal Society", followedOn: "2024-11-28", line: 2 });
    expect(companyFollows.find((f) => f.organization.includes(","))?.organization).toBe(
      "Trinity College, Cambridge",
    );
  });

  it("reads the real Java date format", () => {
    const text = "Organization,Followed On\nAcme Corp,Sat Dec 14 08:57:55 UTC 2024\nGlobex,\n";
    expect(parseCompanyFollows(text, "Company Follows.csv").companyFollows).toEqual([
      { organization: "Acme Corp", followedOn: "2024-12-14", line: 2 },
      { organization: "Globex", line: 3 },
    ]);
  });

  it("reports unreadable dates and empty organisations", () => {
    const text = "Organization,Followed On\nAcme,someday\n,Sat Dec 14 08:57:55 UTC 2024\n";
    const { companyFollows, problems } = parseCompanyFollows(text, "Company Follows.csv");
    expect(companyFollows).toEqual([]);
    expect(problems.map((p) => [p.line, p.value, p.problem])).toEqual([
      [2, "someday", "Followed On is not a date; row skipped"],
      [3, "Sat Dec 14 08:57:55 UTC 2024", "Organization is empty; row skipped"],
    ]);
  });
});
