import { cellRef, formatRange, parseRange } from "./cell-ref.js";
import { cellXml } from "./cell-xml.js";
import { promoteSharedFormulas } from "./shared-formula-promotion.js";
import { FormulaKind, type RowEntry, type SheetIndex, styleAt } from "./sheet-index.js";
import { applyEdits, type Edit } from "./splice.js";
import type { CellWrite } from "./types.js";

export interface WriteResult {
  readonly xml: string;
  /** a formula cell got a value: calcChain.xml may now name a cell without a formula */
  readonly replacedFormula: boolean;
}

/** The worksheet text with these cells replaced or inserted; all other bytes stay. */
export function writeCells(index: SheetIndex, writes: readonly CellWrite[], date1904: boolean): WriteResult {
  const ordered = lastWriteWins(writes);
  refuseArrayParts(index, ordered);
  const { xml, prefix } = index;
  const edits: Edit[] = [];
  const replaced = new Set<number>();
  const appended: string[] = [];
  let replacedFormula = false;
  const cellText = (write: CellWrite) =>
    cellXml(
      prefix,
      cellRef(write.row, write.column),
      write.value,
      write.style ?? styleAt(index, write.row, write.column),
      date1904,
    );

  // Edits in file order spare applyEdits a sort of a hundred thousand edits.
  const dimension = widenedDimension(index, ordered);
  if (dimension !== undefined) edits.push(dimension);
  for (let from = 0; from < ordered.length; ) {
    const row = (ordered[from] as CellWrite).row;
    let to = from;
    while (to < ordered.length && (ordered[to] as CellWrite).row === row) to++;
    const group = ordered.slice(from, to);
    from = to;
    const entry = index.rows[index.rowAt.get(row) ?? -1];
    if (entry === undefined) {
      const kept = group.filter((write) => write.value !== null);
      if (kept.length === 0) continue;
      const text = `<${prefix}row r="${row + 1}">${kept.map(cellText).join("")}</${prefix}row>`;
      const before = firstRowBelow(index.rows, row);
      if (before === undefined) appended.push(text);
      else edits.push({ start: before.start, end: before.start, text });
      continue;
    }
    if (!entry.selfClosing) {
      const open = xml.slice(entry.start, entry.openEnd);
      const widened = widenSpans(open, group);
      if (widened !== open) edits.push({ start: entry.start, end: entry.openEnd, text: widened });
    }
    const inserted: string[] = [];
    let insertAt = -1;
    let next = entry.firstCell;
    const last = entry.firstCell + entry.cellCount;
    const flush = () => {
      if (inserted.length === 0) return;
      edits.push({ start: insertAt, end: insertAt, text: inserted.join("") });
      inserted.length = 0;
    };
    for (const write of group) {
      while (next < last && (index.cells.column[next] ?? 0) < write.column) next++;
      if (next < last && index.cells.column[next] === write.column) {
        flush();
        replaced.add(next);
        if (index.cells.formula[next] !== FormulaKind.None) replacedFormula = true;
        edits.push({
          start: index.cells.start[next] ?? 0,
          end: index.cells.end[next] ?? 0,
          text: cellText(write),
        });
      } else if (write.value !== null) {
        const at = next < last ? (index.cells.start[next] ?? 0) : rowContentEnd(xml, entry);
        if (at !== insertAt) flush();
        insertAt = at;
        inserted.push(cellText(write));
      }
    }
    if (entry.selfClosing && inserted.length > 0) {
      const open = xml.slice(entry.start, entry.openEnd).replace(/\s*\/>$/, ">");
      edits.push({
        start: entry.start,
        end: entry.end,
        text: `${widenSpans(open, group)}${inserted.join("")}</${prefix}row>`,
      });
    } else flush();
  }
  if (appended.length > 0) edits.push(appendRows(index, appended.join("")));
  edits.push(...promoteSharedFormulas(index, replaced));
  return { xml: applyEdits(xml, edits), replacedFormula };
}

function lastWriteWins(writes: readonly CellWrite[]): readonly CellWrite[] {
  for (const write of writes) {
    if (
      !Number.isInteger(write.row) ||
      !Number.isInteger(write.column) ||
      write.row < 0 ||
      write.column < 0
    ) {
      throw new Error(
        `a cell write needs a row and a column counted from 0, not ${write.row},${write.column}`,
      );
    }
    if (write.row > 1_048_575 || write.column > 16_383)
      throw new Error(`cell ${write.row},${write.column} is beyond Excel's grid`);
  }
  // Tend hands its writes over in order, one per cell: then there is nothing to sort or drop.
  if (isSorted(writes)) return writes;
  const byPlace = new Map<number, CellWrite>();
  for (const write of writes) byPlace.set(write.row * 16_384 + write.column, write);
  const ordered = [...byPlace.values()];
  return isSorted(ordered) ? ordered : ordered.sort((a, b) => a.row - b.row || a.column - b.column);
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

const SPANS = /\bspans=(["'])(\d+):(\d+)\1/;

/** spans="1:25" is a hint of the row's columns; a write beyond it widens it. */
function widenSpans(openTag: string, writes: readonly CellWrite[]): string {
  const spans = SPANS.exec(openTag);
  if (spans === null) return openTag;
  const [whole, quote, first, lastColumn] = spans as unknown as [string, string, string, string];
  let low = Number(first);
  let high = Number(lastColumn);
  for (const write of writes) {
    if (write.value === null) continue;
    low = Math.min(low, write.column + 1);
    high = Math.max(high, write.column + 1);
  }
  if (low === Number(first) && high === Number(lastColumn)) return openTag;
  const at = spans.index;
  return `${openTag.slice(0, at)}spans=${quote}${low}:${high}${quote}${openTag.slice(at + whole.length)}`;
}

function widenedDimension(index: SheetIndex, writes: readonly CellWrite[]): Edit | undefined {
  const { dimension, xml } = index;
  if (dimension === undefined) return undefined;
  const range = parseRange(dimension.ref.split(" ")[0] ?? "");
  const valued = writes.filter((write) => write.value !== null);
  if (valued.length === 0) return undefined;
  const first = valued[0] as CellWrite;
  const wider = range ?? { top: first.row, left: first.column, bottom: first.row, right: first.column };
  const before = formatRange(wider);
  for (const write of valued) {
    wider.top = Math.min(wider.top, write.row);
    wider.bottom = Math.max(wider.bottom, write.row);
    wider.left = Math.min(wider.left, write.column);
    wider.right = Math.max(wider.right, write.column);
  }
  const after = formatRange(wider);
  if (after === before && range !== undefined) return undefined;
  const tag = xml.slice(dimension.start, dimension.end);
  return {
    start: dimension.start,
    end: dimension.end,
    text: tag.replace(/\bref=(["'])[^"']*\1/, `ref="${after}"`),
  };
}

function isSorted(writes: readonly CellWrite[]): boolean {
  for (let at = 1; at < writes.length; at++) {
    const previous = writes[at - 1] as CellWrite;
    const write = writes[at] as CellWrite;
    if (write.row < previous.row || (write.row === previous.row && write.column <= previous.column))
      return false;
  }
  return true;
}
