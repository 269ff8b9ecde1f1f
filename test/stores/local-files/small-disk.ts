import { execFileSync } from "node:child_process";
import { mkdtempSync, rmdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A 64 KB tmpfs mounted on `dir`, to fill a real disk; root without network can do this in
 * most containers. Returns the unmount, or undefined when mounting is not allowed here.
 */
export function mountSmallDisk(dir: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  return () => execFileSync("umount", [dir], { stdio: "ignore" });
}

/** Whether this machine lets the tests mount a small disk (tried once, on a scratch folder). */
export const canMountSmallDisk = (() => {
  const dir = mkdtempSync(join(tmpdir(), "tend-disk-"));
  try {
    const unmount = mountSmallDisk(dir);
    unmount?.();
    return unmount !== undefined;
  } finally {
    rmdirSync(dir);
  }
})();
