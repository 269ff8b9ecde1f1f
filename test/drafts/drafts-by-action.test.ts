import { describe, expect, it } from "vitest";
import { aRow, type Cells, daysAgo } from "../support/a-contact.js";
import { type EvaluateOptions, evaluateOne, evaluateRows } from "../support/evaluate-rows.js";

const me: EvaluateOptions = { settings: { "My name": "Sam Lee", "My interests": "webassembly, climate" } };
const someone: Cells = {
  name: "Ana Lima",
  company: "Acme",
  title: "CTO",
  metAt: "RustConf 2026",
  interests: "Golf, WebAssembly, Climate",
  recentPost: "async traits in Rust",
  milestone: "new role as CTO",
};

// One profile, so that the wording picked for the contact is the same in every run of this file.
const profile = "https://www.linkedin.com/in/ana-lima";

function draftFor(cells: Cells, expected: string, options: EvaluateOptions = me): string {
  const suggestion = evaluateOne({ linkedinUrl: profile, ...someone, ...cells }, options);
  expect(suggestion.action).toBe(expected);
  return suggestion.draft;
}

describe("drafts (RULES.md §6)", () => {
  describe("Connect", () => {
    it("greets by first name, says how you know them, why you want to connect, and signs", () => {
      const draft = draftFor({ relationship: "Met in person" }, "Connect");
      expect(draft).toContain("Ana");
      expect(draft).toContain("RustConf 2026");
      expect(draft).toContain("async traits in Rust");
      expect(draft).toContain("WebAssembly");
      expect(draft).toMatch(/Sam Lee$/);
      expect(draft).toMatchInlineSnapshot(
        `"Hi Ana! It was great meeting you at RustConf 2026. I enjoyed your post on async traits in Rust. I see we share an interest in WebAssembly. I'd love to connect. – Sam Lee"`,
      );
    });

    it.each<[string, string | undefined, string]>([
      ["Worked together", undefined, "Hi Ana! It was great working with you. I'd love to connect."],
      ["Classmate", undefined, "Hi Ana! It was great studying with you. I'd love to connect."],
      ["Interacted online", undefined, "Hi Ana! I've enjoyed our exchanges online. I'd love to connect."],
      ["Met in person", undefined, "Hi Ana! It was great meeting you. I'd love to connect."],
      [
        "Met in person",
        "the Berlin meetup",
        "Hi Ana! It was great meeting you at the Berlin meetup. I'd love to connect.",
      ],
      ["Classmate", "TU Delft", "Hi Ana! It was great studying with you at TU Delft. I'd love to connect."],
    ])("says how you know them: %s, met at %s", (relationship, metAt, note) => {
      const cells = { relationship, metAt, recentPost: undefined, interests: undefined };
      expect(draftFor(cells, "Connect", {})).toBe(note);
    });

    it("says where you met when Relationship is blank", () => {
      const cells = {
        status: "Following",
        aligned: "Yes",
        followedOn: daysAgo(40),
        lastInteraction: daysAgo(2),
      };
      expect(draftFor({ ...cells, recentPost: undefined, interests: undefined }, "Connect", {})).toBe(
        "Hi Ana! We met at RustConf 2026. I'd love to connect.",
      );
    });

    it("takes the first name from the First Name column when there is no Name", () => {
      expect(
        draftFor(
          { name: undefined, firstName: "Bea", lastName: "Kim", relationship: "Classmate" },
          "Connect",
          {},
        ),
      ).toMatch(/^Hi Bea!/);
    });

    it("uses the first of their interests that is also one of mine", () => {
      const draft = draftFor({ relationship: "Classmate", recentPost: undefined }, "Connect");
      expect(draft).toContain("interest in WebAssembly");
      expect(draft).not.toContain("Climate");
      expect(draft).not.toContain("Golf");
    });

    it("drops the optional parts that are empty: no 'Hi ,', no signature without a name", () => {
      const draft = draftFor(
        {
          name: undefined,
          metAt: undefined,
          recentPost: undefined,
          interests: undefined,
          relationship: "Classmate",
        },
        "Connect",
        {},
      );
      expect(draft).toMatchInlineSnapshot(`"Hi! It was great studying with you. I'd love to connect."`);
    });
  });

  it("drops every optional part for a row with nothing but a LinkedIn URL", () => {
    const bare = {
      name: undefined,
      company: undefined,
      metAt: undefined,
      recentPost: undefined,
      milestone: undefined,
    };
    expect(draftFor({ ...bare, status: "Incoming request", relationship: "Classmate" }, "Accept", {})).toBe(
      "Glad to be connected! It was great studying with you. Thanks for reaching out, and let me know if I can ever help with anything.",
    );
    expect(draftFor({ ...bare, status: "Connected", aligned: "Yes" }, "Check in", {})).toBe(
      "Hi, it's been a while! How are things? Is there anything I can help you with?",
    );
  });

  it("writes a short, friendly Follow up that mentions their recent post and fits InMail or a comment", () => {
    const draft = draftFor({ status: "Request sent", requestedOn: daysAgo(30) }, "Follow up");
    expect(draft).toContain("async traits in Rust");
    expect(draft).toMatchInlineSnapshot(
      `"Hi Ana! I sent you a connection request a little while ago and wanted to say hello here too. I really enjoyed your post on async traits in Rust. It would be great to connect whenever you have a moment. – Sam Lee"`,
    );
  });

  it("writes a Follow up without a recent post", () => {
    const draft = draftFor(
      { status: "Request sent", requestedOn: daysAgo(30), recentPost: undefined },
      "Follow up",
    );
    expect(draft).not.toContain("post");
    expect(draft).toMatchInlineSnapshot(
      `"Hi Ana! I sent you a connection request a little while ago and wanted to say hello here too. It would be great to connect whenever you have a moment. – Sam Lee"`,
    );
  });

  it("writes a welcome after accepting, not thanks for connecting", () => {
    const draft = draftFor({ status: "Incoming request", relationship: "Classmate" }, "Accept");
    expect(draft).toMatch(/^Glad to be connected, Ana!/);
    expect(draft).not.toMatch(/thanks for connecting/i);
    expect(draft).toMatchInlineSnapshot(
      `"Glad to be connected, Ana! It was great studying with you at RustConf 2026. Thanks for reaching out, and let me know if I can ever help with anything. – Sam Lee"`,
    );
  });

  it("asks how they are and offers help in a Check in", () => {
    const draft = draftFor({ status: "Connected", aligned: "Yes", milestone: undefined }, "Check in");
    expect(draft).toMatch(/how/i);
    expect(draft).toMatch(/help/i);
    expect(draft).toMatchInlineSnapshot(
      `"Hi Ana, it's been a while since we met at RustConf 2026! How are things at Acme? Is there anything I can help you with? – Sam Lee"`,
    );
  });

  it("names the milestone in Congratulate", () => {
    const draft = draftFor({ status: "Connected" }, "Congratulate");
    expect(draft).toContain("Congratulations on your new role as CTO");
    expect(draft).toMatchInlineSnapshot(
      `"Hi Ana! Congratulations on your new role as CTO. Well deserved, and all the best for what comes next. – Sam Lee"`,
    );
  });

  it("names their company and asks for 20 minutes of advice", () => {
    const draft = draftFor(
      { status: "Connected", aligned: "Yes", milestone: undefined },
      "Ask for informational interview",
      {
        settings: { ...me.settings, "Job search": "Yes", "Target companies": "Acme" },
      },
    );
    expect(draft).toContain("Acme");
    expect(draft).toContain("20 minutes");
    expect(draft).toMatch(/advice/);
    expect(draft).toMatchInlineSnapshot(
      `"Hi Ana! We met at RustConf 2026. I'm exploring my next step, and Acme is high on my list. I'd really value your advice: would you have 20 minutes for a short call in the coming weeks? – Sam Lee"`,
    );
  });

  it("suggests a comment on their recent post for Engage: a reaction and a question", () => {
    const draft = draftFor({ status: "Connected", milestone: undefined }, "Engage");
    expect(draft).toContain("async traits in Rust");
    expect(draft).not.toMatch(/great points/i);
    expect(draft).toMatch(/\?$/);
    expect(draft).toMatchInlineSnapshot(
      `"Thanks for sharing this, Ana. I've been thinking about async traits in Rust a lot lately, and this gave me a new angle. Which part do you think people most often get wrong?"`,
    );
  });

  it.each<[string, Cells[], EvaluateOptions["settings"]]>([
    [
      "Connect later",
      [{ relationship: "Classmate" }, { relationship: "Classmate" }],
      { "Weekly invite budget": "1" },
    ],
    ["Follow", [{ aligned: "Yes" }], {}],
    ["Decline", [{ status: "Incoming request", profile: "Suspicious" }], {}],
    ["Review request", [{ status: "Incoming request" }], {}],
    ["Wait", [{ status: "Request sent", requestedOn: daysAgo(1) }], {}],
    [
      "Withdraw request",
      [{ status: "Request sent", requestedOn: daysAgo(60), followedUpOn: daysAgo(30) }],
      {},
    ],
    [
      "Check in later",
      [
        { status: "Connected", aligned: "Yes", milestone: undefined },
        { status: "Connected", aligned: "Yes", milestone: undefined },
      ],
      { "Check-ins at a time": "1" },
    ],
    ["Unfollow", [{ status: "Following", aligned: "No" }], {}],
    ["Review connection", [{ status: "Connected", aligned: "No" }], {}],
    ["Hold off", [{}], {}],
    ["No action", [{ status: "Declined" }], {}],
    ["Fix row", [{ status: "Nope" }], {}],
    ["Merge duplicate", [{ linkedinUrl: "linkedin.com/in/ana" }, { linkedinUrl: "linkedin.com/in/ana" }], {}],
  ])("writes no draft for %s", (action, rows, settings) => {
    const suggestion = evaluateRows(
      rows.map((cells) => aRow({ ...someone, ...cells })),
      { settings: { ...me.settings, ...settings } },
    ).at(-1);
    expect(suggestion?.action).toBe(action);
    expect(suggestion?.draft).toBe("");
  });

  describe("user templates", () => {
    it("override the built-in text per action", () => {
      const options = {
        ...me,
        templates: { Connect: "Hey {first_name}, {title} at {company}? – {my_name}" },
      };
      expect(draftFor({ relationship: "Classmate" }, "Connect", options)).toBe(
        "Hey Ana, CTO at Acme? – Sam Lee",
      );
      expect(draftFor({ status: "Connected" }, "Congratulate", options)).toContain("new role as CTO");
    });

    it("can use {name}, {met_at} and {relationship}", () => {
      const options = { templates: { Accept: "Welcome {name}[ ({relationship}, {met_at})]" } };
      expect(draftFor({ status: "Incoming request", relationship: "Met in person" }, "Accept", options)).toBe(
        "Welcome Ana Lima (Met in person, RustConf 2026)",
      );
      expect(draftFor({ status: "Incoming request", mutualConnections: 9 }, "Accept", options)).toBe(
        "Welcome Ana Lima",
      );
    });
  });
});
