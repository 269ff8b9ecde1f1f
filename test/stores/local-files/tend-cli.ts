import { main } from "../../../functions/cli/main.js";

/** `tend ...` as the user runs it: its exit code and what it printed. */
export async function tend(...args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await main(args, (text) => lines.push(text));
  return { code, output: lines.join("\n") };
}
