/**
 * Queues badge expiry reminders: run daily from cron (`npm run reminders`). Safe to run again the
 * same day: each badge state mails once.
 */
import { todayIso } from "~/platform/dates";
import { sendBadgeReminders } from "~/assurance/reminders.server";
import { closeDatabase } from "~db/client.server";

const today = process.argv[2] ?? todayIso();
const result = sendBadgeReminders({ today });
console.log(
  `Reminders for ${today}: ${result.transitions} badge state changes, ${result.emails} e-mails queued, ${result.cleared} renewed badges reset.`,
);
closeDatabase();
