import { RichTextCollector } from "./rich-text.js";
import { parseXml } from "./xml-events.js";

/** The workbook's shared string table, in order (a t="s" cell holds an index into it). */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  const collector = new RichTextCollector();
  let inItem = false;
  parseXml(
    xml,
    {
      open(tag) {
        if (tag.local === "si") {
          collector.reset();
          inItem = !tag.selfClosing;
          if (tag.selfClosing) strings.push("");
        } else if (inItem) collector.open(tag.local, tag.selfClosing);
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
    },
    "xl/sharedStrings.xml",
  );
  return strings;
}
