import type ExcelJS from "exceljs";
import { DATE_COLUMN_SET, headerOf, OUTPUT_COLUMN_KEYS, TALK_BACK_COLUMNS } from "../../contacts/columns.js";
import { DROPDOWNS } from "../../contacts/dropdowns.js";
import { columnLetter, matchColumn } from "../../contacts/header-match.js";
import { TABS } from "../../layout/tab-names.js";
import { HEADER_FONT, markAsTends, TEND_FILL, WORKBOOK_FONT } from "./xlsx-looks.js";

/** Excel's last row: dropdowns and colours cover the whole table, however big an import makes it. */
export const LAST_ROW = 1_048_576;
const OUTPUT = new Set<string>(OUTPUT_COLUMN_KEYS);
/** Done in a workbook: a dropdown with the tick Tend reads (a date typed there works too). */
const DONE_VALUES = ["Yes"];
/** Widths in characters: links and "Ask for informational interview" show whole; long text wraps. */
const WIDTHS: Record<string, number> = {
  name: 22,
  linkedinUrl: 46,
  company: 20,
  title: 24,
  relationship: 18,
  metAt: 18,
  status: 17,
  suggestedAction: 32,
  why: 60,
  draftMessage: 70,
  notes: 36,
  interests: 28,
  recentPost: 28,
  milestone: 28,
};
/** Three lines of 11-point text, in points. */
const ROW_HEIGHT = 45;
const WRAPPED = new Set(["why", "draftMessage", "notes"]);

/** exceljs has range data validations but does not declare them. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** The header of a new Contacts tab: the one given, with Tend's columns and Done/Snooze after it when missing. */
export function contactsHeader(given: readonly string[]): string[] {
  const present = new Set(given.map((header) => matchColumn(header)?.column));
  const missing = [...OUTPUT_COLUMN_KEYS, ...TALK_BACK_COLUMNS].filter((column) => !present.has(column));
  return [...given, ...missing.map(headerOf)];
}

/** The Contacts tab of a new workbook: frozen header, widths, wrap, Tend's columns shaded, dropdowns, colours. */
export function addContactsSheet(
  workbook: ExcelJS.Workbook,
  header: readonly string[],
  rows: readonly (readonly (string | Date)[])[],
): void {
  // Spreadsheets size rows to wrapped text only as it is typed: rows hold three lines from the start.
  const sheet = workbook.addWorksheet(TABS.contacts, {
    views: [{ state: "frozen", ySplit: 1 }],
    properties: { defaultRowHeight: ROW_HEIGHT },
  });
  sheet.addRow([...header]).height = 18;
  for (const row of rows) sheet.addRow([...row]);
  const keys = header.map((text) => matchColumn(text)?.column ?? "");
  keys.forEach((key, index) => {
    const column = sheet.getColumn(index + 1);
    const text = header[index] ?? "";
    column.width = Math.max(WIDTHS[key] ?? (DATE_COLUMN_SET.has(key) ? 13 : 15), text.length + 3);
    // Column styles reach the cells Tend writes later, so every row looks the same.
    column.font = WORKBOOK_FONT;
    column.alignment = WRAPPED.has(key) ? { vertical: "top", wrapText: true } : { vertical: "top" };
    if (DATE_COLUMN_SET.has(key)) column.numFmt = "yyyy-mm-dd";
    if (OUTPUT.has(key)) column.fill = TEND_FILL;
    const values = key === "done" ? DONE_VALUES : DROPDOWNS[key as keyof typeof DROPDOWNS];
    if (values !== undefined) addDropdown(sheet, columnLetter(index), text, values);
  });
  const headerRow = sheet.getRow(1);
  headerRow.font = HEADER_FONT;
  headerRow.alignment = { vertical: "top" };
  keys.forEach((key, index) => {
    if (OUTPUT.has(key)) markAsTends(headerRow.getCell(index + 1));
  });
  addColours(sheet, keys);
}

function addDropdown(sheet: ExcelJS.Worksheet, letter: string, title: string, values: readonly string[]) {
  // One range per column, written once: exceljs keeps a range as it is given.
  (sheet as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${LAST_ROW}`, {
    type: "list",
    allowBlank: true,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: title,
    error: `Use one of: ${values.join(", ")}`,
  });
}

/** Priority colours, an overdue Due in red, and done rows greyed, over the whole table. */
function addColours(sheet: ExcelJS.Worksheet, keys: readonly string[]): void {
  const at = (key: string) => {
    const index = keys.indexOf(key);
    return index < 0 ? undefined : columnLetter(index);
  };
  const done = at("done");
  if (done !== undefined) {
    sheet.addConditionalFormatting({
      ref: `A2:${columnLetter(keys.length - 1)}${LAST_ROW}`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [`$${done}2<>""`],
          style: { font: { color: { argb: "FF9E9E9E" } } },
        },
      ],
    });
  }
  const priority = at("priority");
  if (priority !== undefined) {
    const colours: [string, string, string][] = [
      ["High", "FFF4C7C3", "FF9C1C12"],
      ["Medium", "FFFCE8B2", "FF7A5300"],
      ["Low", "FFD9EAD3", "FF27632A"],
    ];
    sheet.addConditionalFormatting({
      ref: `${priority}2:${priority}${LAST_ROW}`,
      rules: colours.map(([value, fill, font], index) => ({
        type: "expression",
        priority: 2 + index,
        formulae: [`$${priority}2="${value}"`],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill } },
          font: { color: { argb: font }, bold: true },
        },
      })),
    });
  }
  const due = at("due");
  if (due !== undefined) {
    sheet.addConditionalFormatting({
      ref: `${due}2:${due}${LAST_ROW}`,
      rules: [
        {
          type: "expression",
          priority: 5,
          // Tend writes Due as ISO text; a date typed there counts too. Other text is never before today.
          formulae: [`AND($${due}2<>"",IFERROR(DATEVALUE($${due}2),$${due}2)<TODAY())`],
          style: { font: { color: { argb: "FFC00000" }, bold: true } },
        },
      ],
    });
  }
}
