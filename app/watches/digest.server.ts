/**
 * The daily digest of watch events, for the watches set to "one e-mail a day" (and shortlisted
 * products, whose default it is): one e-mail per person with everything since their last digest.
 * Running it again the same day sends nothing: the day is claimed in the same transaction as the
 * e-mails, and each notice is marked as digested.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { meta, users, watchEvents, watchNotices } from "~db/schema";
import { sendNotice } from "~/notifications/notices.server";
import { siteLink } from "~/notifications/site-link.server";
import type { IsoDate } from "~/platform/dates";

export function sendWatchDigests({ today }: { today: IsoDate }): { emails: number; alreadySent: boolean } {
  return db().transaction((tx) => {
    const claimed = tx
      .insert(meta)
      .values({ key: `watch_digest:${today}`, value: new Date().toISOString() })
      .onConflictDoNothing()
      .run();
    if (claimed.changes === 0) return { emails: 0, alreadySent: true };
    const waiting = tx
      .select({
        noticeId: watchNotices.id,
        userId: watchNotices.userId,
        email: users.email,
        name: users.displayName,
        title: watchEvents.title,
        path: watchEvents.path,
      })
      .from(watchNotices)
      .innerJoin(watchEvents, eq(watchEvents.id, watchNotices.eventId))
      .innerJoin(users, eq(users.id, watchNotices.userId))
      .where(and(eq(watchNotices.delivery, "digest"), isNull(watchNotices.digestedAt)))
      .orderBy(watchNotices.userId, watchNotices.id)
      .all();
    const byUser = new Map<number, typeof waiting>();
    for (const n of waiting) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
    for (const items of byUser.values()) {
      const { email, name } = items[0]!;
      sendNotice(
        email,
        `${items.length === 1 ? "1 change" : `${items.length} changes`} on what you watch`,
        [
          `Hello ${name},`,
          "",
          `Since your last digest, on Cloud Exchange (${today}):`,
          ...items.map((n) => `- ${n.title}: ${siteLink(n.path)}`),
          "",
          `Everything you watch: ${siteLink("/account/notifications")}`,
        ],
        { kind: "watch_digest" },
      );
    }
    if (waiting.length > 0) {
      tx.update(watchNotices)
        .set({ digestedAt: new Date().toISOString() })
        .where(
          inArray(
            watchNotices.id,
            waiting.map((n) => n.noticeId),
          ),
        )
        .run();
    }
    return { emails: byUser.size, alreadySent: false };
  });
}
