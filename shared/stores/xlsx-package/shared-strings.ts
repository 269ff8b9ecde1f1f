import { RichTextCollector } from "./rich-text.js";
import { characterData } from "./xml-entities.js";
import { parseXml, scanXmlElement, type XmlHandlers } from "./xml-events.js";
import { decodeOoxmlText } from "./xml-text.js";

// A plain shared string, as most are written: <si><t>text</t></si>, unprefixed.
const PLAIN_ITEM = /[ \t\r\n]*<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/y;

/** The workbook's shared string table, in order (a t="s" cell holds an index into it). */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  const collector = new RichTextCollector();
  let inItem = false;
  const handlers: XmlHandlers = {
    open(tag) {
      if (tag.local === "si") {
        collector.reset();
        inItem = !tag.selfClosing;
        if (tag.selfClosing) strings.push("");
      } else if (inItem) collector.open(tag.local, tag.selfClosing);
    },
    // Plain items by a regular expression, for speed; rich text and the rest by the scanner.
    readContent(tag) {
      if (tag.name !== "sst") return undefined;
      let at = tag.end;
      for (;;) {
        PLAIN_ITEM.lastIndex = at;
        const plain = PLAIN_ITEM.exec(xml);
        if (plain !== null) {
          strings.push(decodeOoxmlText(characterData(plain[1] ?? "")));
          at = PLAIN_ITEM.lastIndex;
          continue;
        }
        const lt = xml.indexOf("<", at);
        if (lt < 0 || xml.startsWith("</", lt)) return lt < 0 ? xml.length : lt;
        at = scanXmlElement(xml, lt, handlers);
      }
    },
    close(local) {
      if (local === "si" && inItem) {
        strings.push(collector.value());
        inItem = false;
      } else if (inItem) collector.close(local);
    },
    text(text) {
      if (inItem) collector.characters(text);
    },
  };
  parseXml(xml, handlers, "xl/sharedStrings.xml");
  return strings;
}
