/**
 * Runs every clock-driven job once (`npm run jobs [YYYY-MM-DD]`): badge reminders, the saved-search
 * check, the moderation digest and the watch digest. The server does this on its own timers; this
 * is the same work, by hand or from cron. Safe to run again: nothing is sent twice.
 */
import { todayIso } from "~/platform/dates";
import { runDailyJobs } from "~/jobs/daily.server";
import { closeDatabase } from "~db/client.server";

const today = process.argv[2] ?? todayIso();
const result = await runDailyJobs({ today });
console.log(JSON.stringify({ today, ...result }));
closeDatabase();
