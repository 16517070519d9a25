/**
 * Queues the daily digest of waiting moderation and approval items (`npm run digest`). The server
 * sends it itself each day (app/jobs/scheduler.server.ts); this is for running it by hand or from
 * cron where the server's jobs are off. Safe to run again the same day: it sends once.
 */
import { todayIso } from "~/platform/dates";
import { queueDigest } from "~/jobs/daily.server";
import { closeDatabase } from "~db/client.server";

const today = process.argv[2] ?? todayIso();
const result = queueDigest({ today });
console.log(result.alreadySent ? `The digest for ${today} was already sent.` : `Digest for ${today}: ${result.emails} e-mails queued.`);
closeDatabase();
