import { describe, expect, it } from "vitest";
import {
  isoDay,
  parseExportDate,
  parseMessageDate,
  slashDateOrder,
} from "../../shared/linkedin/export-dates.js";

describe(parseExportDate, () => {
  it.each([
    ["05 Feb 2024", "2024-02-05", "Connections.csv since 2021"],
    ["5 Feb 2024", "2024-02-05", "single-digit day"],
    ["5-Feb-24", "2024-02-05", "Connections.csv re-saved by Excel"],
    ["23-Nov-21", "2021-11-23", "the excel-resaved-2021 fixture"],
    ["1/8/18, 6:14 PM", "2018-01-08", "Connections.csv in 2018 (month first)"],
    ["1/29/26, 2:37 PM", "2026-01-29", "Invitations.csv Sent At"],
    ["1/29/26, 2:37\u202fPM", "2026-01-29", "narrow no-break space before PM (newer ICU)"],
    ["12/31/2025", "2025-12-31", "four-digit year"],
    ["2024-02-05", "2024-02-05", "ISO"],
    ["2024-11-02 18:03:11 UTC", "2024-11-02", "messages.csv DATE"],
    ["2024/02/01 15:02:55 UTC", "2024-02-01", "Endorsements and SearchQueries"],
    ["2026-02-09T01:21:47Z", "2026-02-09", "ISO with T and Z"],
    ["1823-07-18 11:00:00 UTC", "1823-07-18", "the synthetic fixture's Sent At"],
    ["Sat Dec 14 08:57:55 UTC 2024", "2024-12-14", "Company Follows.csv"],
    ["Mon Jan 06 23:59:59 PST 2025", "2025-01-06", "Java date in another zone: the day as written"],
    ["28 Nov 2024", "2024-11-28", "the synthetic fixture's Followed On"],
    ["Feb 5, 2024", "2024-02-05", "US long date"],
    ["  05 Feb 2024  ", "2024-02-05", "surrounding spaces"],
  ])("reads %j as %s (%s)", (text, expected) => {
    expect(parseExportDate(text)).toBe(expected);
  });

  it.each([
    ["", "blank"],
    ["yesterday", "words"],
    ["31 Feb 2024", "a day that does not exist"],
    ["13/13/24", "month 13 either way round"],
    ["05 Fbr 2024", "misspelt month"],
    ["2024-02-05 garbage", "trailing text"],
  ])("returns undefined for %j (%s)", (text) => {
    expect(parseExportDate(text)).toBeUndefined();
  });

  it("reads numeric dates day first when told to", () => {
    expect(parseExportDate("05/02/2024", "DMY")).toBe("2024-02-05");
    expect(parseExportDate("05/02/2024", "MDY")).toBe("2024-05-02");
  });
});

describe(parseMessageDate, () => {
  it("reads the UTC day of messages.csv dates", () => {
    expect(parseMessageDate("2024-11-02 18:03:11 UTC")).toBe("2024-11-02");
    expect(parseMessageDate("2024-11-02 23:59:59 UTC")).toBe("2024-11-02");
  });

  it("falls back to the other formats and rejects impossible days", () => {
    expect(parseMessageDate("05 Feb 2024")).toBe("2024-02-05");
    expect(parseMessageDate("2024-02-30 10:00:00 UTC")).toBeUndefined();
  });
});

describe(slashDateOrder, () => {
  it.each([
    [["1/8/18, 6:14 PM", "12/31/18, 1:00 AM"], "MDY"],
    [["23/11/2021", "05/02/2021"], "DMY"],
    [["05/02/2021", "06/03/2021"], "MDY"],
    [["05 Feb 2024", ""], "MDY"],
  ] as const)("takes %j as %s", (values, order) => {
    expect(slashDateOrder(values)).toBe(order);
  });
});

describe(isoDay, () => {
  it("refuses days that do not exist instead of rolling them over", () => {
    expect(isoDay(2024, 2, 29)).toBe("2024-02-29");
    expect(isoDay(2023, 2, 29)).toBeUndefined();
  });
});
