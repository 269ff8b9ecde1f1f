import { describe, expect, it } from "vitest";
import { linkedInKey, parseLinkedInUrl } from "../../shared/contacts/linkedin-url.js";

describe(parseLinkedInUrl, () => {
  it.each([
    "https://www.linkedin.com/in/jane-doe",
    "https://www.linkedin.com/in/jane-doe/",
    "http://linkedin.com/in/jane-doe",
    "linkedin.com/in/jane-doe",
    "www.linkedin.com/in/jane-doe/",
    "https://uk.linkedin.com/in/jane-doe",
    "https://de.linkedin.com/in/jane-doe/?originalSubdomain=de",
    "https://m.linkedin.com/in/jane-doe",
    "https://www.linkedin.com/in/jane-doe?trk=public_profile",
    "https://www.linkedin.com/in/jane-doe/#experience",
    "https://www.linkedin.com/in/Jane-Doe",
    "HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE/",
    "  https://www.linkedin.com/in/jane-doe  ",
    "https://www.linkedin.com/in/jane-doe/details/experience/",
    "https://www.linkedin.com/in/jane%2Ddoe",
  ])("reads %j as in/jane-doe", (url) => {
    expect(linkedInKey(url)).toBe("in/jane-doe");
  });

  it("decodes percent-encoding, so an exported and a pasted slug are the same person", () => {
    expect(linkedInKey("https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/")).toBe("in/jürgen-müller");
    expect(linkedInKey("linkedin.com/in/Jürgen-Müller")).toBe("in/jürgen-müller");
  });

  it.each([
    ["https://www.linkedin.com/company/acme-corp/", "company/acme-corp"],
    ["https://fr.linkedin.com/company/Acme-Corp?trk=x", "company/acme-corp"],
    ["linkedin.com/company/acme-corp/about/", "company/acme-corp"],
  ])("reads the company page %j as %s", (url, key) => {
    expect(linkedInKey(url)).toBe(key);
  });

  it("gives the canonical address", () => {
    const page = parseLinkedInUrl("uk.linkedin.com/in/Jane-Doe?x=1");
    expect(page?.kind).toBe("in");
    expect(page?.slug).toBe("jane-doe");
    expect(page?.url).toBe("https://www.linkedin.com/in/jane-doe/");
  });

  it.each([
    "",
    "jane-doe",
    "https://twitter.com/jane",
    "https://www.linkedin.com/",
    "https://www.linkedin.com/feed/",
    "https://www.linkedin.com/in/",
    "https://www.linkedin.com/pub/dir/jane/doe",
    "https://www.linkedin.com/school/mit/",
    "https://linkedin.com.example.org/in/jane",
    "https://notlinkedin.com/in/jane",
    "https://example.org/?u=linkedin.com/in/jane",
    "ftp://linkedin.com/in/jane",
    "mailto:jane@linkedin.com",
  ])("does not take %j for a profile or company page", (url) => {
    expect(parseLinkedInUrl(url)).toBeUndefined();
  });
});
