import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES } from "../../shared/drafts/built-in-templates.js";
import {
  PLACEHOLDERS,
  type PlaceholderValues,
  parseTemplate,
  renderTemplate,
} from "../../shared/drafts/template.js";
import { templatesFromRows } from "../../shared/run/templates-from-rows.js";

const EMPTY = Object.fromEntries(PLACEHOLDERS.map((placeholder) => [placeholder, ""])) as PlaceholderValues;
const values = (filled: Partial<PlaceholderValues>): PlaceholderValues => ({ ...EMPTY, ...filled });

const render = (source: string, filled: Partial<PlaceholderValues> = {}) =>
  renderTemplate(parseTemplate(source), values(filled));

describe(parseTemplate, () => {
  it("knows every placeholder of RULES.md §6", () => {
    expect(PLACEHOLDERS).toEqual(
      expect.arrayContaining([
        "first_name",
        "name",
        "company",
        "title",
        "met_at",
        "relationship",
        "recent_post",
        "milestone",
        "shared_interest",
        "my_name",
      ]),
    );
  });

  it("rejects an unknown placeholder, naming it and the known ones", () => {
    expect(() => parseTemplate("Hi {nickname}!")).toThrow(expect.objectContaining({ kind: "invalid-setup" }));
    expect(() => parseTemplate("Hi {nickname}!")).toThrowErrorMatchingInlineSnapshot(
      `[Error: unknown placeholder {nickname} in "Hi {nickname}!": use {first_name}, {name}, {company}, {title}, {met_at}, {relationship}, {recent_post}, {milestone}, {shared_interest}, {my_name}, {how_we_know}, {how_we_met}, {milestone_phrase}, {post_phrase}, {post_topic}]`,
    );
  });

  it("rejects an unknown placeholder inside an optional part too", () => {
    expect(() => parseTemplate("Hi[ {firstname}]!")).toThrow(
      expect.objectContaining({ kind: "invalid-setup" }),
    );
  });

  it("rejects an unmatched bracket", () => {
    expect(() => parseTemplate("Hi [ {first_name}!")).toThrowErrorMatchingInlineSnapshot(
      `[Error: an unmatched "[" in "Hi [ {first_name}!"]`,
    );
  });

  it("reads placeholders case-insensitively and ignores spaces inside the braces", () => {
    expect(render("Hi { First_Name }!", { first_name: "Ana" })).toBe("Hi Ana!");
  });
});

describe(renderTemplate, () => {
  it("fills every placeholder", () => {
    const source =
      "{first_name}|{name}|{company}|{title}|{met_at}|{relationship}|{recent_post}|{milestone}|{shared_interest}|{my_name}";
    expect(
      render(source, {
        first_name: "Ana",
        name: "Ana Lima",
        company: "Acme",
        title: "CTO",
        met_at: "RustConf",
        relationship: "Met in person",
        recent_post: "async Rust",
        milestone: "new role",
        shared_interest: "WebAssembly",
        my_name: "Sam",
      }),
    ).toBe("Ana|Ana Lima|Acme|CTO|RustConf|Met in person|async Rust|new role|WebAssembly|Sam");
  });

  it("keeps an optional part whose placeholders are all filled", () => {
    expect(
      render("Hi[ {first_name}], see you[ at {met_at}].", { first_name: "Ana", met_at: "RustConf" }),
    ).toBe("Hi Ana, see you at RustConf.");
  });

  it("drops an optional part when any placeholder inside it is empty", () => {
    expect(render("Hi[ {first_name} from {company}]!", { first_name: "Ana" })).toBe("Hi!");
  });

  it("treats a blank-looking value as empty", () => {
    expect(render("Hi[ {first_name}], welcome.", { first_name: "   " })).toBe("Hi, welcome.");
  });

  it("keeps an optional part without placeholders", () => {
    expect(render("Hi[ there]!")).toBe("Hi there!");
  });

  it.each(Object.entries(BUILT_IN_TEMPLATES))(
    "never says 'Hi ,' when every placeholder of the %s template is empty",
    (_, source) => {
      const text = render(source ?? "");
      expect(text).not.toMatch(/ [,.!?]|\s{2}|^\s|\s$|\[|\]|\{|\}/);
      expect(text).not.toBe("");
    },
  );

  it("renders each built-in template with every placeholder empty", () => {
    expect(
      Object.fromEntries(
        Object.entries(BUILT_IN_TEMPLATES).map(([action, source]) => [action, render(source ?? "")]),
      ),
    ).toMatchInlineSnapshot(`
      {
        "Accept": "Glad to be connected! Thanks for reaching out, and let me know if I can ever help with anything.",
        "Ask for informational interview": "Hi! I'm exploring my next step. I'd really value your advice: would you have 20 minutes for a short call in the coming weeks?",
        "Check in": "Hi, it's been a while! How are things? Is there anything I can help you with?",
        "Congratulate": "Hi! Well deserved, and all the best for what comes next.",
        "Connect": "Hi! I'd love to connect.",
        "Engage": "Really enjoyed this! What made you want to write about it now?",
        "Follow up": "Hi! I sent you a connection request a little while ago and wanted to say hello here too. It would be great to connect whenever you have a moment.",
      }
    `);
  });

  it("tidies an empty placeholder outside brackets: no space before punctuation, no double space", () => {
    expect(render("Hi {first_name}, I'm {my_name} and  I  say hi.")).toBe("Hi, I'm and I say hi.");
  });

  it("renders a template of optional parts only as blank when every placeholder is empty", () => {
    expect(render("[Hi {first_name}!][ – {my_name}]")).toBe("");
  });
});

describe(templatesFromRows, () => {
  it("overrides the built-in draft per action, case-insensitively", () => {
    const templates = templatesFromRows([
      { action: "check IN", template: "Hey {first_name}", where: "row 2" },
    ]);
    expect(templates["Check in"]?.source).toBe("Hey {first_name}");
    expect(templates.Connect?.source).toBe(BUILT_IN_TEMPLATES.Connect);
  });

  it("stops with a message naming the row, the action and the unknown placeholder", () => {
    expect(() =>
      templatesFromRows([
        { action: "Connect", template: "Hi {nick}", where: "Templates tab, row 2" },
        { action: "Say hi", template: "Hi", where: "Templates tab, row 3" },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: Templates tab, row 2: the template for Connect has unknown placeholder {nick} in "Hi {nick}": use {first_name}, {name}, {company}, {title}, {met_at}, {relationship}, {recent_post}, {milestone}, {shared_interest}, {my_name}, {how_we_know}, {how_we_met}, {milestone_phrase}, {post_phrase}, {post_topic}
      Templates tab, row 3: "Say hi" is not an action; use one of Connect, Connect later, Follow, Accept, Decline, Review request, Wait, Follow up, Withdraw request, Check in, Check in later, Congratulate, Engage, Ask for informational interview, Unfollow, Review connection, Hold off, No action, Fix row, Merge duplicate, Snoozed]
    `);
  });
});
