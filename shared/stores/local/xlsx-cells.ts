import type ExcelJS from "exceljs";
import type { CellValue } from "../../contacts/parse-date.js";

/** An exceljs cell value as the plain value Tend reads: rich text joined, formulas by result. */
export function plainCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) {
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
