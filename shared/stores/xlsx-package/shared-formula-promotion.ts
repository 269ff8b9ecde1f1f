import { formatRange } from "./cell-ref.js";
import { shiftFormula } from "./formula-text.js";
import { FormulaKind, type SheetIndex } from "./sheet-index.js";
import type { Edit } from "./splice.js";
import { escapeXml } from "./xml-text.js";

const FORMULA_ELEMENT = /<((?:[\w.-]+:)?)f\b[^>]*?(?:\/>|>[^<]*<\/(?:[\w.-]+:)?f\s*>)/;

/**
 * Cells of a shared formula carry only its id; the text is on the master cell. When a write
 * replaces the master, the first remaining cell of the group becomes the master, with the
 * formula moved to where it stands and a ref covering the rest, so the others keep their formulas.
 */
export function promoteSharedFormulas(index: SheetIndex, replaced: ReadonlySet<number>): Edit[] {
  const { cells, xml } = index;
  const edits: Edit[] = [];
  for (const [si, master] of index.sharedMasters) {
    if (!replaced.has(master.cell)) continue;
    const group: number[] = [];
    for (let at = master.cell + 1; at < cells.length; at++) {
      if (cells.shared[at] === si && cells.formula[at] === FormulaKind.SharedChild && !replaced.has(at)) {
        group.push(at);
      }
    }
    const heir = group[0];
    if (heir === undefined) continue;
    const rows = (cells.row[heir] ?? 0) - (cells.row[master.cell] ?? 0);
    const columns = (cells.column[heir] ?? 0) - (cells.column[master.cell] ?? 0);
    const covered = { top: Number.MAX_SAFE_INTEGER, left: Number.MAX_SAFE_INTEGER, bottom: 0, right: 0 };
    for (const at of group) {
      covered.top = Math.min(covered.top, cells.row[at] ?? 0);
      covered.bottom = Math.max(covered.bottom, cells.row[at] ?? 0);
      covered.left = Math.min(covered.left, cells.column[at] ?? 0);
      covered.right = Math.max(covered.right, cells.column[at] ?? 0);
    }
    const ref = formatRange(covered);
    const start = cells.start[heir] ?? 0;
    const end = cells.end[heir] ?? 0;
    const cell = xml.slice(start, end);
    const formula = escapeXml(shiftFormula(master.formula, rows, columns));
    const text = cell.replace(
      FORMULA_ELEMENT,
      (_, prefix: string) => `<${prefix}f t="shared" ref="${ref}" si="${si}">${formula}</${prefix}f>`,
    );
    edits.push({ start, end, text });
  }
  return edits;
}
