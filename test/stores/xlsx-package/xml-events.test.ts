import { readdirSync } from "node:fs";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { parseXml } from "../../../shared/stores/xlsx-package/xml-events.js";
import { fixture, text, unzipParts } from "./xlsx-test-support.js";

type Event = [string, ...(string | number | boolean)[]];

/** Tend's scanner as a list of events, adjacent text joined (parsers split text differently). */
function scanned(xml: string): Event[] {
  const events: Event[] = [];
  parseXml(
    xml,
    {
      // Block bodies: an open handler that returns a number says it read the content itself.
      open: (tag) => {
        events.push(["open", tag.name, JSON.stringify(tag.attributes), tag.start, tag.end, tag.selfClosing]);
      },
      close: (local, end) => {
        events.push(["close", local, end]);
      },
      text: (value) => {
        events.push(["text", value]);
      },
    },
    "part",
  );
  return joinText(events);
}

/** saxes, a conforming parser, as the same events: the reference the scanner must agree with. */
function bySaxes(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false, position: true });
  let start = 0;
  parser.on("opentagstart", (tag) => {
    start = parser.position - tag.name.length - 2;
  });
  parser.on("opentag", (tag) =>
    events.push([
      "open",
      tag.name,
      JSON.stringify(tag.attributes),
      start,
      parser.position,
      tag.isSelfClosing,
    ]),
  );
  parser.on("closetag", (tag) => events.push(["close", tag.name.split(":").pop() ?? "", parser.position]));
  // saxes reports text between the root's siblings too; inside the root it is the same.
  parser.on("text", (value) => {
    if (events.some(([kind]) => kind === "open")) events.push(["text", value]);
  });
  parser.on("cdata", (value) => events.push(["text", value]));
  parser.write(xml).close();
  return joinText(events).filter((event, at, all) => !(event[0] === "text" && at === all.length - 1));
}

function joinText(events: Event[]): Event[] {
  const joined: Event[] = [];
  for (const event of events) {
    const last = joined[joined.length - 1];
    if (event[0] === "text" && last?.[0] === "text") last[1] = `${last[1]}${event[1]}`;
    else joined.push([...event]);
  }
  return joined;
}

const fixtures = readdirSync(new URL("../../fixtures/xlsx/", import.meta.url)).filter((name) =>
  name.endsWith(".xlsx"),
);

describe("the XML scanner reads what saxes reads", () => {
  for (const name of fixtures) {
    it(`every XML part of ${name}`, () => {
      const parts = Object.entries(unzipParts(fixture(name))).filter(([path]) => /\.(xml|rels)$/.test(path));
      expect(parts.length).toBeGreaterThan(5);
      for (const [path, bytes] of parts) {
        expect(scanned(text(bytes)), path).toEqual(bySaxes(text(bytes)));
      }
    });
  }

  it.each([
    ["entities and references", '<a t="&lt;&amp;&#x41;&#66;">x &gt; y &quot;&apos; &#x1F600;</a>'],
    ["a > inside an attribute value", '<numFmt formatCode="[&gt;100]0;[>5]0" id="1"/>'],
    ["single quotes and spaces around =", "<a  x = 'one \"two\"'   y='3' ></a >"],
    ["tabs and line ends in attributes", '<a v="one\ttwo\r\nthree\nfour\rfive"/>'],
    ["line ends in text", "<a>one\r\ntwo\rthree\n</a>"],
    [
      "comments, processing instructions and CDATA",
      "<?xml version='1.0'?><!-- hi --><a><?pi x?><![CDATA[<b>&amp;]]>t<!-- x --></a>",
    ],
    ["prefixes", '<x:worksheet xmlns:x="urn:x"><x:c r="A1"><x:v>1</x:v></x:c></x:worksheet>'],
    ["a byte order mark and space around the root", '\ufeff<?xml version="1.0"?>\n<a/>\n'],
  ])("%s", (_, xml) => {
    expect(scanned(xml)).toEqual(bySaxes(xml));
  });

  it("agrees on generated documents", () => {
    const name = fc.constantFrom("a", "c", "x:v", "row", "si");
    const value = fc.string({ unit: fc.constantFrom("a", " ", "\t", "\n", "&amp;", "&#65;", ">", "'") });
    const element: fc.Memo<string> = fc.memo((depth) =>
      fc
        .tuple(
          name,
          fc.array(fc.tuple(fc.constantFrom("r", "s", "t", "x:id"), value), { maxLength: 3 }),
          depth > 1 ? fc.array(fc.oneof(element(depth - 1), value), { maxLength: 3 }) : fc.constant([]),
        )
        .map(([tag, attributes, children]) => {
          const unique = [...new Map(attributes).entries()];
          const attrs = unique.map(([key, v]) => ` ${key}="${v.replaceAll('"', "&quot;")}"`).join("");
          return children.length === 0
            ? `<${tag}${attrs}/>`
            : `<${tag}${attrs}>${children.join("")}</${tag}>`;
        }),
    );
    fc.assert(
      fc.property(element(3), (xml) => {
        expect(scanned(xml)).toEqual(bySaxes(xml));
      }),
    );
  });
});

describe("the XML scanner refuses what is not well-formed", () => {
  it.each([
    ["a mismatched end tag", "<a><b></a></b>"],
    ["an element never closed", "<a><b></b>"],
    ["an end tag that closes nothing", "<a/></a>"],
    ["an attribute without quotes", "<a x=1/>"],
    ["an attribute without a value", "<a x/>"],
    ["a < in an attribute value", '<a x="<"/>'],
    ["an undefined entity", "<a>&nbsp;</a>"],
    ["a bare &", "<a>fish & chips</a>"],
    ["text after the root", "<a/>text"],
    ["a second root", "<a/><b/>"],
    ["a DOCTYPE", '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ["no element at all", "  "],
  ])("%s", (_, xml) => {
    expect(() => scanned(xml)).toThrow(/part is not well-formed XML: /);
    expect(() => bySaxes(xml)).toThrow();
  });
});
