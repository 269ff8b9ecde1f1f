import { inspect } from "node:util";
import { vi } from "vitest";

/**
 * Everything the process prints while `work` runs (stdout, stderr, console) and, when it
 * throws, the error as deep as it goes: for scanning output for secrets.
 */
export async function captureOutput(work: () => Promise<unknown>): Promise<string> {
  const printed: string[] = [];
  const keep = (chunk: unknown) => {
    printed.push(String(chunk));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation(keep),
    vi.spyOn(process.stderr, "write").mockImplementation(keep),
    ...(["log", "warn", "error", "info", "debug"] as const).map((method) =>
      vi
        .spyOn(console, method)
        .mockImplementation((...args) => void printed.push(args.map((arg) => inspect(arg)).join(" "))),
    ),
  ];
  try {
    printed.push(String(await work().catch((error: unknown) => everything(error))));
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return printed.join("\n");
}

/** An error as deep as it goes: message, stack, causes, hidden fields, and as JSON. */
export function everything(error: unknown): string {
  return `${inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })}\n${JSON.stringify(error)}`;
}
