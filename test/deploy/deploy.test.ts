import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deploy } from "../../functions/deploy/main.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

async function dryRun(config: unknown) {
  const path = join(await tempDir(), "deploy.json");
  await writeFile(path, JSON.stringify(config));
  const lines: string[] = [];
  const code = await deploy(["--config", path, "--dry-run"], (text) => lines.push(text));
  return { code, output: lines.join("\n") };
}

const CONFIG = {
  project: "acme-networking",
  region: "europe-west1",
  source: "sheets:1AbCdEfGhIjKlMnOpQrStUvWxYz",
  timeZone: "Europe/Berlin",
};

describe("npm run deploy -- --dry-run", () => {
  it("prints the gcloud commands for a gen2 Node.js 22 function that only the scheduler may call", async () => {
    const { code, output } = await dryRun(CONFIG);
    expect(code).toBe(0);
    expect(output).toContain("gcloud services enable cloudfunctions.googleapis.com");
    expect(output).toContain(
      "(by hand) the sheet, Share, add tend-runner@acme-networking.iam.gserviceaccount.com",
    );
    expect(output).toMatch(
      /gcloud functions deploy tend-daily-run --gen2 --runtime=nodejs22 --region=europe-west1 .*--no-allow-unauthenticated/,
    );
    expect(output).toContain("--set-env-vars=TEND_SOURCE=sheets:1AbCdEfGhIjKlMnOpQrStUvWxYz");
    expect(output).toContain("--service-account=tend-runner@acme-networking.iam.gserviceaccount.com");
    expect(output).toMatch(
      /gcloud scheduler jobs create http .*--time-zone=Europe\/Berlin .*--headers=Content-Type=application\/json .*--oidc-service-account-email=tend-scheduler@/,
    );
    expect(output).not.toContain("secrets");
  });

  it("keeps a Notion token in Secret Manager, never in an environment variable", async () => {
    const { output } = await dryRun({
      ...CONFIG,
      source: "notion:0123456789abcdef0123456789abcdef",
      notionTokenSecret: "notion-token",
    });
    expect(output).toContain("gcloud secrets create notion-token");
    expect(output).toContain("--set-secrets=NOTION_TOKEN=notion-token:latest");
    expect(output).not.toMatch(/--set-env-vars=[^ ]*NOTION_TOKEN/);
  });

  it("lists every problem of a bad config file", async () => {
    const { code, output } = await dryRun({ ...CONFIG, project: "X", region: "mars", extra: 1 });
    expect(code).toBe(1);
    expect(output).toContain("project: a Google Cloud project id");
    expect(output).toContain("region: a region such as europe-west1");
    expect(output).toMatch(/Unrecognized key.*extra/);
  });
});
