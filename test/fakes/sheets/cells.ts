import { evaluateConstantFormula } from "./formula.js";
import { formatSerial, parseTypedDate } from "./serial-dates.js";

export type CellValue = string | number | boolean;
export type JsonObject = Record<string, unknown>;

export interface NumberFormat {
  type: string;
  pattern?: string;
}

/** One stored cell. `value` is the effective value: for a formula, its cached result. */
export interface Cell {
  value: CellValue | null;
  formula?: string;
  /** userEnteredFormat: backgroundColor, numberFormat, textFormat, ... as the API sent them. */
  format?: JsonObject;
  validation?: JsonObject;
  note?: string;
}

export type ValueInputOption = "RAW" | "USER_ENTERED";
export type ValueRenderOption = "FORMATTED_VALUE" | "UNFORMATTED_VALUE" | "FORMULA";
export type DateTimeRenderOption = "SERIAL_NUMBER" | "FORMATTED_STRING";

export interface RenderOptions {
  valueRender: ValueRenderOption;
  dateTimeRender: DateTimeRenderOption;
}

/** What writing one JSON value into a cell does: leave it (null), empty it (""), or set it. */
export type CellWrite =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "set"; value: CellValue | null; formula?: string; numberFormat?: NumberFormat };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;

export function parseInput(raw: unknown, option: ValueInputOption): CellWrite | undefined {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "set", value: raw } : undefined;
  if (typeof raw === "boolean") return { kind: "set", value: raw };
  if (typeof raw !== "string") return undefined;
  if (raw === "") return { kind: "clear" };
  if (option === "RAW") return { kind: "set", value: raw };
  return parseUserEntered(raw);
}

/** USER_ENTERED: what typing the text into the Sheets UI would store. */
function parseUserEntered(text: string): CellWrite {
  if (text.startsWith("'")) return { kind: "set", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) {
    return { kind: "set", value: evaluateConstantFormula(text) ?? null, formula: text };
  }
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { kind: "set", value: Number(trimmed) };
  if (GROUPED_NUMBER.test(trimmed)) return { kind: "set", value: Number(trimmed.replaceAll(",", "")) };
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const decimals = percent[1]?.split(".")[1]?.length ?? 0;
    const pattern = decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
    return { kind: "set", value: Number(percent[1]) / 100, numberFormat: { type: "PERCENT", pattern } };
  }
  if (/^(true|false)$/i.test(trimmed)) return { kind: "set", value: trimmed.toLowerCase() === "true" };
  const date = parseTypedDate(trimmed);
  if (date)
    return { kind: "set", value: date.serial, numberFormat: { type: date.type, pattern: date.pattern } };
  return { kind: "set", value: text };
}

export function isEmptyCell(cell: Cell | null | undefined): boolean {
  return !cell || (cell.value === null && cell.formula === undefined);
}

export function cellNumberFormat(cell: Cell): NumberFormat | undefined {
  const format = cell.format?.numberFormat;
  if (!format || typeof format !== "object") return undefined;
  const { type, pattern } = format as JsonObject;
  if (typeof type !== "string") return undefined;
  return typeof pattern === "string" ? { type, pattern } : { type };
}

/** The value values.get returns for a cell; "" for an empty one. */
export function renderCell(cell: Cell | null | undefined, options: RenderOptions): CellValue {
  if (!cell) return "";
  if (options.valueRender === "FORMULA" && cell.formula !== undefined) return cell.formula;
  const { value } = cell;
  if (value === null) return "";
  if (typeof value === "number") {
    const format = cellNumberFormat(cell);
    const isDate = format !== undefined && ["DATE", "TIME", "DATE_TIME"].includes(format.type);
    if (
      isDate &&
      (options.valueRender === "FORMATTED_VALUE" || options.dateTimeRender === "FORMATTED_STRING")
    ) {
      return formatSerial(value, format.pattern ?? defaultDatePattern(format.type));
    }
    return options.valueRender === "FORMATTED_VALUE" ? formatNumber(value, format) : value;
  }
  if (typeof value === "boolean" && options.valueRender === "FORMATTED_VALUE")
    return value ? "TRUE" : "FALSE";
  return value;
}

function defaultDatePattern(type: string): string {
  if (type === "TIME") return "h:mm:ss am/pm";
  return type === "DATE" ? "M/d/yyyy" : "M/d/yyyy H:mm:ss";
}

/** The "Automatic" format for plain numbers, plus the fixed-decimal and percent patterns. */
export function formatNumber(value: number, format?: NumberFormat): string {
  const pattern = format?.pattern ?? "";
  const fixed = /^(#,##)?0(\.(0+))?(%)?$/.exec(pattern);
  if (fixed) {
    const scaled = fixed[4] ? value * 100 : value;
    const decimals = fixed[3]?.length ?? 0;
    const text = fixed[1]
      ? scaled.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
      : scaled.toFixed(decimals);
    return `${text}${fixed[4] ?? ""}`;
  }
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number.parseFloat(value.toPrecision(15)));
}
