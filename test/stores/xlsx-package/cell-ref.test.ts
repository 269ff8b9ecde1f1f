import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCellRef, refColumn } from "../../../shared/stores/xlsx-package/cell-ref.js";

describe("refColumn", () => {
  it.each([
    ["A1", 0],
    ["Z9", 25],
    ["AB12", 27],
    ["XFD1048576", 16383],
    ["$C$3", 2],
    ["c3", 2],
    ["A0", undefined],
    ["A", undefined],
    ["12", undefined],
  ])("reads the column of %s as %s", (ref, column) => {
    expect(refColumn(ref)).toBe(column);
  });

  it("gives parseCellRef's column for any text", () => {
    const refLike = fc.stringMatching(/^\$?[A-Za-z]{0,3}\$?[0-9 .e+-]{0,8}$/);
    fc.assert(
      fc.property(fc.oneof(refLike, fc.string()), (ref) => {
        expect(refColumn(ref)).toBe(parseCellRef(ref)?.column);
      }),
    );
  });
});
