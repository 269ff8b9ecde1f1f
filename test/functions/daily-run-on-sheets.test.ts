import type { AddressInfo } from "node:net";
import { getTestServer } from "@google-cloud/functions-framework/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetConfiguration } from "../../functions/index.js";
import { HEADER, useFakeGoogle } from "../stores/sheets/sheets-harness.js";

const { context } = useFakeGoogle();
let baseUrl = "";
let close: () => void = () => {};

beforeAll(async () => {
  const server = getTestServer("dailyRun");
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  close = () => server.close();
});
afterAll(() => close());

describe("dailyRun on a Google Sheet", () => {
  it("runs the scheduled job on the sheet named by TEND_SOURCE and logs no token or contact", async () => {
    const id = context.sheets.createSpreadsheet({
      tabs: { Contacts: [HEADER, ["Ana Silva", "linkedin.com/in/ana", "Worked together"]] },
    });
    vi.stubEnv("TEND_SOURCE", `sheets:${id}`);
    vi.stubEnv("SHEETS_API_ROOT_URL", context.sheets.rootUrl);
    resetConfiguration();
    const printed: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    let response: Response;
    try {
      response = await fetch(baseUrl, {
        method: "POST",
        headers: { "content-type": "application/octet-stream" },
        body: "",
      });
    } finally {
      spy.mockRestore();
      vi.unstubAllEnvs();
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
