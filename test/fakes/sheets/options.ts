import type { DateTimeRenderOption, RenderOptions, ValueInputOption, ValueRenderOption } from "./cells.js";
import { invalidValue, missingValueInputOption } from "./errors.js";

export type MajorDimension = "ROWS" | "COLUMNS";

/** Reads an enum from the query string or a body; an unknown value fails as Google's proto parser does. */
export function enumOption<T extends string>(
  raw: unknown,
  field: string,
  protoType: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (raw === undefined || raw === null || raw === "") return fallback;
  if (typeof raw === "string" && (allowed as readonly string[]).includes(raw)) return raw as T;
  throw invalidValue(field, `type.googleapis.com/google.apps.sheets.v4.${protoType}`, raw);
}

export function majorDimension(raw: unknown, field = "major_dimension"): MajorDimension {
  return enumOption(raw, field, "Dimension", ["ROWS", "COLUMNS"], "ROWS");
}

export function renderOptions(valueRaw: unknown, dateRaw: unknown, prefix = ""): RenderOptions {
  const valueRender = enumOption<ValueRenderOption>(
    valueRaw,
    `${prefix}value_render_option`,
    "ValueRenderOption",
    ["FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"],
    "FORMATTED_VALUE",
  );
  const dateTimeRender = enumOption<DateTimeRenderOption>(
    dateRaw,
    `${prefix}date_time_render_option`,
    "DateTimeRenderOption",
    ["SERIAL_NUMBER", "FORMATTED_STRING"],
    "SERIAL_NUMBER",
  );
  return { valueRender, dateTimeRender };
}

export function valueInputOption(raw: unknown): ValueInputOption {
  if (raw === undefined || raw === null || raw === "" || raw === "INPUT_VALUE_OPTION_UNSPECIFIED") {
    throw missingValueInputOption();
  }
  return enumOption<ValueInputOption>(
    raw,
    "value_input_option",
    "ValueInputOption",
    ["RAW", "USER_ENTERED"],
    "RAW",
  );
}
