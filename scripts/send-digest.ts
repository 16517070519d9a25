/**
 * Queues the daily digest of waiting moderation and approval items: run daily from cron
 * (`npm run digest`), beside `npm run reminders`. Safe to run again the same day: it sends once.
 */
import { todayIso } from "~/platform/dates";
import { sendQueueDigest } from "~/notifications/digest.server";
import { pendingChanges } from "~/listings/listing-change.server";
import { moderationQueue } from "~/reviews/review-moderation.server";
import { closeDatabase } from "~db/client.server";

const today = process.argv[2] ?? todayIso();
const queue = moderationQueue();
const result = sendQueueDigest({
  today,
  counts: {
    pendingReviews: queue.pendingReviews.length,
    pendingReplies: queue.pendingReplies.length,
    openReports: queue.openReports.length,
    pendingChanges: pendingChanges().length,
  },
});
console.log(result.alreadySent ? `The digest for ${today} was already sent.` : `Digest for ${today}: ${result.emails} e-mails queued.`);
closeDatabase();
