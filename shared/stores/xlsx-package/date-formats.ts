import { parseXml } from "./xml-events.js";

// ECMA-376 18.8.30: the built-in formats that show dates or times; 27-36 and 50-58 are the
// East Asian date formats.
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);
// Literal text, escaped and padding characters, and [colour]/[$-locale] sections say nothing about
// dates; [h], [mm], [ss] (elapsed time) do. The same test as openpyxl's is_date_format.
const NOT_DATE_PARTS = /"[^"]*"|\\.|[_*].|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]/g;

export function isDateFormat(code: string): boolean {
  const positive = code.split(";")[0] ?? "";
  return /[dmyhs]/i.test(positive.replace(NOT_DATE_PARTS, ""));
}

/** For each cell style (the s= index of a cell), whether its number format shows a date. */
export function dateStylesOf(stylesXml: string | undefined): boolean[] {
  if (stylesXml === undefined) return [];
  const customDates = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml(
    stylesXml,
    {
      open(tag) {
        if (tag.local === "numFmt") {
          const code = tag.attributes.formatCode ?? "";
          customDates.set(Number(tag.attributes.numFmtId), isDateFormat(code));
        } else if (tag.local === "cellXfs") inCellXfs = !tag.selfClosing;
        else if (tag.local === "xf" && inCellXfs) {
          const id = Number(tag.attributes.numFmtId ?? 0);
          styles.push(customDates.get(id) ?? BUILT_IN_DATES.has(id));
        }
      },
      close(local) {
        if (local === "cellXfs") inCellXfs = false;
      },
    },
    "xl/styles.xml",
  );
  return styles;
}
