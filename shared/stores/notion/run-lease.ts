import { randomBytes } from "node:crypto";
import type { Client, RichTextItemResponse } from "@notionhq/client";
import { TendError } from "../../errors/tend-error.js";
import {
  DEFAULT_LEASE_SETTLE_MS,
  DEFAULT_LEASE_TTL_MS,
  type Lease,
  type LeaseOptions,
  leaseIn,
  shownTime,
  withoutLease,
} from "./lease-text.js";
import { notionFailure } from "./notion-failure.js";

/** Notion's limit on rich text items in a description. */
const MAX_ITEMS = 100;

/**
 * One Tend run at a time per Notion database: a lease kept as one line of the data source's
 * description, `Tend run lease: run <id> until <time>`, next to whatever the user wrote there.
 *
 * Notion has no conditional write, so taking the lease is: read the description (the data source
 * the run reads anyway), write our line if no live lease is there, wait `settleMs`, read it back.
 * Two runs that start together both write; the later write wins and the other run sees it on its
 * read-back and stops. That holds as long as no run takes longer than `settleMs` between sending
 * its first read and getting the answer to its write (checked: a run that took longer gives the
 * lease back and stops, since a run that started with it may already be writing).
 *
 * A lease lasts `ttlMs` (15 minutes) and is renewed while a long run writes, when half of it is
 * left. A run that ends, even by failing, removes its line; a run that dies leaves it, and the
 * next run takes it over once it has expired. Extra calls per run: one write and one read to
 * take it, one read and one write to give it back, and one read and one write per renewal.
 */
export class RunLease {
  /** Short and random: it only has to tell two runs apart. */
  readonly runId = randomBytes(6).toString("hex");
  private expiresAt = 0;
  private held = false;
  private renewal: Promise<void> | undefined;
  private readonly ttlMs: number;
  private readonly settleMs: number;
  private readonly maxGapMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly client: Client,
    private readonly dataSourceId: string,
    private readonly title: string,
    options: LeaseOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_LEASE_TTL_MS;
    this.settleMs = options.settleMs ?? DEFAULT_LEASE_SETTLE_MS;
    this.maxGapMs = options.maxGapMs ?? this.settleMs;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get isHeld(): boolean {
    return this.held;
  }

  /**
   * Takes the lease, given the description as read at `readStartedAt` (`performance.now()`),
   * or throws a busy TendError, having written nothing else.
   */
  async acquire(description: readonly RichTextItemResponse[], readStartedAt: number): Promise<void> {
    const current = leaseIn(description);
    if (current !== undefined && current.runId !== this.runId && current.expiresAt > this.now())
      throw this.busy(current);
    await this.write(withoutLease(description), "taking the run lease");
    // From here on, `release` removes the line should anything fail (only if it is still ours).
    this.held = true;
    const gap = performance.now() - readStartedAt;
    if (gap > this.maxGapMs) {
      await this.release().catch(() => {});
      throw new TendError(
        "busy",
        `Notion answered too slowly (${Math.round(gap)} ms) for Tend to be sure no other run started on the database "${this.title}" at the same moment, so this run stopped before writing anything: run Tend again`,
      );
    }
    await this.sleep(this.settleMs);
    const after = leaseIn(await this.read("checking the run lease"));
    if (after?.runId !== this.runId) {
      this.held = false;
      if (after !== undefined) throw this.busy(after);
      // The server did not keep the line (an API root that ignores descriptions): run without
      // a lease rather than never run, and say so.
      this.unsupported = `the Notion API at hand did not keep Tend's run lease in the description of "${this.title}", so this run had no protection against another run at the same time`;
    }
  }

  /** Throws a busy TendError when the description holds another run's live lease. */
  refuseIfBusy(description: readonly RichTextItemResponse[]): void {
    const current = leaseIn(description);
    if (current !== undefined && current.runId !== this.runId && current.expiresAt > this.now())
      throw this.busy(current);
  }

  /** Reads the description afresh and takes the lease (see `acquire`). */
  async acquireNow(): Promise<void> {
    const readStartedAt = performance.now();
    await this.acquire(await this.read("reading the run lease"), readStartedAt);
  }

  /** Why this run ran without a lease, when the API would not keep one. */
  unsupported: string | undefined;

  /** Renews the lease when half of it has gone; throws a busy TendError when another run took it. */
  renewIfDue(): Promise<void> {
    if (!this.held || this.now() < this.expiresAt - this.ttlMs / 2) return Promise.resolve();
    this.renewal ??= this.renew().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  /** Removes the lease line if it is still this run's. */
  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    await this.giveBack("giving the run lease back");
  }

  private async renew(): Promise<void> {
    const description = await this.read("renewing the run lease");
    const lease = leaseIn(description);
    if (lease?.runId !== this.runId) {
      this.held = false;
      throw new TendError(
        "busy",
        `Another Tend run took over the Notion database "${this.title}" while this run was writing (this run's lease had run out), so this run stopped`,
      );
    }
    await this.write(withoutLease(description), "renewing the run lease");
  }

  private async giveBack(doing: string): Promise<void> {
    const description = await this.read(doing);
    if (leaseIn(description)?.runId !== this.runId) return;
    await this.send(withoutLease(description).map(itemRequest), doing);
  }

  private busy(lease: Lease): TendError {
    return new TendError(
      "busy",
      `The Notion database "${this.title}" is being updated by another Tend run; try again when it has finished (if that run died, its lease ends at ${shownTime(lease.expiresAt)})`,
    );
  }

  private async read(doing: string): Promise<RichTextItemResponse[]> {
    try {
      const source = await this.client.dataSources.retrieve({ data_source_id: this.dataSourceId });
      return "description" in source ? source.description : [];
    } catch (error) {
      throw notionFailure(error, doing, `database "${this.title}"`);
    }
  }

  /** The user's description with this run's lease line after it. */
  private async write(userItems: readonly RichTextItemResponse[], doing: string): Promise<void> {
    if (userItems.length >= MAX_ITEMS) {
      throw new TendError(
        "invalid-setup",
        `The description of the Notion database "${this.title}" has ${userItems.length} pieces of formatted text, Notion's limit, and Tend needs one more for its run lease: simplify the description`,
      );
    }
    const expiresAt = this.now() + this.ttlMs;
    const line = `Tend run lease: run ${this.runId} until ${new Date(expiresAt).toISOString()} (a Tend run is writing; this line goes away when it ends)`;
    const items = [
      ...userItems.map(itemRequest),
      { type: "text", text: { content: userItems.length === 0 ? line : `\n${line}` } },
    ];
    await this.send(items, doing);
    this.expiresAt = expiresAt;
  }

  /**
   * The 2025-09-03 API takes `description` in PATCH /v1/data_sources (see the OpenAPI in
   * shared/realdata/notion), but the client's dataSources.update drops it (it is not among its
   * body parameters), so the call goes through client.request.
   */
  private async send(description: unknown[], doing: string): Promise<void> {
    try {
      await this.client.request({
        path: `data_sources/${this.dataSourceId}`,
        method: "patch",
        body: { description },
      });
    } catch (error) {
      throw notionFailure(error, doing, `database "${this.title}"`);
    }
  }
}

const ANNOTATIONS = ["bold", "italic", "strikethrough", "underline", "code", "color"] as const;

/** A rich text item as read, in the form a request takes, so the user's description is written back as it was. */
export function itemRequest(item: RichTextItemResponse): Record<string, unknown> {
  const annotations = Object.fromEntries(
    ANNOTATIONS.filter((key) => item.annotations?.[key] !== undefined).map((key) => [
      key,
      item.annotations[key],
    ]),
  );
  switch (item.type) {
    case "text":
      return {
        type: "text",
        text: {
          content: item.text.content,
          link: item.text.link === null ? null : { url: item.text.link.url },
        },
        annotations,
      };
    case "equation":
      return { type: "equation", equation: { expression: item.equation.expression }, annotations };
    case "mention": {
      const mention = mentionRequest(item.mention);
      if (mention !== undefined) return { type: "mention", mention, annotations };
      break;
    }
  }
  // A mention the request form cannot name again: its text, and its link if it had one.
  return {
    type: "text",
    text: { content: item.plain_text, link: item.href === null ? null : { url: item.href } },
    annotations,
  };
}

function mentionRequest(mention: Extract<RichTextItemResponse, { type: "mention" }>["mention"]) {
  switch (mention.type) {
    case "user":
      return { user: { id: mention.user.id } };
    case "page":
      return { page: { id: mention.page.id } };
    case "database":
      return { database: { id: mention.database.id } };
    case "date":
      return { date: mention.date };
    case "link_preview":
      return { link_preview: { url: mention.link_preview.url } };
    case "template_mention":
      return { template_mention: mention.template_mention };
    default:
      return undefined;
  }
}
