/**
 * One e-mail a day to the people who work the queues, instead of one per item: administrators
 * hear what waits for moderation (reviews, replies, reports) and for approval; editors hear what
 * waits for approval. Nothing waiting, no e-mail. Run daily (`npm run digest`, from cron like the
 * badge reminders); running it again the same day sends nothing, because the day is recorded in the
 * same transaction as the e-mails.
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { db } from "~db/client.server";
import { meta, userRoles, users } from "~db/schema";
import type { IsoDate } from "~/platform/dates";
import { sendNotice } from "./notices.server";
import { siteLink } from "./site-link.server";

export interface QueueCounts {
  pendingReviews: number;
  pendingReplies: number;
  openReports: number;
  pendingChanges: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function sendQueueDigest({ counts, today }: { counts: QueueCounts; today: IsoDate }): { emails: number; alreadySent: boolean } {
  return db().transaction(() => {
    const claimed = db()
      .insert(meta)
      .values({ key: `queue_digest:${today}`, value: new Date().toISOString() })
      .onConflictDoNothing()
      .run();
    if (claimed.changes === 0) return { emails: 0, alreadySent: true };
    const staff = db()
      .selectDistinct({ email: users.email, name: users.displayName, role: userRoles.role })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .where(and(inArray(userRoles.role, ["admin", "editor"]), isNotNull(userRoles.approvedAt)))
      .all();
    // An administrator who is also an editor gets one e-mail, with both queues.
    const byEmail = new Map<string, { name: string; admin: boolean }>();
    for (const s of staff) byEmail.set(s.email, { name: s.name, admin: (byEmail.get(s.email)?.admin ?? false) || s.role === "admin" });
    let emails = 0;
    for (const [email, { name, admin }] of byEmail) {
      const moderation = admin ? counts.pendingReviews + counts.pendingReplies + counts.openReports : 0;
      if (moderation + counts.pendingChanges === 0) continue;
      const lines = [`Hello ${name},`, "", `Waiting on Cloud Exchange today (${today}):`];
      if (moderation > 0) {
        lines.push(
          `- For moderation: ${plural(counts.pendingReviews, "review", "reviews")}, ${plural(counts.pendingReplies, "provider reply", "provider replies")}, ${plural(counts.openReports, "report", "reports")}: ${siteLink("/admin/moderation")}`,
        );
      }
      if (counts.pendingChanges > 0) {
        lines.push(
          `- For approval: ${plural(counts.pendingChanges, "listing change", "listing changes")}: ${siteLink("/admin/approvals")}`,
        );
      }
      const total = moderation + counts.pendingChanges;
      sendNotice(email, `${plural(total, "item waits", "items wait")} for you on Cloud Exchange`, lines, { kind: "queue_digest" });
      emails++;
    }
    return { emails, alreadySent: false };
  });
}
