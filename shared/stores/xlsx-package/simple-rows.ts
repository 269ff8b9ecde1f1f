import { normaliseAttribute, normaliseLineEnds } from "./xml-entities.js";

// XML's white space is these four characters only (\s would take others too).
const S = "[ \\t\\r\\n]";
// r= comes first in the rows every program writes: caught on its own, the rest only if asked for.
const ROW_OPEN = new RegExp(
  `<row(?: r="([0-9]{1,7})")?((?:${S}+[\\w:.-]+${S}*=${S}*(?:"[^"<]*"|'[^'<]*'))*)${S}*(/?)>`,
  "y",
);
// A cell as Excel, LibreOffice, openpyxl and Tend itself write nearly every one: r=, then maybe
// s= and t=, holding nothing, a <v>, or an inline string of one <t>. No "<" or "&" in values.
const CELL = new RegExp(
  `${S}*<c r="([A-Z]{1,3}[0-9]{1,7})"(?: s="([0-9]+)")?(?: t="([a-zA-Z]+)")?` +
    `(?:/>|>(?:<v>([^<&]*)</v>|<is><t(?: xml:space="preserve")?>([^<&]*)</t></is>)?</c>)`,
  "y",
);
const ROW_CLOSE = new RegExp(`${S}*</row${S}*>`, "y");
const ATTRIBUTE = new RegExp(`([\\w:.-]+)${S}*=${S}*(?:"([^"]*)"|'([^']*)')`, "g");

/** What readRows reports, in the order the XML scanner's handlers would see it. */
export interface RowSink {
  openRow(tag: LaneTag): void;
  openCell(tag: LaneTag): void;
  /** `value` is the <v> text, `inline` the inline string's text, line ends as "\n" */
  closeCell(end: number, value: string | undefined, inline: string | undefined): void;
  closeRow(end: number): void;
}

/**
 * The content of <sheetData> from `from`: rows whose cells all have the simple shape above
 * straight to the sink, anything else (a row with formulas, rich text or other attributes, a
 * comment) through `other`, which scans one element and returns where it ends. Returns the
 * offset of the "</" that closes <sheetData>. Hand-written for speed: matching whole cells with
 * native regular expressions costs a fraction of scanning them tag by tag in a command that runs
 * once, cold.
 */
export function readRows(xml: string, from: number, sink: RowSink, other: (at: number) => number): number {
  const tag = new LaneTag();
  const row = new SimpleRow();
  let at = from;
  for (;;) {
    // Text between rows means nothing in a worksheet: skipped, as the scanner's readers skip it.
    const lt = xml.indexOf("<", at);
    if (lt < 0) throw new Error("<sheetData> is never closed");
    if (xml.startsWith("</", lt)) return lt;
    at = row.match(xml, lt) ? row.report(xml, sink, tag) : other(lt);
  }
}

/**
 * One row matched: its open tag and the matches of its cells, kept until the whole row is known
 * to be simple, so that each cell is matched once (a row found not simple goes to the scanner
 * before the sink hears of it).
 */
class SimpleRow {
  private open: RegExpExecArray | null = null;
  private openEnd = 0;
  private cells: RegExpExecArray[] = [];
  private cellEnds: number[] = [];
  private count = 0;
  private end = 0;

  /** Whether the row at `at` and every cell in it are simple. */
  match(xml: string, at: number): boolean {
    ROW_OPEN.lastIndex = at;
    this.open = ROW_OPEN.exec(xml);
    if (this.open === null) return false;
    this.openEnd = ROW_OPEN.lastIndex;
    this.count = 0;
    if (this.open[3] === "/") {
      this.end = this.openEnd;
      return true;
    }
    let next = this.openEnd;
    for (;;) {
      ROW_CLOSE.lastIndex = next;
      if (ROW_CLOSE.test(xml)) {
        this.end = ROW_CLOSE.lastIndex;
        return true;
      }
      CELL.lastIndex = next;
      const cell = CELL.exec(xml);
      if (cell === null) return false;
      next = CELL.lastIndex;
      this.cells[this.count] = cell;
      this.cellEnds[this.count] = next;
      this.count++;
    }
  }

  /** Tells the sink about the row `match` accepted; returns the offset after it. */
  report(xml: string, sink: RowSink, tag: LaneTag): number {
    const open = this.open as RegExpExecArray;
    sink.openRow(tag.row(open.index, this.openEnd, open[3] === "/", open[2] ?? "", open[1]));
    for (let at = 0; at < this.count; at++) {
      const cell = this.cells[at] as RegExpExecArray;
      sink.openCell(tag.cell(xml.indexOf("<", cell.index), cell[1], cell[2], cell[3]));
      const value = cell[4];
      const inline = cell[5];
      sink.closeCell(
        this.cellEnds[at] as number,
        value === undefined ? undefined : normaliseLineEnds(value),
        inline === undefined ? undefined : normaliseLineEnds(inline),
      );
    }
    sink.closeRow(this.end);
    return this.end;
  }
}

/** A row or cell open tag of the fast lane, shaped like the scanner's XmlTag where readers use it. */
export class LaneTag {
  start = 0;
  end = 0;
  selfClosing = false;
  private isCell = false;
  private list = "";
  private found: Record<string, string> | undefined;
  private r: string | undefined;
  private s: string | undefined;
  private t: string | undefined;

  row(start: number, end: number, selfClosing: boolean, list: string, r: string | undefined): this {
    this.start = start;
    this.end = end;
    this.selfClosing = selfClosing;
    this.isCell = false;
    this.list = list;
    this.found = undefined;
    this.r = r;
    return this;
  }

  /** A simple cell has no attributes but these three. */
  cell(start: number, r: string | undefined, s: string | undefined, t: string | undefined): this {
    this.start = start;
    this.end = start;
    this.selfClosing = false;
    this.isCell = true;
    this.r = r;
    this.s = s;
    this.t = t;
    return this;
  }

  attribute(name: string): string | undefined {
    if (this.isCell) return name === "r" ? this.r : name === "s" ? this.s : name === "t" ? this.t : undefined;
    if (name === "r" && this.r !== undefined) return this.r;
    // Most rows are asked for an attribute they do not have (customFormat): no need to parse them.
    if (!this.list.includes(name)) return undefined;
    this.found ??= attributesOf(this.list);
    return this.found[name];
  }
}

function attributesOf(list: string): Record<string, string> {
  const found: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(list); match !== null; match = ATTRIBUTE.exec(list)) {
    const name = match[1] as string;
    if (!(name in found)) found[name] = normaliseAttribute(match[2] ?? match[3] ?? "");
  }
  return found;
}
