import { applyEdits, type Edit } from "./splice.js";
import { parseXml, prefixOf } from "./xml-events.js";

interface Span {
  start: number;
  end: number;
}

interface StyleSheet {
  prefix: string;
  fonts: Span[];
  fontsTag: Span | undefined;
  fontsEnd: number;
  xfs: Span[];
  xfsTag: Span | undefined;
  xfsEnd: number;
}

/**
 * The index of a cell style that is the default one in bold, added to styles.xml (a font and an
 * <xf>) only when no identical one is there, so running every day does not grow the file.
 */
export function boldStyle(stylesXml: string): { xml: string; index: number } | undefined {
  const sheet = scan(stylesXml);
  const first = sheet.fonts[0];
  if (first === undefined || sheet.fontsTag === undefined || sheet.xfsTag === undefined) return undefined;
  const p = sheet.prefix;
  const font = stylesXml.slice(first.start, first.end);
  const bold = /<(?:[\w.-]+:)?b\s*\/>/.test(font)
    ? font
    : font.replace(/^<[^>]*?(\/?)>/, (open, slash: string) =>
        slash === "/" ? `${open.slice(0, -2)}><${p}b/></${p}font>` : `${open}<${p}b/>`,
      );
  const edits: Edit[] = [];
  let fontId = sheet.fonts.findIndex((span) => stylesXml.slice(span.start, span.end) === bold);
  if (fontId < 0) {
    fontId = sheet.fonts.length;
    edits.push(...append(stylesXml, sheet.fontsTag, sheet.fontsEnd, bold, sheet.fonts.length + 1));
  }
  const xf = `<${p}xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`;
  const existing = sheet.xfs.findIndex((span) => stylesXml.slice(span.start, span.end) === xf);
  if (existing >= 0 && edits.length === 0) return { xml: stylesXml, index: existing };
  edits.push(...append(stylesXml, sheet.xfsTag, sheet.xfsEnd, xf, sheet.xfs.length + 1));
  return { xml: applyEdits(stylesXml, edits), index: sheet.xfs.length };
}

/**
 * The index of a plain cell style that shows numbers as dates (Excel's built-in short date,
 * numFmtId 14), added to styles.xml only when no identical one is there: for the day cells Tend
 * writes into a column that has no date format of its own.
 */
export function dateStyle(stylesXml: string): { xml: string; index: number } | undefined {
  const sheet = scan(stylesXml);
  if (sheet.xfsTag === undefined) return undefined;
  const xf = `<${sheet.prefix}xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
  const existing = sheet.xfs.findIndex((span) => stylesXml.slice(span.start, span.end) === xf);
  if (existing >= 0) return { xml: stylesXml, index: existing };
  const edits = append(stylesXml, sheet.xfsTag, sheet.xfsEnd, xf, sheet.xfs.length + 1);
  return { xml: applyEdits(stylesXml, edits), index: sheet.xfs.length };
}

function append(xml: string, tag: Span, closeAt: number, element: string, count: number): Edit[] {
  const open = xml.slice(tag.start, tag.end);
  const counted = /\bcount=(["'])\d*\1/.test(open)
    ? open.replace(/\bcount=(["'])\d*\1/, `count="${count}"`)
    : open;
  return [
    { start: tag.start, end: tag.end, text: counted },
    { start: closeAt, end: closeAt, text: element },
  ];
}

function scan(xml: string): StyleSheet {
  const sheet: StyleSheet = {
    prefix: "",
    fonts: [],
    fontsTag: undefined,
    fontsEnd: -1,
    xfs: [],
    xfsTag: undefined,
    xfsEnd: -1,
  };
  let list: "fonts" | "cellXfs" | undefined;
  let depth = 0;
  let itemStart = 0;
  parseXml(
    xml,
    {
      open(tag) {
        if (tag.local === "styleSheet") sheet.prefix = prefixOf(tag.name);
        if ((tag.local === "fonts" || tag.local === "cellXfs") && depth === 0 && !tag.selfClosing) {
          list = tag.local;
          if (list === "fonts") sheet.fontsTag = { start: tag.start, end: tag.end };
          else sheet.xfsTag = { start: tag.start, end: tag.end };
          return;
        }
        if (list === undefined) return;
        if (depth === 0) itemStart = tag.start;
        depth++;
      },
      close(local, end) {
        if (list === undefined) return;
        if (depth === 0 && local === list) {
          if (list === "fonts") sheet.fontsEnd = xml.lastIndexOf("</", end - 1);
          else sheet.xfsEnd = xml.lastIndexOf("</", end - 1);
          list = undefined;
          return;
        }
        depth--;
        if (depth === 0) (list === "fonts" ? sheet.fonts : sheet.xfs).push({ start: itemStart, end });
      },
    },
    "xl/styles.xml",
  );
  return sheet;
}
