/**
 * Something happened to a product or provider: record it once, and tell each person who watches
 * it in the way they chose for that watch (an e-mail now, the daily digest, or the feed only).
 * Called inside the transaction that made the change, so an approval and the news of it are
 * written together or not at all.
 *
 * Who watches: their explicit watch of the product first, then of its provider, then the product
 * being on one of their shortlists (unless they turned that off). A saved search's events go only
 * to the person who saved it.
 */
import { eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { shortlistItems, shortlists, users, watchEvents, watches, watchNotices, watchSettings } from "~db/schema";
import { sendNotice } from "~/notifications/notices.server";
import { siteLink } from "~/notifications/site-link.server";
import { DEFAULT_SHORTLIST_DELIVERY, type Delivery, type ShortlistDelivery, type WatchEventKind } from "./vocabulary";

export interface WatchEventInput {
  kind: WatchEventKind;
  productId?: number | null;
  providerId: number | null;
  title: string;
  detail?: string;
  /** The page the event concerns, on this site. */
  path: string;
  /** A saved search's event: only its owner hears of it. */
  watchId?: number;
}

type Recipient = { userId: number; watchId: number | null; delivery: Delivery };

function explicitWatchers(column: typeof watches.id | typeof watches.productId | typeof watches.providerId, id: number): Recipient[] {
  return db()
    .select({ userId: watches.userId, watchId: watches.id, delivery: watches.delivery })
    .from(watches)
    .where(eq(column, id))
    .all()
    .map((w) => ({ ...w, delivery: w.delivery as Delivery }));
}

function shortlisters(productId: number): Recipient[] {
  const rows = db()
    .selectDistinct({ userId: shortlists.userId, delivery: watchSettings.shortlistDelivery })
    .from(shortlistItems)
    .innerJoin(shortlists, eq(shortlists.id, shortlistItems.shortlistId))
    .leftJoin(watchSettings, eq(watchSettings.userId, shortlists.userId))
    .where(eq(shortlistItems.productId, productId))
    .all();
  return rows.flatMap((r) => {
    const delivery = (r.delivery ?? DEFAULT_SHORTLIST_DELIVERY) as ShortlistDelivery;
    return delivery === "off" ? [] : [{ userId: r.userId, watchId: null, delivery }];
  });
}

function recipients(event: WatchEventInput): Recipient[] {
  if (event.watchId !== undefined) return explicitWatchers(watches.id, event.watchId);
  const byUser = new Map<number, Recipient>();
  const add = (list: Recipient[]) => list.forEach((r) => byUser.has(r.userId) || byUser.set(r.userId, r));
  if (event.productId) add(explicitWatchers(watches.productId, event.productId));
  if (event.providerId) add(explicitWatchers(watches.providerId, event.providerId));
  if (event.productId) add(shortlisters(event.productId));
  return [...byUser.values()];
}

/** Records the event and its notices; e-mails those who asked for one per event. Answers how many people hear of it. */
export function recordWatchEvent(event: WatchEventInput): number {
  const { id: eventId } = db()
    .insert(watchEvents)
    .values({
      kind: event.kind,
      productId: event.productId ?? null,
      providerId: event.providerId,
      title: event.title,
      detail: event.detail ?? "",
      path: event.path,
    })
    .returning({ id: watchEvents.id })
    .get();
  const list = recipients(event);
  if (list.length === 0) return 0;
  db()
    .insert(watchNotices)
    .values(list.map((r) => ({ eventId, userId: r.userId, watchId: r.watchId, delivery: r.delivery })))
    .run();
  const emailed = list.filter((r) => r.delivery === "email");
  if (emailed.length > 0) {
    const people = db()
      .select({ id: users.id, email: users.email, name: users.displayName })
      .from(users)
      .where(
        inArray(
          users.id,
          emailed.map((r) => r.userId),
        ),
      )
      .all();
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const r of emailed) {
      const person = byId.get(r.userId);
      if (!person) continue;
      sendNotice(
        person.email,
        event.title,
        [`Hello ${person.name},`, "", event.title, ...(event.detail ? [event.detail] : []), "", siteLink(event.path), "", whyYouHear(r)],
        { kind: r.watchId === null ? "shortlisted" : `watch:${r.watchId}` },
      );
    }
  }
  return list.length;
}

function whyYouHear(r: Recipient): string {
  return r.watchId === null
    ? "You hear of this because the product is on one of your shortlists."
    : "You hear of this because you watch it.";
}
