import type ExcelJS from "exceljs";
import type { CellValue } from "../../contacts/parse-date.js";

/** An exceljs cell value as the plain value Tend reads: rich text joined, formulas by result. */
export function plainCellValue(value: ExcelJS.CellValue, preferLink = false): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) {
    if (preferLink) return value.hyperlink;
    return typeof value.text === "string" ? value.text : plainCellValue(value.text as ExcelJS.CellValue);
  }
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return undefined;
    return typeof result === "object" && !(result instanceof Date)
      ? String((result as { error: string }).error)
      : result;
  }
  if ("error" in value) return String(value.error);
  return String(value);
}

/** The values of one worksheet row as a 0-based array (exceljs counts columns from 1). */
export function rowValues(
  values: ExcelJS.CellValue[] | undefined,
  width: number,
  linkColumn?: number,
): CellValue[] {
  const cells: CellValue[] = new Array(width);
  if (values === undefined) return cells;
  for (let column = 0; column < Math.max(width, values.length - 1); column++) {
    cells[column] = plainCellValue(values[column + 1], column === linkColumn);
  }
  return cells;
}
