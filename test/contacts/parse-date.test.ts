import { describe, expect, it } from "vitest";
import { dayFromIso, dayToSerial, isoDay } from "../../shared/contacts/days.js";
import { type CellValue, type DateOrder, parseDateCell } from "../../shared/contacts/parse-date.js";

const read = (value: CellValue, order: DateOrder = "MDY") => {
  const day = parseDateCell(value, order);
  return typeof day === "number" ? isoDay(day) : day;
};

describe(parseDateCell, () => {
  it.each<[CellValue, string]>([
    ["2026-11-03", "2026-11-03"],
    ["  2026-11-03 ", "2026-11-03"],
    ["2026-11-03T14:30:00Z", "2026-11-03"],
    ["3 Nov 2026", "2026-11-03"],
    ["03 Nov 2026", "2026-11-03"],
    ["3 November 2026", "2026-11-03"],
    ["3-Nov-26", "2026-11-03"],
    ["Nov 3, 2026", "2026-11-03"],
    ["November 3, 2026", "2026-11-03"],
    ["nov 3 2026", "2026-11-03"],
    ["05 Feb 2024", "2024-02-05"],
    ["Sat Dec 14 08:57:55 UTC 2024", "2024-12-14"],
    ["29 Feb 2024", "2024-02-29"],
  ])("reads %j as %s", (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it.each<[CellValue, string]>([
    [dayToSerial(dayFromIso("2026-11-03") as number), "2026-11-03"],
    [46_329, "2026-11-03"],
    [46_329.75, "2026-11-03"],
    ["46329", "2026-11-03"],
    [1, "1899-12-31"],
  ])("reads the spreadsheet serial number %j as %s", (serial, iso) => {
    expect(read(serial)).toBe(iso);
  });

  it("reads a real date cell as its UTC calendar day", () => {
    expect(read(new Date(Date.UTC(2026, 10, 3)))).toBe("2026-11-03");
    expect(read(new Date("2026-11-03T23:59:59Z"))).toBe("2026-11-03");
  });

  it.each<[string, DateOrder, string]>([
    ["03/11/2026", "MDY", "2026-03-11"],
    ["03/11/2026", "DMY", "2026-11-03"],
    ["11/3/2026", "MDY", "2026-11-03"],
    ["3/11/2026", "DMY", "2026-11-03"],
    ["1/8/18", "MDY", "2018-01-08"],
    ["12/31/2026", "MDY", "2026-12-31"],
    ["31/12/2026", "DMY", "2026-12-31"],
    ["03.11.2026", "MDY", "2026-11-03"],
  ])("reads the slash date %j in %s order as %s", (text, order, iso) => {
    expect(read(text, order)).toBe(iso);
  });

  it.each<[CellValue, DateOrder]>([
    ["31/02/2026", "DMY"],
    ["02/31/2026", "MDY"],
    ["31/12/2026", "MDY"],
    ["12/31/2026", "DMY"],
    ["2026-02-31", "MDY"],
    ["29 Feb 2026", "MDY"],
    ["2026-13-01", "MDY"],
    ["Foo 3, 2026", "MDY"],
    ["next Tuesday", "MDY"],
    ["12", "MDY"],
    ["3 Nov", "MDY"],
    [0, "MDY"],
    [-5, "MDY"],
    [Number.NaN, "MDY"],
    [true, "MDY"],
    [new Date("not a date"), "MDY"],
  ])("cannot read %j (%s): null", (value, order) => {
    expect(parseDateCell(value, order)).toBeNull();
  });

  it.each<CellValue>([undefined, null, "", "   "])("reads the blank cell %j as undefined", (value) => {
    expect(parseDateCell(value, "MDY")).toBeUndefined();
  });
});
