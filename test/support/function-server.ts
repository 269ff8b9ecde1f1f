import type { AddressInfo } from "node:net";
import { getTestServer } from "@google-cloud/functions-framework/testing";
import { afterAll, beforeAll } from "vitest";
// Registers the functions with the framework, so getTestServer finds them.
import "../../functions/index.js";

/** The Functions Framework's test server for one function, on 127.0.0.1, for the whole test file. */
export function useFunctionServer(name: "dailyRun" | "dailyRunEvent"): { url: () => string } {
  let url = "";
  let close: () => void = () => {};
  beforeAll(async () => {
    const server = getTestServer(name);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    close = () => server.close();
  });
  afterAll(() => close());
  return { url: () => url };
}
