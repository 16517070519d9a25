/**
 * The work done on a clock rather than on a request: badge reminders, the two daily digests and
 * the saved-search check. The server runs them on timers (scheduler.server.ts); the npm scripts
 * (`npm run jobs`, `reminders`, `digest`) run the same functions once, for cron or by hand. Each is
 * safe to run again and from several processes at once: reminders mail each badge state once, each
 * digest claims its day, and a saved search records each change once.
 */
import type { IsoDate } from "~/platform/dates";
import { sendBadgeReminders } from "~/assurance/reminders.server";
import { sendQueueDigest } from "~/notifications/digest.server";
import { pendingChanges } from "~/listings/listing-change.server";
import { moderationQueue } from "~/reviews/review-moderation.server";
import { sendWatchDigests } from "~/watches/digest.server";
import { checkSavedSearches } from "~/saved-searches/saved-search.server";

export function queueDigest({ today }: { today: IsoDate }) {
  const queue = moderationQueue();
  return sendQueueDigest({
    today,
    counts: {
      pendingReviews: queue.pendingReviews.length,
      pendingReplies: queue.pendingReplies.length,
      openReports: queue.openReports.length,
      pendingChanges: pendingChanges().length,
    },
  });
}

/** Everything due today, in the order that lets a digest carry what the others just found. */
export async function runDailyJobs({ today }: { today: IsoDate }) {
  const reminders = sendBadgeReminders({ today });
  const savedSearches = await checkSavedSearches();
  const queue = queueDigest({ today });
  const watchDigest = sendWatchDigests({ today });
  return { reminders, savedSearches, queueDigest: queue, watchDigest };
}
