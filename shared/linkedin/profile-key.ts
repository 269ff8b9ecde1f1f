import { linkedInKey } from "../contacts/linkedin-url.js";

/**
 * The identity key of a profile URL or of a key already made (`in/<slug>`), so callers may pass
 * either as the owner.
 */
export function toProfileKey(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^(in|company)\//i.test(trimmed)) return linkedInKey(`https://www.linkedin.com/${trimmed}`);
  return linkedInKey(trimmed);
}

/**
 * `linkedInKey` with memory: a big messages.csv names the same few thousand people in tens of
 * thousands of rows, and parsing a URL costs far more than a map lookup.
 */
export function cachedKeys(): (url: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (url) => {
    const cached = cache.get(url);
    if (cached !== undefined || cache.has(url)) return cached;
    const key = url.trim() === "" ? undefined : linkedInKey(url);
    cache.set(url, key);
    return key;
  };
}

/** A person as the export names them: both name parts, the joined name, and the profile if given. */
export function personIdentity(firstName: string, lastName: string, url: string) {
  const key = url === "" ? undefined : linkedInKey(url);
  return {
    firstName,
    lastName,
    name: [firstName, lastName].filter((part) => part !== "").join(" "),
    ...(url === "" ? {} : { url }),
    ...(key === undefined ? {} : { key }),
  };
}
