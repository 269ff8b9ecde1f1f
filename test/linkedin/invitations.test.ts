import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConnections } from "../../shared/linkedin/connections.js";
import { parseInvitations } from "../../shared/linkedin/invitations.js";
import { ownerKeyFromInvitations } from "../../shared/linkedin/owner.js";

const FOLDER = join(import.meta.dirname, "../fixtures/linkedin-export/synthetic-full-export");
const HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";

describe(parseInvitations, () => {
  it("reads the synthetic export: 162 invitations, 85 outgoing, 77 incoming", () => {
    const text = readFileSync(join(FOLDER, "Invitations.csv"), "utf8");
    const { invitations, problems } = parseInvitations(text, "Invitations.csv");
    expect(problems).toEqual([]);
    expect(invitations).toHaveLength(162);
    expect(invitations.filter((i) => i.direction === "OUTGOING")).toHaveLength(85);
    expect(invitations.filter((i) => i.direction === "INCOMING")).toHaveLength(77);
    expect(invitations.every((i) => i.inviterKey !== undefined && i.inviteeKey !== undefined)).toBe(true);
    expect(invitations[0]).toEqual({
      from: "Ada Byron-Lovelace",
      to: "Lord Byron",
      sentAt: "1823-07-18",
      message:
        "Father — I understand Mother has reluctantly permitted me to write. I would very much like to make your acquaintance. Ada.",
      direction: "OUTGOING",
      inviterUrl: "https://www.linkedin.com/in/fake-ada-byron-lovelace",
      inviteeUrl: "https://www.linkedin.com/in/fake-lord-byron",
      inviterKey: "in/fake-ada-byron-lovelace",
      inviteeKey: "in/fake-lord-byron",
      line: 2,
    });
    expect(ownerKeyFromInvitations(invitations)).toBe("in/fake-ada-byron-lovelace");
  });

  it("reads the real Sent At format, quoted because of its comma", () => {
    const text = `${HEADER}\nJordan Pike,Ines Okafor,"1/29/26, 2:37 PM",,OUTGOING,https://www.linkedin.com/in/jordanpike,https://www.linkedin.com/in/ines-okafor-l-3b2a91\n`;
    const [invitation] = parseInvitations(text, "Invitations.csv").invitations;
    expect(invitation).toMatchObject({
      sentAt: "2026-01-29",
      message: "",
      inviteeKey: "in/ines-okafor-l-3b2a91",
    });
  });

  it("reads files from before late 2023, without the URL columns", () => {
    const text =
      'From,To,Sent At,Message,Direction\nAna Ruiz,Me Myself,"9/1/22, 10:00 AM","Hi, let\'s connect",INCOMING\n';
    const [invitation] = parseInvitations(text, "Invitations.csv").invitations;
    expect(invitation).toEqual({
      from: "Ana Ruiz",
      to: "Me Myself",
      sentAt: "2022-09-01",
      message: "Hi, let's connect",
      direction: "INCOMING",
      line: 2,
    });
  });

  it("matches a raw Unicode slug to the percent-encoded one in Connections.csv", () => {
    const connections = parseConnections(
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJózef,Nowak,https://www.linkedin.com/in/j%C3%B3zef-nowak-12,,,,05 Feb 2024\n",
      "Connections.csv",
    ).connections;
    const invitations = parseInvitations(
      `${HEADER}\nMe,Józef Nowak,"2/1/24, 9:15 AM",,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/józef-nowak-12\n`,
      "Invitations.csv",
    ).invitations;
    expect(invitations[0]?.inviteeUrl).toBe("https://www.linkedin.com/in/józef-nowak-12");
    expect(invitations[0]?.inviteeKey).toBe(connections[0]?.key);
  });

  it("reports rows with a bad date or direction, naming file, line and value", () => {
    const text = `${HEADER}\nA,B,soon,,OUTGOING,,\nA,B,"1/2/26, 1:00 PM",,SIDEWAYS,,\nA,B,"1/3/26, 1:00 PM",,outgoing,,\n`;
    const { invitations, problems } = parseInvitations(text, "Invitations.csv");
    expect(invitations.map((i) => [i.sentAt, i.direction, i.line])).toEqual([["2026-01-03", "OUTGOING", 4]]);
    expect(problems).toEqual([
      { file: "Invitations.csv", line: 2, value: "soon", problem: "Sent At is not a date; row skipped" },
      {
        file: "Invitations.csv",
        line: 3,
        value: "SIDEWAYS",
        problem: "Direction is neither OUTGOING nor INCOMING; row skipped",
      },
    ]);
  });

  it("keeps a multi-line note and numbers the rows after it right", () => {
    const text = `${HEADER}\nA,B,"1/2/26, 1:00 PM","Hello,\nwe met at ""DevConf""",OUTGOING,,\nC,D,"1/3/26, 1:00 PM",,INCOMING,,\n`;
    const { invitations } = parseInvitations(text, "Invitations.csv");
    expect(invitations.map((i) => [i.message, i.line])).toEqual([
      ['Hello,\nwe met at "DevConf"', 2],
      ["", 4],
    ]);
  });
});
