/**
 * Each person's Atom feed of what they watch, at an address that carries a secret: feed readers
 * cannot sign in, so the address is the key. Replacing the secret (on the notifications page)
 * revokes the old address at once.
 */
import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { watchSettings } from "~db/schema";
import { atomFeed } from "~/platform/atom";
import { siteLink } from "~/notifications/site-link.server";
import { recentNotices, settingsOf } from "./watches.server";
import { WATCH_EVENT_LABELS } from "./vocabulary";

export function feedPath({ userId }: { userId: number }): string | null {
  const { feedSecret } = settingsOf({ userId });
  return feedSecret ? `/feed/${userId}.${feedSecret}` : null;
}

/** Whose feed the address names, or null for an unknown, revoked or altered address. */
export function feedOwner(key: string): number | null {
  const match = /^([1-9]\d{0,9})\.([A-Za-z0-9_-]{20,100})$/.exec(key);
  if (!match) return null;
  const userId = Number(match[1]);
  const row = db().select({ secret: watchSettings.feedSecret }).from(watchSettings).where(eq(watchSettings.userId, userId)).get();
  if (!row?.secret) return null;
  const given = Buffer.from(match[2]);
  const stored = Buffer.from(row.secret);
  return given.length === stored.length && timingSafeEqual(given, stored) ? userId : null;
}

export function watchFeed({ userId, now = new Date() }: { userId: number; now?: Date }): string {
  const self = siteLink(feedPath({ userId }) ?? "/account/notifications");
  return atomFeed({
    page: siteLink("/account/notifications"),
    self,
    title: "Cloud Exchange: what changed on what you watch",
    subtitle: "Badges, listings, reviews and saved searches you watch, and products on your shortlists.",
    updated: now.toISOString(),
    entries: recentNotices({ userId, limit: 100 }).map((n) => ({
      id: siteLink(`/feed/events/${n.id}`),
      title: n.title,
      updated: n.at,
      link: siteLink(n.path),
      summary: n.detail || n.title,
      category: { term: n.kind, label: WATCH_EVENT_LABELS[n.kind] },
    })),
  });
}
