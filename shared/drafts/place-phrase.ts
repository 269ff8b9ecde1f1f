import { withoutEndPunctuation } from "./your-words.js";

/** Places one is "on", not "at": "on Twitter", "on r/rust". */
const PLATFORMS = new Set(
  [
    "twitter",
    "x",
    "twitter/x",
    "x/twitter",
    "linkedin",
    "mastodon",
    "bluesky",
    "threads",
    "github",
    "gitlab",
    "reddit",
    "hacker news",
    "hn",
    "youtube",
    "instagram",
    "facebook",
    "tiktok",
    "medium",
    "substack",
    "stack overflow",
    "stackoverflow",
    "discord",
    "slack",
    "zoom",
    "teams",
    "microsoft teams",
    "google meet",
    "twitch",
    "clubhouse",
    "product hunt",
    "dev.to",
    "kaggle",
  ].map((platform) => platform.toLowerCase()),
);

/** Places one is "in": a Slack, a forum, a group. */
const COMMUNITY =
  /\b(?:slack|discord|server|community|forum|group|channel|subreddit|mailing list|chat|workspace)$/i;

/**
 * Met at as the words after "we met": "at Stanford", "at the Berlin meetup", "on Twitter",
 * "in the dbt Slack". Text that starts with its own preposition ("through Ana") is kept.
 */
export function placePhrase(metAt: string): string {
  const place = withoutEndPunctuation(metAt);
  if (place === "") return "";
  if (/^(?:at|in|on|through|via|during|from|over)\s/i.test(place)) {
    return place.replace(/^\S+/, (word) => word.toLowerCase());
  }
  if (PLATFORMS.has(place.toLowerCase()) || /^r\/\w+$/i.test(place)) return `on ${place}`;
  if (COMMUNITY.test(place)) return /^(?:the|a|an|our|my)\s/i.test(place) ? `in ${place}` : `in the ${place}`;
  return `at ${place}`;
}
