import { describe, expect, it, vi } from "vitest";
import { resetConfiguration } from "../../functions/index.js";
import { HEADER, useFakeGoogle } from "../stores/sheets/sheets-harness.js";

import { useFunctionServer } from "../support/function-server.js";

const { context } = useFakeGoogle();
const server = useFunctionServer("dailyRun");

describe("dailyRun on a Google Sheet", () => {
  it("runs the scheduled job on the sheet named by TEND_SOURCE and logs no token or contact", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: { Contacts: [HEADER, ["Ana Silva", "linkedin.com/in/ana", "Worked together"]] },
    });
    resetConfiguration({ TEND_SOURCE: `sheets:${id}`, SHEETS_API_ROOT_URL: context.sheets.rootUrl });
    const printed: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    let response: Response;
    try {
      response = await fetch(server.url(), {
        method: "POST",
        headers: { "content-type": "application/octet-stream" },
        body: "",
      });
    } finally {
      spy.mockRestore();
      resetConfiguration();
    }
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ rowsChanged: 1, counts: { Connect: 1 } });
    expect(context.sheets.tabValues(id, "Contacts")[1]?.[5]).toBe("Connect");
    const output = printed.join("");
    expect(output).toContain('"severity":"INFO"');
    expect(output).not.toContain(context.metadata.token);
    expect(output).not.toContain("Ana");
  });
});
