import { type CellRange, cellRef, formatRange, parseRange } from "./cell-ref.js";
import { cellXml } from "./cell-xml.js";
import { promoteSharedFormulas } from "./shared-formula-promotion.js";
import { FormulaKind, type RowEntry, type SheetIndex, styleAt } from "./sheet-index.js";
import { applyEdits, type Edit } from "./splice.js";
import type { CellWrite } from "./types.js";
import { lastWriteWins } from "./write-order.js";

export interface WriteResult {
  readonly xml: string;
  /** a formula cell got a value: calcChain.xml may now name a cell without a formula */
  readonly replacedFormula: boolean;
}

/** What writing one sheet's cells gathers, row by row. */
interface Writing {
  readonly index: SheetIndex;
  readonly ordered: readonly CellWrite[];
  readonly date1904: boolean;
  readonly edits: Edit[];
  readonly replaced: Set<number>;
  readonly appended: string[];
  replacedFormula: boolean;
}

/** The worksheet text with these cells replaced or inserted; all other bytes stay. */
export function writeCells(index: SheetIndex, writes: readonly CellWrite[], date1904: boolean): WriteResult {
  const ordered = lastWriteWins(writes);
  refuseArrayParts(index, ordered);
  const writing: Writing = {
    index,
    ordered,
    date1904,
    edits: [],
    replaced: new Set(),
    appended: [],
    replacedFormula: false,
  };
  const { edits } = writing;
  // Edits in file order spare applyEdits a sort of a hundred thousand edits.
  const dimension = widenedDimension(index, ordered);
  if (dimension !== undefined) edits.push(dimension);
  for (let from = 0; from < ordered.length; ) {
    const row = (ordered[from] as CellWrite).row;
    let to = from;
    while (to < ordered.length && (ordered[to] as CellWrite).row === row) to++;
    // One call per row rather than one long loop: a small function is optimised after a few
    // rows, where a loop in a function that runs once would run slowly until V8 replaced it.
    writeRow(writing, from, to);
    from = to;
  }
  if (writing.appended.length > 0) edits.push(appendRows(index, writing.appended.join("")));
  edits.push(...promoteSharedFormulas(index, writing.replaced));
  return { xml: applyEdits(index.xml, edits), replacedFormula: writing.replacedFormula };
}

function cellText(writing: Writing, write: CellWrite): string {
  const { index } = writing;
  const style = write.style ?? styleAt(index, write.row, write.column);
  return cellXml(index.prefix, cellRef(write.row, write.column), write.value, style, writing.date1904);
}

/** The edits for ordered[from, to), the writes of one row. */
function writeRow(writing: Writing, from: number, to: number): void {
  const { index, ordered, edits } = writing;
  const { xml, prefix } = index;
  const row = (ordered[from] as CellWrite).row;
  const entry = index.rows[index.rowAt.get(row) ?? -1];
  if (entry === undefined) {
    const kept = ordered.slice(from, to).filter((write) => write.value !== null);
    if (kept.length === 0) return;
    const cells = kept.map((write) => cellText(writing, write)).join("");
    const text = `<${prefix}row r="${row + 1}">${cells}</${prefix}row>`;
    const before = firstRowBelow(index.rows, row);
    if (before === undefined) writing.appended.push(text);
    else edits.push({ start: before.start, end: before.start, text });
    return;
  }
  if (!entry.selfClosing) {
    const open = xml.slice(entry.start, entry.openEnd);
    const widened = widenSpans(open, ordered, from, to);
    if (widened !== open) edits.push({ start: entry.start, end: entry.openEnd, text: widened });
  }
  // New cells between existing ones, joined per place: a first run adds five at each row's end.
  // Joined, not concatenated: each cell's text is a chain of small pieces, and a sheet's worth
  // of them kept until the part is written made the garbage collector copy half a million
  // objects; one flat string a place leaves it ten thousand.
  const inserted: string[] = [];
  let insertAt = -1;
  let contentEnd = -1;
  let next = entry.firstCell;
  const last = entry.firstCell + entry.cellCount;
  const flushInserted = () => {
    if (inserted.length === 0) return;
    edits.push({ start: insertAt, end: insertAt, text: inserted.join("") });
    inserted.length = 0;
  };
  for (let at = from; at < to; at++) {
    const write = ordered[at] as CellWrite;
    while (next < last && (index.cells.column[next] ?? 0) < write.column) next++;
    if (next < last && index.cells.column[next] === write.column) {
      flushInserted();
      writing.replaced.add(next);
      if (index.cells.formula[next] !== FormulaKind.None) writing.replacedFormula = true;
      const start = index.cells.start[next] ?? 0;
      edits.push({ start, end: index.cells.end[next] ?? 0, text: cellText(writing, write) });
    } else if (write.value !== null) {
      if (next >= last && contentEnd < 0) contentEnd = rowContentEnd(xml, entry);
      const place = next < last ? (index.cells.start[next] ?? 0) : contentEnd;
      if (place !== insertAt) flushInserted();
      insertAt = place;
      inserted.push(cellText(writing, write));
    }
  }
  if (inserted.length === 0) return;
  if (!entry.selfClosing) {
    flushInserted();
    return;
  }
  const open = xml.slice(entry.start, entry.openEnd).replace(/\s*\/>$/, ">");
  const text = `${widenSpans(open, ordered, from, to)}${inserted.join("")}</${prefix}row>`;
  edits.push({ start: entry.start, end: entry.end, text });
}

function refuseArrayParts(index: SheetIndex, writes: readonly CellWrite[]): void {
  for (const ref of index.arrayRanges) {
    const range = parseRange(ref);
    if (range === undefined) continue;
    const hit = writes.find(
      (w) => w.row >= range.top && w.row <= range.bottom && w.column >= range.left && w.column <= range.right,
    );
    if (hit !== undefined) {
      throw new Error(`cell ${cellRef(hit.row, hit.column)} is part of the array formula over ${ref}`);
    }
  }
}

/** Where a row's cells end: at its "</row>". */
function rowContentEnd(xml: string, entry: RowEntry): number {
  return entry.selfClosing ? entry.end : xml.lastIndexOf("</", entry.end - 1);
}

function firstRowBelow(rows: readonly RowEntry[], row: number): RowEntry | undefined {
  // Rows are in ascending order: a new row goes before the first one below it.
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((rows[middle] as RowEntry).number < row) low = middle + 1;
    else high = middle;
  }
  return rows[low];
}

function appendRows(index: SheetIndex, rows: string): Edit {
  const { xml, prefix, sheetData } = index;
  if (sheetData === undefined) throw new Error("this sheet has no cells to write (no <sheetData>)");
  if (!sheetData.selfClosing) {
    const close = xml.lastIndexOf("</", sheetData.end - 1);
    return { start: close, end: close, text: rows };
  }
  const open = xml.slice(sheetData.start, sheetData.openEnd).replace(/\s*\/>$/, ">");
  return { start: sheetData.start, end: sheetData.end, text: `${open}${rows}</${prefix}sheetData>` };
}

const SPANS = /\bspans=(?:"(\d+):(\d+)"|'(\d+):(\d+)')/;

/** spans="1:25" is a hint of the row's columns; a write beyond it widens it. */
function widenSpans(openTag: string, writes: readonly CellWrite[], from: number, to: number): string {
  const spans = SPANS.exec(openTag);
  if (spans === null) return openTag;
  const first = Number(spans[1] ?? spans[3]);
  const lastColumn = Number(spans[2] ?? spans[4]);
  let low = first;
  let high = lastColumn;
  for (let at = from; at < to; at++) {
    const write = writes[at] as CellWrite;
    if (write.value === null) continue;
    low = Math.min(low, write.column + 1);
    high = Math.max(high, write.column + 1);
  }
  if (low === first && high === lastColumn) return openTag;
  const quote = spans[1] === undefined ? "'" : '"';
  const before = openTag.slice(0, spans.index);
  return `${before}spans=${quote}${low}:${high}${quote}${openTag.slice(spans.index + spans[0].length)}`;
}

function widenedDimension(index: SheetIndex, writes: readonly CellWrite[]): Edit | undefined {
  const { dimension, xml } = index;
  if (dimension === undefined) return undefined;
  const range = parseRange(dimension.ref.split(" ")[0] ?? "");
  let wider: CellRange | undefined = range === undefined ? undefined : { ...range };
  for (const write of writes) {
    if (write.value === null) continue;
    if (wider === undefined) {
      wider = { top: write.row, left: write.column, bottom: write.row, right: write.column };
      continue;
    }
    if (write.row < wider.top) wider.top = write.row;
    if (write.row > wider.bottom) wider.bottom = write.row;
    if (write.column < wider.left) wider.left = write.column;
    if (write.column > wider.right) wider.right = write.column;
  }
  if (wider === undefined) return undefined;
  const after = formatRange(wider);
  if (range !== undefined && after === formatRange(range)) return undefined;
  const tag = xml.slice(dimension.start, dimension.end);
  return {
    start: dimension.start,
    end: dimension.end,
    text: tag.replace(/\bref=(["'])[^"']*\1/, `ref="${after}"`),
  };
}
