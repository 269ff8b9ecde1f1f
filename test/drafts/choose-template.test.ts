import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, BUILT_IN_VARIANTS } from "../../shared/drafts/built-in-templates.js";
import { renderDraft, templateSet } from "../../shared/drafts/render-draft.js";
import { parseTemplate } from "../../shared/drafts/template.js";
import type { Action } from "../../shared/vocabulary/actions.js";
import { settingsFrom } from "../support/evaluate-rows.js";
import { contactFrom, draftOf, everyVariantOf } from "./draft-for-row.js";

const VARIED: Action[] = ["Check in", "Congratulate", "Ask for informational interview", "Engage"];
const row = (slug: string) => ({
  name: "Ana Lima",
  linkedinUrl: `https://www.linkedin.com/in/${slug}`,
  company: "Contoso",
  title: "Head of Design",
  relationship: "Met in person",
  metAt: "Web Summit",
  recentPost: "AI in healthcare",
  milestone: "Promoted to VP Engineering",
});
const people = Array.from({ length: 40 }, (_, index) => row(`person-${index}`));

describe("built-in wordings per contact", () => {
  it.each(VARIED)("has two to four wordings for %s", (action) => {
    expect(BUILT_IN_VARIANTS[action]?.length).toBeGreaterThanOrEqual(2);
    expect(BUILT_IN_VARIANTS[action]?.length).toBeLessThanOrEqual(4);
  });

  it.each(VARIED)("gives each person the same %s draft on every run", (action) => {
    for (const person of people.slice(0, 10))
      expect(draftOf(action, person)).toBe(draftOf(action, { ...person }));
  });

  it.each(VARIED)("spreads %s over every wording across 40 people", (action) => {
    const drafts = new Set(people.map((person) => draftOf(action, person)));
    expect(drafts).toEqual(new Set(everyVariantOf(action, row("any"))));
  });

  it("picks by the LinkedIn profile, else by the name", () => {
    const withoutProfile = (name: string) => ({ ...row("x"), name, linkedinUrl: undefined });
    const byName = new Set(
      ["Ana Lima", "Bea Kim", "Cy Ode", "Dan Ek", "Eve Moss"].map((name) =>
        draftOf("Check in", withoutProfile(name)),
      ),
    );
    expect(byName.size).toBeGreaterThan(1);
  });

  it("uses a Templates row as written, for everyone", () => {
    const templates = templateSet({ "Check in": parseTemplate("Hey {first_name}, coffee soon?") });
    const drafts = people.map((person) =>
      renderDraft("Check in", contactFrom(person), settingsFrom(), templates),
    );
    expect(new Set(drafts)).toEqual(new Set(["Hey Ana, coffee soon?"]));
  });

  it("treats a Templates row holding the built-in text as the built-in", () => {
    const source = BUILT_IN_TEMPLATES["Check in"] ?? "";
    const templates = templateSet({ "Check in": parseTemplate(source) });
    const drafts = people.map((person) =>
      renderDraft("Check in", contactFrom(person), settingsFrom(), templates),
    );
    expect(new Set(drafts).size).toBe(BUILT_IN_VARIANTS["Check in"]?.length);
  });
});
