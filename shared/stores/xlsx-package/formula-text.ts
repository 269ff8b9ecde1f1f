import { columnName } from "./cell-ref.js";

const HYPERLINK_URL = /\bHYPERLINK\(\s*"((?:[^"]|"")*)"/i;

/** The target of a HYPERLINK("url", ...) formula whose first argument is a literal. */
export function hyperlinkOf(formula: string): string | undefined {
  const match = HYPERLINK_URL.exec(formula);
  return match?.[1]?.replaceAll('""', '"');
}

// String literals, quoted sheet names and [structured] references are skipped whole; a cell
// reference is letters then digits, not part of a longer name and not a function call.
const TOKENS =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![\w(.!])/g;

/**
 * A shared formula as it reads in a cell `rows` down and `columns` right of the master: relative
 * references move, $-anchored ones stay (ECMA-376 18.3.1.40). No library translates formulas
 * without evaluating them; whole-row and whole-column ranges (A:A, 1:1) are left as they are.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(TOKENS, (token, columnAnchor, letters, rowAnchor, digits) => {
    if (letters === undefined) return token;
    const column = columnAnchor === "$" ? letters : shiftedColumn(letters, columns);
    const row = rowAnchor === "$" ? digits : String(Number(digits) + rows);
    return `${columnAnchor}${column}${rowAnchor}${row}`;
  });
}

function shiftedColumn(letters: string, by: number): string {
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + char.charCodeAt(0) - 64;
  return columnName(column - 1 + by);
}
