/** A run that takes the lock of a file at a given moment, holds it a while, and says how it went. */
import { setTimeout as sleep } from "node:timers/promises";
import { lockFile } from "../../../shared/stores/local/file-lock.js";

const [path = "", startAt = "0", holdMs = "1000"] = process.argv.slice(2);
await sleep(Math.max(0, Number(startAt) - Date.now()));
try {
  const unlock = await lockFile(path);
  process.stdout.write("locked\n");
  await sleep(Number(holdMs));
  await unlock();
} catch (error) {
  process.stdout.write(`${(error as Error).message}\n`);
}
