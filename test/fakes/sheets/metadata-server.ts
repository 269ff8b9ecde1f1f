import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A fake GCE metadata server, enough for google-auth-library's Compute client (via gcp-metadata):
 * every answer carries `Metadata-Flavor: Google` (gcp-metadata rejects answers without it) and
 * every request must send it (the real server answers 403 otherwise).
 */
export interface FakeMetadataOptions {
  token?: string;
  expiresInSeconds?: number;
  email?: string;
  projectId?: string;
}

export interface MetadataRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  hadFlavorHeader: boolean;
}

const BASE = "/computeMetadata/v1";

export async function startFakeMetadata(options: FakeMetadataOptions = {}): Promise<FakeMetadata> {
  const metadata = new FakeMetadata(options);
  await metadata.listen();
  return metadata;
}

export class FakeMetadata {
  /** The access token handed out; change it to simulate a rotation. */
  token: string;
  readonly email: string;
  readonly projectId: string;
  readonly requests: MetadataRequest[] = [];
  private readonly expiresIn: number;
  private readonly server: Server;
  private address = "";

  constructor(options: FakeMetadataOptions) {
    this.token = options.token ?? "ya29.fake-metadata-token";
    this.expiresIn = options.expiresInSeconds ?? 3599;
    this.email = options.email ?? "tend-runner@fake-project.iam.gserviceaccount.com";
    this.projectId = options.projectId ?? "fake-project";
    this.server = createServer((req, res) => this.serve(req, res));
  }

  async listen(): Promise<void> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.address = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** `127.0.0.1:PORT`, the value for GCE_METADATA_HOST. */
  get host(): string {
    return this.address;
  }

  /** How many access tokens were handed out. */
  get tokenRequests(): number {
    return this.requests.filter((request) => request.path.endsWith("/token")).length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const hadFlavorHeader = req.headers["metadata-flavor"] === "Google";
    const query = Object.fromEntries(url.searchParams);
    this.requests.push({ method: req.method ?? "GET", path: url.pathname, query, hadFlavorHeader });
    const reply = this.answer(url.pathname, hadFlavorHeader);
    res.writeHead(reply.status, { "Metadata-Flavor": "Google", "Content-Type": reply.type });
    res.end(reply.body);
  }

  private answer(path: string, hadFlavorHeader: boolean): { status: number; body: string; type: string } {
    const text = (body: string) => ({ status: 200, body, type: "application/text" });
    if (path === "/") return text("computeMetadata/\n");
    if (!hadFlavorHeader) {
      return {
        status: 403,
        body: 'Missing required header "Metadata-Flavor": "Google"\n',
        type: "text/html",
      };
    }
    const account = /^\/computeMetadata\/v1\/instance\/service-accounts\/([^/]+)\/?(.*)$/.exec(path);
    if (account && (account[1] === "default" || account[1] === this.email)) {
      const item = account[2];
      if (item === "token") {
        const token = { access_token: this.token, expires_in: this.expiresIn, token_type: "Bearer" };
        return { status: 200, body: JSON.stringify(token), type: "application/json" };
      }
      if (item === "email") return text(this.email);
      if (item === "scopes") return text("https://www.googleapis.com/auth/cloud-platform\n");
      if (item === "") return text("aliases\nemail\nidentity\nscopes\ntoken\n");
    }
    const listing: Record<string, string> = {
      [BASE]: "instance/\nproject/\nuniverse/\n",
      [`${BASE}/`]: "instance/\nproject/\nuniverse/\n",
      [`${BASE}/instance`]: "hostname\nid\nservice-accounts/\nzone\n",
      [`${BASE}/instance/`]: "hostname\nid\nservice-accounts/\nzone\n",
      [`${BASE}/instance/service-accounts/`]: `default/\n${this.email}/\n`,
      [`${BASE}/project/project-id`]: this.projectId,
      [`${BASE}/project/numeric-project-id`]: "123456789012",
      [`${BASE}/universe/universe-domain`]: "googleapis.com",
    };
    const found = listing[path];
    return found === undefined ? { status: 404, body: "Not Found\n", type: "text/html" } : text(found);
  }
}

/**
 * Points Application Default Credentials at the fake (GCE_METADATA_HOST, assume-present), hides
 * any real credentials (GOOGLE_APPLICATION_CREDENTIALS, a HOME with gcloud's ADC file) and sets
 * GOOGLE_CLOUD_PROJECT so the auth library never shells out to `gcloud`. Returns a restore function.
 */
export function useFakeMetadataEnv(metadata: FakeMetadata): () => void {
  const home = mkdtempSync(join(tmpdir(), "fake-metadata-home-"));
  const vars: Record<string, string | undefined> = {
    GCE_METADATA_HOST: metadata.host,
    GCE_METADATA_IP: undefined,
    METADATA_SERVER_DETECTION: "assume-present",
    GOOGLE_APPLICATION_CREDENTIALS: undefined,
    GOOGLE_CLOUD_PROJECT: metadata.projectId,
    GOOGLE_CLOUD_UNIVERSE_DOMAIN: undefined,
    HOME: home,
  };
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  setEnv(vars);
  return () => {
    setEnv(saved);
    rmSync(home, { recursive: true, force: true });
  };
}

function setEnv(vars: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}
