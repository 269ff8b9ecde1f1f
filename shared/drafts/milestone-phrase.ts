import { inSecondPerson, numberInWords, withoutEmoji, withoutEndPunctuation } from "./your-words.js";

export type MilestoneKind =
  | "new role"
  | "promotion"
  | "work anniversary"
  | "launch"
  | "funding"
  | "award"
  | "other"
  | "none";

export interface MilestonePhrase {
  kind: MilestoneKind;
  /** Lower-case, no end punctuation: "congratulations on your promotion to VP Engineering". */
  phrase: string;
}

type Reading = (match: RegExpExecArray) => string;

/**
 * The Milestone cell as a congratulation (RULES.md §6): the import's `New role: <Title> at
 * <Company>` and the ways people type news, each said as a sentence; any other text goes into
 * a frame that fits any text, never "congratulations on <label>".
 */
export function milestonePhrase(text: string): MilestonePhrase {
  const milestone = withoutEndPunctuation(withoutEmoji(text)).replace(
    /^(?:(?:just|we|i|celebrating|excited to share that)\s+)+/i,
    "",
  );
  // A blank Milestone still congratulates: a Templates row may ask for it without one.
  if (milestone === "") return { kind: "none", phrase: "congratulations" };
  for (const [kind, pattern, read] of READINGS) {
    const match = pattern.exec(milestone);
    const said = match === null ? "" : read(match).replace(/\s+/g, " ").trim();
    if (said !== "") return { kind, phrase: `congratulations on ${inSecondPerson(said)}` };
  }
  return { kind: "other", phrase: `I saw your news (${milestone}) and wanted to say congratulations` };
}

const ROLE = "(?:role|position|job)";

/** "Head of Design at Contoso" as the words after "your new role". */
function newRole(title = "", company = ""): string {
  let role = title.trim();
  let at = company.trim().replace(/^at\s+/i, "");
  const split = /^(.*?)\s+at\s+(.+)$/i.exec(role);
  if (at === "" && split !== null) [role, at] = [split[1] ?? "", split[2] ?? ""];
  role = role.replace(/^(?:as\s+)?(?:an?\s+)?/i, "").replace(/\s+at$/i, "");
  if (/^at\b/i.test(role)) [role, at] = ["", role.replace(/^at\s+/i, "")];
  return `your new role${role === "" ? "" : ` as ${role}`}${at === "" ? "" : ` at ${at}`}`;
}

const READINGS: [MilestoneKind, RegExp, Reading][] = [
  ["new role", new RegExp(String.raw`^new ${ROLE}\s*[:–—-]\s*(.*)$`, "i"), (m) => newRole(m[1])],
  [
    "new role",
    new RegExp(
      String.raw`^(?:(?:started|starting|began|beginning|took|accepted)\s+)?(?:an?\s+)?new ${ROLE}\b\s*(.*)$`,
      "i",
    ),
    (m) => newRole(m[1]),
  ],
  ["new role", /^(?:has\s+)?(?:joined|joining)\s+(.+?)\s+as\s+(.+)$/i, (m) => newRole(m[2], m[1])],
  ["new role", /^(?:has\s+)?(?:joined|joining)\s+(.+)$/i, (m) => `joining ${m[1]}`],
  ["promotion", /^(?:got\s+|was\s+|been\s+)?promoted\s+(?:to\s+)?(.+)$/i, (m) => `your promotion to ${m[1]}`],
  ["promotion", /^promotion(?:\s*(?:to|:)\s*(.+))?$/i, (m) => `your promotion${m[1] ? ` to ${m[1]}` : ""}`],
  [
    "work anniversary",
    /^(?:work anniversary\s*:?\s*)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s+years?\s+(at|with|in)\s+(.+)$/i,
    (m) => `${numberInWords(m[1] ?? "")} ${/^(1|one)$/i.test(m[1] ?? "") ? "year" : "years"} ${m[2]} ${m[3]}`,
  ],
  [
    "work anniversary",
    /^(\d{1,2})[- ]year\s+(?:work\s+)?anniversary(?:\s+(?:at|with)\s+(.+))?$/i,
    (m) => `your ${numberInWords(m[1] ?? "")}-year work anniversary${m[2] ? ` at ${m[2]}` : ""}`,
  ],
  [
    "work anniversary",
    /^work anniversary(?:\s+(?:at|with)\s+(.+))?$/i,
    (m) => `your work anniversary${m[1] ? ` at ${m[1]}` : ""}`,
  ],
  [
    "launch",
    /^(?:(?:just|finally|officially)\s+)?(?:launched|launching|shipped|released|unveiled)\s+(.+)$/i,
    (m) => `launching ${m[1]}`,
  ],
  ["launch", /^(?:founded|co-founded|cofounded)\s+(.+)$/i, (m) => `founding ${m[1]}`],
  [
    "launch",
    /^(?:started|starting)\s+(?:a|my|our|her|his|their)\s+(?:own\s+)?(company|business|startup)$/i,
    (m) => `starting your own ${m[1]}`,
  ],
  ["launch", /^(?:the\s+)?launch\s+of\s+(.+)$/i, (m) => `the launch of ${m[1]}`],
  ["launch", /^(?:product\s+)?launch\s*:\s*(.+)$/i, (m) => `launching ${m[1]}`],
  [
    "funding",
    /\b(pre-seed|seed|series [a-h]\d?)(?:\s+(?:round|funding|financing|raise))?\b/i,
    (m) => `the ${fundingRound(m[1] ?? "")}`,
  ],
  ["funding", /^(?:raised|raising|secured|closed)\s+(.+)$/i, (m) => `raising ${m[1]}`],
  ["award", /^(?:won|winning|received|receiving)\s+(.+)$/i, (m) => `winning ${m[1]}`],
  ["award", /^(?:named|was named|being named)\s+(.+)$/i, (m) => `being named ${m[1]}`],
  ["award", /^(?:award|prize)\s*:\s*(.+)$/i, (m) => `winning ${m[1]}`],
  ["award", /^(?:the\s+)?(.+\s(?:award|prize|medal))$/i, (m) => `the ${m[1]}`],
];

function fundingRound(round: string): string {
  const series = /^series\s+(\S+)$/i.exec(round);
  return series !== null ? `Series ${(series[1] ?? "").toUpperCase()}` : `${round.toLowerCase()} round`;
}
