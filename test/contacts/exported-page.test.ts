import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportedPage, pageOf } from "../../shared/contacts/linkedin-url.js";

// The fast path for LinkedIn's exported form must read every address as the general path does.
const slugChars = fc.constantFrom(..."abcxyz019-_AZ%/é ?#.".split(""));
const address = fc
  .tuple(
    fc.constantFrom("https://www.linkedin.com/in/", "https://www.linkedin.com/company/", "linkedin.com/in/"),
    fc.array(slugChars, { maxLength: 14 }).map((chars) => chars.join("")),
  )
  .map(([start, rest]) => start + rest);

const shape = (page: ReturnType<typeof pageOf>) =>
  page === undefined ? undefined : { kind: page.kind, slug: page.slug, key: page.key, url: page.url };

describe(exportedPage, () => {
  it("reads an address the way the general path does, or leaves it to that path", () => {
    fc.assert(
      fc.property(address, (text) => {
        const fast = exportedPage(text);
        if (fast !== undefined) expect(shape(fast)).toEqual(shape(pageOf(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["https://www.linkedin.com/in/person-0", "in/person-0"],
    ["https://www.linkedin.com/in/jane_doe-1980/", "in/jane_doe-1980"],
  ])("takes the exported form %j as %s", (text, key) => {
    expect(exportedPage(text)?.key).toBe(key);
    expect(pageOf(text)?.key).toBe(key);
  });

  it.each([
    "https://www.linkedin.com/in/",
    "https://www.linkedin.com/in/Jane-Doe",
    "https://www.linkedin.com/in/j%C3%BCrgen",
    "https://www.linkedin.com/in/jane?trk=x",
  ])("leaves %j to the general path", (text) => {
    expect(exportedPage(text)).toBeUndefined();
  });
});
