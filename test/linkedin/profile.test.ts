import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseProfile } from "../../shared/linkedin/profile.js";

const FILE = join(import.meta.dirname, "../fixtures/linkedin-export/synthetic-full-export/Profile.csv");

describe(parseProfile, () => {
  it("reads the owner's name from the synthetic export, whose Summary spans lines", () => {
    expect(parseProfile(readFileSync(FILE, "utf8"), "Profile.csv")).toEqual({
      firstName: "Ada",
      lastName: "Byron-Lovelace",
      name: "Ada Byron-Lovelace",
    });
  });

  it("takes the owner's key from a profile URL column when a file has one", () => {
    const text =
      "First Name,Last Name,Headline,Public Profile URL\nAna,Ruiz,CTO,https://www.linkedin.com/in/Ana-Ruiz/\n";
    expect(parseProfile(text, "Profile.csv")).toMatchObject({ name: "Ana Ruiz", key: "in/ana-ruiz" });
  });

  it("returns undefined for a header-only file", () => {
    expect(parseProfile("First Name,Last Name,Headline\n", "Profile.csv")).toBeUndefined();
  });
});
