import { Settings } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { shownTime } from "../../shared/layout/shown-time.js";

describe("shownTime", () => {
  afterEach(() => {
    Settings.defaultLocale = "";
  });

  it("shows a run's start in the user's time zone, naming it", () => {
    expect(shownTime("2026-12-01T08:15:00.000Z", "Europe/Lisbon")).toBe("2026-12-01 08:15, Europe/Lisbon");
    expect(shownTime("2026-12-01T08:15:00.000Z", "America/New_York", false)).toBe("2026-12-01 03:15");
  });

  it("writes Latin digits whatever locale the machine has", () => {
    // A machine set to Arabic (Egypt) would otherwise get ٢٠٢٦-١٢-٠١ in the Today tab.
    Settings.defaultLocale = "ar-EG";
    expect(shownTime("2026-12-01T08:15:00.000Z", "UTC")).toBe("2026-12-01 08:15, UTC");
  });

  it("shows text that is not a time as it is", () => {
    expect(shownTime("yesterday morning", "UTC")).toBe("yesterday morning");
  });
});
