/**
 * HTTP helpers for the open-data routes: conditional requests and the public origin. Server-only
 * because it hashes with node:crypto.
 */
import { createHash } from "node:crypto";
import { config } from "./config.server";

/**
 * A weak validator: the body is the same for the same data, question and day (badge currency
 * moves with the date), though compression may change its bytes.
 */
export function etagFor(parts: { dataVersion: number; query: string; today: string; kind: string }): string {
  const hash = createHash("sha256").update(`${parts.kind}\n${parts.dataVersion}\n${parts.query}\n${parts.today}`).digest("base64url");
  return `W/"${hash.slice(0, 27)}"`;
}

/** RFC 9110 If-None-Match: weak comparison, a list of tags, or "*". */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

export const OPEN_DATA_CACHE_CONTROL = "public, max-age=60";

/** Links in the data point at the site's public address (PUBLIC_ORIGIN), whatever Host the request named. */
export function publicOrigin(): string {
  return config().PUBLIC_ORIGIN;
}
