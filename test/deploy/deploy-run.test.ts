import { execFile } from "node:child_process";
import { access, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deploy } from "../../functions/deploy/main.js";
import { useTempDir } from "../support/temp-dir.js";
import { FUNCTION_URL, gcloudStub } from "./gcloud-stub.js";

const tempDir = useTempDir();
const run = promisify(execFile);
afterEach(() => {
  vi.unstubAllEnvs();
});

const SHEETS = {
  project: "acme-networking",
  region: "europe-west1",
  source: "sheets:1AbCdEfGhIjKlMnOpQrStUvWxYz",
  timeZone: "Europe/Berlin",
};
// Quotes, spaces, `$` and backquotes: a shell that mis-quotes changes or runs them.
const NOTION = {
  ...SHEETS,
  source: "notion:0123456789abcdef0123456789abcdef",
  notionTokenSecret: "notion-token",
  settingsFile: "settings/Jo's $HOME `id` (copy).csv",
};

async function configFile(config: unknown): Promise<string> {
  const path = join(await tempDir(), "deploy.json");
  await writeFile(path, JSON.stringify(config));
  return path;
}

/** `npm run deploy` for real, with the stub as the only gcloud on PATH. */
async function deployWithStub(config: unknown, options: { failOn?: string; url?: string } = {}) {
  const stub = await gcloudStub(await tempDir(), options);
  vi.stubEnv("PATH", stub.path);
  const lines: string[] = [];
  const code = await deploy(["--config", await configFile(config)], (text) => lines.push(text));
  return { code, lines, calls: await stub.calls() };
}

function schedulerCall(calls: string[][]): string[] | undefined {
  return calls.find((args) => args.slice(0, 4).join(" ") === "scheduler jobs create http");
}

describe("deploy", () => {
  it("creates the scheduler job with the URL gcloud reports as --uri and as the OIDC audience", async () => {
    const { code, calls } = await deployWithStub(SHEETS);
    expect(code).toBe(0);
    const job = schedulerCall(calls);
    expect(job).toContain(`--uri=${FUNCTION_URL}`);
    expect(job).toContain(`--oidc-token-audience=${FUNCTION_URL}`);
    expect(job?.some((arg) => arg.includes("$"))).toBe(false);
  });

  it("looks the URL up after the function is deployed, for that function", async () => {
    const { calls } = await deployWithStub(SHEETS);
    const order = calls.map((args) => args.slice(0, 2).join(" "));
    expect(order.indexOf("functions describe")).toBeGreaterThan(order.indexOf("functions deploy"));
    expect(calls.find((args) => args[1] === "describe")).toEqual([
      "functions",
      "describe",
      "tend-daily-run",
      "--gen2",
      "--region=europe-west1",
      "--project=acme-networking",
      "--format=value(serviceConfig.uri)",
    ]);
  });

  it("passes every argument to gcloud exactly as configured, with no shell in between", async () => {
    const { calls } = await deployWithStub(NOTION);
    const functionDeploy = calls.find((args) => args.slice(0, 2).join(" ") === "functions deploy");
    expect(functionDeploy).toContain(
      "--set-env-vars=TEND_SOURCE=notion:0123456789abcdef0123456789abcdef,TEND_SETTINGS=settings/Jo's $HOME `id` (copy).csv",
    );
  });

  it.each([
    ["services enable", "Enable the APIs Tend uses", 1],
    ["functions deploy", "Deploy the function (2nd gen, Node.js 22, not public)", 3],
    ["functions describe", "Look up the function's URL", 6],
    ["scheduler jobs", "Run every day", 7],
  ])("stops at a failing `gcloud %s` with one sentence naming the step", async (failOn, why, callsMade) => {
    const { code, lines, calls } = await deployWithStub(SHEETS, { failOn });
    expect(code).toBe(1);
    expect(calls).toHaveLength(callsMade);
    expect(calls.at(-1)?.join(" ")).toMatch(new RegExp(`^${failOn}`));
    const last = lines.at(-1) ?? "";
    expect(last).toContain(`(${why}`);
    expect(last).toMatch(/^Deploy stopped at step \d+ of \d+ \(.*\): gcloud exited with code 1; [^\n]*\.$/);
    expect(last.match(/\. /g)).toBeNull();
  });

  it("stops before the scheduler step when gcloud reports no URL", async () => {
    const { code, lines, calls } = await deployWithStub(SHEETS, { url: "" });
    expect(code).toBe(1);
    expect(schedulerCall(calls)).toBeUndefined();
    expect(lines.at(-1)).toMatch(/Look up the function's URL.*gcloud printed nothing to use as FUNCTION_URL/);
  });

  it("says how to get gcloud when it is not on PATH", async () => {
    vi.stubEnv("PATH", await tempDir());
    const lines: string[] = [];
    const code = await deploy(["--config", await configFile(SHEETS)], (text) => lines.push(text));
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(/step 1 of \d+ .*gcloud is not on PATH \(install the Google Cloud CLI/);
  });
});

describe("deploy --dry-run", () => {
  /** Runs the printed script by bash in a scratch folder, so a quoting slip cannot touch the repository. */
  async function runScript(path: string, stubPath: string) {
    return run("bash", [path], { cwd: await tempDir(), env: { ...process.env, PATH: stubPath } });
  }

  async function script(config: unknown): Promise<string> {
    const lines: string[] = [];
    await deploy(["--config", await configFile(config), "--dry-run"], (text) => lines.push(text));
    const path = join(await tempDir(), "deploy.sh");
    await writeFile(path, `${lines.join("\n")}\n`);
    return path;
  }

  it.each(["bash", "sh"])("prints a script %s -n accepts", async (shell) => {
    await expect(run(shell, ["-n", await script(NOTION)])).resolves.toBeDefined();
  });

  it.each([
    ["a Google Sheet", SHEETS],
    ["a Notion database with an awkward settings path", NOTION],
  ])(
    "prints a script that, run by bash, makes the same gcloud calls as the deploy (%s)",
    async (_, config) => {
      const deployed = await deployWithStub(config);
      const stub = await gcloudStub(await tempDir());
      await runScript(await script(config), stub.path);
      expect(await stub.calls()).toEqual(deployed.calls);
      expect(schedulerCall(await stub.calls())).toContain(`--oidc-token-audience=${FUNCTION_URL}`);
    },
  );

  it("keeps a line break in a config value inside its comment", async () => {
    const marker = join(await tempDir(), "ran");
    const stub = await gcloudStub(await tempDir());
    const config = { ...SHEETS, timeZone: `Europe/Berlin\ntouch ${marker} #` };
    await runScript(await script(config), stub.path);
    await expect(access(marker)).rejects.toMatchObject({ code: "ENOENT" });
    expect(schedulerCall(await stub.calls())).toContain(`--time-zone=Europe/Berlin\ntouch ${marker} #`);
  });

  it("prints a script that stops when a step fails", async () => {
    const stub = await gcloudStub(await tempDir(), { failOn: "functions describe" });
    const ran = runScript(await script(SHEETS), stub.path);
    await expect(ran).rejects.toMatchObject({ code: 1 });
    expect(schedulerCall(await stub.calls())).toBeUndefined();
  });
});
