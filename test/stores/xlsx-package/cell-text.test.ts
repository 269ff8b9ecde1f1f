import { describe, expect, it } from "vitest";
import { isDateFormat } from "../../../shared/stores/xlsx-package/date-formats.js";
import { hyperlinkOf, shiftFormula } from "../../../shared/stores/xlsx-package/formula-text.js";
import { dateToSerial, serialToDate } from "../../../shared/stores/xlsx-package/serial-date.js";

describe("isDateFormat", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["d mmm yyyy", true],
    ["[$-409]mmmm d, yyyy", true],
    ["h:mm AM/PM", true],
    ["[h]:mm:ss", true],
    ["General", false],
    ["0.00", false],
    ['#,##0 "days"', false],
    ["[Red]0.00;[Blue]-0.00", false],
    ["0.00E+00", false],
  ])("%s shows a date: %s", (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});

describe("serialToDate", () => {
  it.each([
    [46083, false, Date.UTC(2026, 2, 2)],
    [44621, true, Date.UTC(2026, 2, 2)],
    [61, false, Date.UTC(1900, 2, 1)],
    [59, false, Date.UTC(1900, 1, 28)],
  ])("reads serial %s (1904: %s)", (serial, date1904, time) => {
    expect(serialToDate(serial, date1904).getTime()).toBe(time);
    expect(dateToSerial(new Date(time), date1904)).toBe(serial);
  });
});

describe("shiftFormula", () => {
  it.each([
    ["B1*2+$C$1", 1, 0, "B2*2+$C$1"],
    ["SUM(A1:B2)", 2, 1, "SUM(B3:C4)"],
    ["$A1&B$1", 1, 1, "$A2&C$1"],
    ['"A1"&Data2!A1', 1, 0, '"A1"&Data2!A2'],
    ["'Sheet 1'!A1+LOG10(A1)", 1, 0, "'Sheet 1'!A2+LOG10(A2)"],
    ["Table1[Col1]+A1", 1, 0, "Table1[Col1]+A2"],
    ["Jan2!A1", 1, 0, "Jan2!A2"],
  ])("shifts %s by %s rows and %s columns", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});

describe("hyperlinkOf", () => {
  it.each([
    ['HYPERLINK("https://www.linkedin.com/in/ada","View profile")', "https://www.linkedin.com/in/ada"],
    ['IF(A1,hyperlink( "https://x.test/?q=""a""" ),"")', 'https://x.test/?q="a"'],
    ['HYPERLINK(B2,"View")', undefined],
    ["LEN(A2)", undefined],
  ])("finds the literal target of %s", (formula, link) => {
    expect(hyperlinkOf(formula)).toBe(link);
  });
});
