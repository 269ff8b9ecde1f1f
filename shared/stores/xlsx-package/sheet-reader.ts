import { refColumn } from "./cell-ref.js";
import { cellValue, type ValueContext } from "./cell-value.js";
import { hyperlinkOf, shiftFormula } from "./formula-text.js";
import { RichTextCollector } from "./rich-text.js";
import { CellTable, FormulaKind, type RowEntry, type SharedMaster, type SheetIndex } from "./sheet-index.js";
import { type LaneTag, readRows } from "./simple-rows.js";
import type { CellValue, HyperlinkElement, SheetRead, UncachedFormula } from "./types.js";
import {
  parseXml,
  prefixedAttribute,
  prefixOf,
  scanXmlElement,
  type XmlHandlers,
  type XmlTag,
} from "./xml-events.js";
import { decodeOoxmlText } from "./xml-text.js";

const FLAG = new Set(["1", "true"]);

/** One pass over a worksheet part: the values Tend reads and where every row and cell is. */
export function readSheetXml(xml: string, context: ValueContext, what: string): SheetRead {
  const cells = new CellTable();
  const rows: RowEntry[] = [];
  const rowAt = new Map<number, number>();
  const sharedMasters = new Map<number, SharedMaster>();
  const columnStyles: SheetIndex["columnStyles"] = [];
  const values: CellValue[][] = [];
  const formulaLinks = new Map<string, string>();
  const hyperlinks: HyperlinkElement[] = [];
  const uncachedFormulas: UncachedFormula[] = [];
  const arrayRanges: string[] = [];
  let prefix = "";
  let isProtected = false;
  let sheetData: SheetIndex["sheetData"];
  let dimension: SheetIndex["dimension"];

  let row: RowEntry | undefined;
  let column = -1;
  let cell = -1;
  let type = "n";
  let where: "v" | "f" | "is" | undefined;
  let hasValue = false;
  let valueText = "";
  let formulaText = "";
  const inline = new RichTextCollector();
  // An inline string the fast lane (simple-rows.ts) read, OOXML escapes decoded.
  let laneInline: string | undefined;

  const openRow = (tag: XmlTag | LaneTag) => {
    const r = tag.attribute("r");
    const number = r === undefined ? (row?.number ?? -1) + 1 : Number(r) - 1;
    const style = FLAG.has(tag.attribute("customFormat") ?? "") ? Number(tag.attribute("s") ?? 0) : undefined;
    row = {
      number,
      start: tag.start,
      openEnd: tag.end,
      end: tag.end,
      selfClosing: tag.selfClosing,
      firstCell: cells.length,
      cellCount: 0,
      style,
    };
    rowAt.set(number, rows.length);
    rows.push(row);
    column = -1;
  };

  const openCell = (tag: XmlTag | LaneTag) => {
    const r = tag.attribute("r");
    const s = tag.attribute("s");
    const t = tag.attribute("t");
    column = r === undefined ? column + 1 : (refColumn(r) ?? column + 1);
    laneInline = undefined;
    cell = cells.add(row?.number ?? 0, column, tag.start, s === undefined ? -1 : Number(s));
    if (row !== undefined) row.cellCount++;
    type = t ?? "n";
    hasValue = false;
    valueText = "";
    formulaText = "";
    inline.reset();
  };

  const openFormula = (tag: XmlTag) => {
    const t = tag.attribute("t");
    const si = tag.attribute("si");
    const ref = tag.attribute("ref");
    const shared = t === "shared" && si !== undefined;
    cells.formula[cell] = shared
      ? ref === undefined
        ? FormulaKind.SharedChild
        : FormulaKind.SharedMaster
      : t === "array" || t === "dataTable"
        ? FormulaKind.Range
        : FormulaKind.Plain;
    if (shared) cells.shared[cell] = Number(si);
  };

  const closeCell = (end: number) => {
    cells.end[cell] = end;
    const rowNumber = cells.row[cell] ?? 0;
    const kind = cells.formula[cell] ?? FormulaKind.None;
    let formula = formulaText;
    const uncached =
      kind !== FormulaKind.None &&
      (!hasValue || (valueText === "" && type !== "str" && type !== "inlineStr"));
    if (kind === FormulaKind.SharedMaster) {
      sharedMasters.set(cells.shared[cell] ?? -1, { cell, ref: formulaRef, formula });
    } else if (kind === FormulaKind.SharedChild) {
      const master = sharedMasters.get(cells.shared[cell] ?? -1);
      // Shifting costs a regex per cell: done only when the text is needed.
      const needed = uncached || (master !== undefined && /hyperlink/i.test(master.formula));
      formula = master === undefined || !needed ? "" : childFormula(master, cells, rowNumber, column);
    } else if (kind === FormulaKind.Range && formulaRef.includes(":")) {
      arrayRanges.push(formulaRef);
    }
    if (kind !== FormulaKind.None) {
      const link = hyperlinkOf(formula);
      if (link !== undefined) formulaLinks.set(`${rowNumber},${column}`, link);
      if (uncached) uncachedFormulas.push({ row: rowNumber, column, formula });
    }
    if (uncached) return;
    const text = type !== "inlineStr" ? valueText : (laneInline ?? inline.value());
    if (type !== "inlineStr" && !hasValue) return;
    const value = cellValue(type, cells.style[cell] ?? -1, text, context);
    if (value !== undefined) place(values, rowNumber, column, value);
  };

  let formulaRef = "";
  const lane = {
    openRow,
    openCell,
    closeCell(end: number, value: string | undefined, inlineText: string | undefined) {
      hasValue = value !== undefined;
      valueText = value ?? "";
      laneInline = inlineText === undefined ? "" : decodeOoxmlText(inlineText);
      closeCell(end);
    },
    closeRow(end: number) {
      if (row !== undefined) row.end = end;
    },
  };
  const handlers: XmlHandlers = {
    // Unprefixed rows go through the fast lane, which hands the rest back to the scanner.
    readContent: (tag) =>
      tag.local === "sheetData" && prefix === ""
        ? readRows(xml, tag.end, lane, (at) => scanXmlElement(xml, at, handlers))
        : undefined,
    open(tag) {
      if (where === "is") return inline.open(tag.local, tag.selfClosing);
      switch (tag.local) {
        case "c":
          return openCell(tag);
        case "v":
          hasValue = true;
          where = "v";
          return;
        case "f":
          formulaRef = tag.attribute("ref") ?? "";
          openFormula(tag);
          where = "f";
          return;
        case "is":
          where = "is";
          return;
        case "row":
          return openRow(tag);
        case "sheetData":
          sheetData = { start: tag.start, openEnd: tag.end, end: tag.end, selfClosing: tag.selfClosing };
          return;
        case "worksheet":
        case "chartsheet":
        case "dialogsheet":
          prefix = prefixOf(tag.name);
          return;
        case "dimension":
          dimension = { start: tag.start, end: tag.end, ref: tag.attributes.ref ?? "" };
          return;
        case "col":
          if (tag.attributes.style !== undefined) {
            columnStyles.push({
              min: Number(tag.attributes.min) - 1,
              max: Number(tag.attributes.max) - 1,
              style: Number(tag.attributes.style),
            });
          }
          return;
        case "hyperlink":
          hyperlinks.push({
            ref: tag.attributes.ref ?? "",
            id: prefixedAttribute(tag.attributes, "id"),
            location: tag.attributes.location,
          });
          return;
        case "sheetProtection":
          isProtected = FLAG.has(tag.attributes.sheet ?? "");
          return;
      }
    },
    close(local, end) {
      if (where === "is" && local !== "is") return inline.close(local);
      if (local === "v" || local === "f" || local === "is") where = undefined;
      else if (local === "c") closeCell(end);
      else if (local === "row" && row !== undefined) row.end = end;
      else if (local === "sheetData" && sheetData !== undefined) sheetData.end = end;
    },
    text(text) {
      if (where === "v") valueText += text;
      else if (where === "f") formulaText += text;
      else if (where === "is") inline.characters(text);
    },
  };
  parseXml(xml, handlers, what);
  return {
    index: {
      xml,
      prefix,
      rows,
      rowAt,
      cells,
      sheetData,
      dimension,
      columnStyles,
      sharedMasters,
      arrayRanges,
    },
    rows: values,
    formulaLinks,
    hyperlinks,
    uncachedFormulas,
    protected: isProtected,
  };
}

function childFormula(master: SharedMaster, cells: CellTable, row: number, column: number): string {
  const rows = row - (cells.row[master.cell] ?? row);
  const columns = column - (cells.column[master.cell] ?? column);
  return shiftFormula(master.formula, rows, columns);
}

function place(values: CellValue[][], row: number, column: number, value: CellValue): void {
  while (values.length <= row) values.push([]);
  const cells = values[row] as CellValue[];
  while (cells.length < column) cells.push(undefined);
  cells[column] = value;
}
