import { describe, expect, it } from "vitest";
import { parseMessages } from "../../shared/linkedin/messages.js";

const ME = "https://www.linkedin.com/in/me-owner";
const ANA = "https://www.linkedin.com/in/ana-ruiz";
const BO = "https://www.linkedin.com/in/bo-li";
const CY = "https://www.linkedin.com/in/cy-jones";

const HEADER_2021 =
  "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER";
const HEADER_2023 =
  "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
const HEADER_2024 = `${HEADER_2023},IS MESSAGE DRAFT,IS CONVERSATION DRAFT`;
const HEADER_2025 = `${HEADER_2023},ATTACHMENTS,IS MESSAGE DRAFT`;

const csv = (header: string, rows: readonly string[]) => `${[header, ...rows].join("\n")}\n`;
const entries = (map: Map<string, string>) => Object.fromEntries([...map].sort());

describe(parseMessages, () => {
  it("keeps the latest day per person and leaves the owner out (2023 layout)", () => {
    const text = csv(HEADER_2023, [
      `c1,,Ana Ruiz,${ANA},Me Owner,${ME},2024-11-02 18:03:11 UTC,,Hello,INBOX`,
      `c1,,Me Owner,${ME},Ana Ruiz,${ANA},2024-12-01 09:00:00 UTC,,Hi Ana,INBOX`,
      `c1,,Ana Ruiz,${ANA},Me Owner,${ME},2024-10-01 09:00:00 UTC,,Earlier,INBOX`,
      `c2,,Me Owner,${ME},Bo Li,${BO},2023-05-06 23:59:59 UTC,,Hi Bo,INBOX`,
    ]);
    const summary = parseMessages(text, "messages.csv");
    expect(summary.ownerKey).toBe("in/me-owner");
    expect(entries(summary.lastMessageByKey)).toEqual({
      "in/ana-ruiz": "2024-12-01",
      "in/bo-li": "2023-05-06",
    });
    expect(summary.messageCount).toBe(4);
    expect(summary.problems).toEqual([]);
  });

  it("moves Last interaction only for conversations in which the owner wrote", () => {
    const text = csv(HEADER_2023, [
      `c1,,Ana Ruiz,${ANA},Me Owner,${ME},2025-04-01 10:00:00 UTC,,Are you open to new roles?,INBOX`,
      `c1,,Ana Ruiz,${ANA},Me Owner,${ME},2025-04-09 10:00:00 UTC,,Just following up,INBOX`,
      `c2,,Bo Li,${BO},Me Owner,${ME},2025-04-02 10:00:00 UTC,,Hi,INBOX`,
      `c2,,Me Owner,${ME},Bo Li,${BO},2025-04-03 10:00:00 UTC,,Hi Bo,INBOX`,
      `c2,,Bo Li,${BO},Me Owner,${ME},2025-04-05 10:00:00 UTC,,Great,INBOX`,
      `,,Cy Jones,${CY},Me Owner,${ME},2025-04-06 10:00:00 UTC,,No conversation id,INBOX`,
    ]);
    const summary = parseMessages(text, "messages.csv", { ownerKey: ME });
    // Ana's two InMails were never answered; Bo's thread counts to its last message.
    expect(entries(summary.lastMessageByKey)).toEqual({ "in/bo-li": "2025-04-05" });
    expect(summary.messageCount).toBe(6);
  });

  it("credits everyone in a group thread, whose TO names hold commas", () => {
    const text = csv(HEADER_2023, [
      `g1,Project,Ana Ruiz,${ANA},"Me Owner, Bo Li, Ph.D., Cy Jones","${ME},${BO},${CY}",2025-01-10 10:00:00 UTC,,Hi all,INBOX`,
      `g1,Project,Me Owner,${ME},"Ana Ruiz, Bo Li, Ph.D., Cy Jones","${ANA},${BO},${CY}",2025-01-11 10:00:00 UTC,,Hi,INBOX`,
      `c2,,Me Owner,${ME},Ana Ruiz,${ANA},2025-01-12 10:00:00 UTC,,Just you,INBOX`,
      `c3,,Bo Li,${BO},Me Owner,${ME},2024-06-01 10:00:00 UTC,,Old thread,INBOX`,
    ]);
    const summary = parseMessages(text, "messages.csv");
    // In all three conversations, unlike anyone else.
    expect(summary.ownerKey).toBe("in/me-owner");
    expect(entries(summary.lastMessageByKey)).toEqual({
      "in/ana-ruiz": "2025-01-12",
      "in/bo-li": "2025-01-11",
      "in/cy-jones": "2025-01-11",
    });
  });

  it("splits recipient URLs joined by commas, spaces or semicolons", () => {
    const text = csv(HEADER_2023, [
      `g1,,Me Owner,${ME},Ana; Bo; Cy,"${ANA}, ${BO};${CY}",2025-02-01 10:00:00 UTC,,Hi,INBOX`,
    ]);
    const summary = parseMessages(text, "messages.csv", { ownerKey: ME });
    expect([...summary.lastMessageByKey.keys()].sort()).toEqual(["in/ana-ruiz", "in/bo-li", "in/cy-jones"]);
  });

  it("reads files without RECIPIENT PROFILE URLS (before mid-2023) through the conversation", () => {
    const text = csv(HEADER_2021, [
      `c1,,Ana Ruiz,${ANA},Me Owner,2021-03-01 10:00:00 UTC,,Hello,INBOX`,
      `c1,,Me Owner,${ME},Ana Ruiz,2021-03-05 10:00:00 UTC,,Hi back,INBOX`,
      `c2,,Bo Li,${BO},Me Owner,2021-04-01 10:00:00 UTC,,Hey,INBOX`,
      `c2,,Me Owner,${ME},Bo Li,2021-04-02 10:00:00 UTC,,Hey,INBOX`,
      `c3,,Me Owner,${ME},Cy Jones,2021-05-01 10:00:00 UTC,,Never answered,INBOX`,
    ]);
    const summary = parseMessages(text, "messages.csv");
    expect(summary.ownerKey).toBe("in/me-owner");
    // Cy never wrote back and the file names no recipient URL: nothing ties c3 to a profile.
    expect(entries(summary.lastMessageByKey)).toEqual({
      "in/ana-ruiz": "2021-03-05",
      "in/bo-li": "2021-04-02",
    });
  });

  it.each([
    ["2024 (draft columns)", HEADER_2024, ",No,No", ",Yes,No"],
    ["2025 (attachments, one draft column)", HEADER_2025, ",,No", ",,Yes"],
  ])("leaves out drafts and spam, %s", (_era, header, sent, draft) => {
    const text = csv(header, [
      `c1,,Me Owner,${ME},Ana Ruiz,${ANA},2025-03-01 10:00:00 UTC,,Sent,INBOX${sent}`,
      `c1,,Me Owner,${ME},Ana Ruiz,${ANA},2025-03-09 10:00:00 UTC,,Unsent draft,INBOX${draft}`,
      `c2,,Bo Li,${BO},Me Owner,${ME},2025-03-10 10:00:00 UTC,,Buy now,SPAM${sent}`,
      `c3,,Me Owner,${ME},Cy Jones,${CY},2025-03-11 10:00:00 UTC,,Hi,ARCHIVE${sent}`,
    ]);
    const summary = parseMessages(text, "messages.csv", { ownerKey: "in/me-owner" });
    expect(entries(summary.lastMessageByKey)).toEqual({
      "in/ana-ruiz": "2025-03-01",
      "in/cy-jones": "2025-03-11",
    });
    expect([summary.messageCount, summary.draftsSkipped, summary.spamSkipped]).toEqual([2, 1, 1]);
  });

  it("reads the 2026 layout: every field quoted, header too, line breaks inside CONTENT", () => {
    const header = `${HEADER_2023},ATTACHMENTS`
      .split(",")
      .map((name) => `"${name}"`)
      .join(",");
    const text = [
      header,
      `"c1","","Ana Ruiz","${ANA}","Me Owner","${ME}","2026-02-01 10:00:00 UTC","","Line one\r\nline ""two""\nline three","INBOX",""`,
      `"c1","","Me Owner","${ME}","Ana Ruiz","${ANA}","2026-02-03 08:00:00 UTC","","ok","INBOX",""`,
      `"c2","","Bo Li","${BO}","Me Owner","${ME}","bad date","","x","INBOX",""`,
    ].join("\n");
    const summary = parseMessages(text, "messages.csv", { ownerKey: ME });
    expect(entries(summary.lastMessageByKey)).toEqual({ "in/ana-ruiz": "2026-02-03" });
    // The first message's CONTENT spans lines 2 to 4 (CRLF inside counts once), so the bad row is line 6.
    expect(summary.problems).toEqual([
      { file: "messages.csv", line: 6, value: "bad date", problem: "DATE is not a date; message skipped" },
    ]);
  });

  it("finds columns by name whatever their order", () => {
    const text = csv(
      "CONVERSATION ID,FROM,TO,DATE,CONTENT,FOLDER,SENDER PROFILE URL,RECIPIENT PROFILE URLS",
      [
        `c1,Me Owner,Ana Ruiz,2025-01-01 10:00:00 UTC,Hello,INBOX,${ME},${ANA}`,
        `c2,Me Owner,Bo Li,2025-01-03 10:00:00 UTC,Hello,INBOX,${ME},${BO}`,
      ],
    );
    const summary = parseMessages(text, "messages.csv", { ownerKey: ME });
    expect(entries(summary.lastMessageByKey)).toEqual({
      "in/ana-ruiz": "2025-01-01",
      "in/bo-li": "2025-01-03",
    });
  });

  it("tells the owner by the Profile.csv name when presence alone cannot", () => {
    // One thread only: both people are in every conversation.
    const text = csv(HEADER_2023, [
      `c1,,Ana Ruiz,${ANA},Me Owner,${ME},2025-01-01 10:00:00 UTC,,Hello,INBOX`,
      `c1,,Me Owner,${ME},Ana Ruiz,${ANA},2025-01-02 10:00:00 UTC,,Hi,INBOX`,
    ]);
    expect(parseMessages(text, "messages.csv").ownerKey).toBeUndefined();
    const summary = parseMessages(text, "messages.csv", { ownerName: " me  owner" });
    expect(summary.ownerKey).toBe("in/me-owner");
    expect(entries(summary.lastMessageByKey)).toEqual({ "in/ana-ruiz": "2025-01-02" });
  });

  it("ignores senders without a URL (LinkedIn Member, sponsored messages)", () => {
    const text = csv(HEADER_2023, [
      `c1,,LinkedIn Member,,Me Owner,${ME},2025-01-01 10:00:00 UTC,,Hello,INBOX`,
      `c2,Sponsored,Acme Recruiting,,Me Owner,${ME},2025-01-02 10:00:00 UTC,,"<p class=""spinmail-quill-editor__spin-break"">Hi %FIRSTNAME%</p>",INBOX`,
      `c3,,Me Owner,${ME},Ana Ruiz,${ANA},2025-01-03 10:00:00 UTC,,Hi,INBOX`,
    ]);
    const summary = parseMessages(text, "messages.csv", { ownerKey: ME });
    expect(entries(summary.lastMessageByKey)).toEqual({ "in/ana-ruiz": "2025-01-03" });
  });

  it("gives percent-encoded and raw Unicode profile URLs one key", () => {
    const text = csv(HEADER_2023, [
      `c1,,Józef Nowak,https://www.linkedin.com/in/j%C3%B3zef-nowak-12,Me Owner,${ME},2025-01-01 10:00:00 UTC,,Hi,INBOX`,
      `c1,,Me Owner,${ME},Józef Nowak,https://www.linkedin.com/in/józef-nowak-12/,2025-01-05 10:00:00 UTC,,Hi,INBOX`,
    ]);
    const summary = parseMessages(text, "messages.csv", { ownerKey: ME });
    expect(entries(summary.lastMessageByKey)).toEqual({ "in/józef-nowak-12": "2025-01-05" });
  });

  it("reports empty dates with their line", () => {
    const text = csv(HEADER_2023, [`c1,,Ana Ruiz,${ANA},Me Owner,${ME},,,Hello,INBOX`]);
    expect(parseMessages(text, "x/messages.csv").problems).toEqual([
      { file: "x/messages.csv", line: 2, value: "", problem: "DATE is empty; message skipped" },
    ]);
  });

  it("reads a header-only file as no messages", () => {
    const summary = parseMessages(`${HEADER_2023}\n`, "messages.csv");
    expect(summary.lastMessageByKey.size).toBe(0);
    expect(summary.ownerKey).toBeUndefined();
    expect(summary.problems).toEqual([]);
  });
});
