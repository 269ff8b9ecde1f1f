import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILT_IN_VARIANTS } from "../../shared/drafts/built-in-templates.js";
import { PLACEHOLDER_DESCRIPTIONS, PLACEHOLDERS } from "../../shared/drafts/placeholders.js";
import { parseTemplate } from "../../shared/drafts/template.js";

const docs = readFileSync(new URL("../../docs/drafts.md", import.meta.url), "utf8");

describe("PLACEHOLDER_DESCRIPTIONS", () => {
  it.each(PLACEHOLDERS)("describes {%s} in one line", (placeholder) => {
    expect(PLACEHOLDER_DESCRIPTIONS[placeholder]).toMatch(/^[^\n]{5,140}$/);
  });

  it.each(PLACEHOLDERS)("is documented in docs/drafts.md: {%s}", (placeholder) => {
    expect(docs).toContain(`| \`{${placeholder}}\` | ${PLACEHOLDER_DESCRIPTIONS[placeholder]} |`);
  });

  it("covers every placeholder the built-in templates use", () => {
    const used = Object.values(BUILT_IN_VARIANTS)
      .flat()
      .flatMap((source) => [...source.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
    expect(PLACEHOLDERS).toEqual(expect.arrayContaining([...new Set(used)]));
    for (const source of Object.values(BUILT_IN_VARIANTS).flat())
      expect(() => parseTemplate(source)).not.toThrow();
  });
});
