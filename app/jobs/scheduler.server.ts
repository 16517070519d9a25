/**
 * Runs the clock-driven jobs inside each server process, so that `npm start` (and a production
 * server) needs no cron. Every minute (JOBS_INTERVAL_SECONDS): saved searches are checked when the data or the date has
 * changed since this process last checked, and badge reminders are sent for states reached today.
 * Once a day, after DIGEST_HOUR_UTC: the moderation digest and the watch digest (each claims its
 * day, so only one process sends it).
 */
import { dataVersion } from "~db/data-version.server";
import { assessmentsVersion } from "~/assessments/product-assessments.server";
import { pricesVersion } from "~/pricing/prices.server";
import { todayIso } from "~/platform/dates";
import { logger } from "~/platform/logger.server";
import { sendBadgeReminders } from "~/assurance/reminders.server";
import { sendWatchDigests } from "~/watches/digest.server";
import { checkSavedSearches } from "~/saved-searches/saved-search.server";
import { queueDigest } from "./daily.server";

/** 21:00 UTC is 8 am in Canberra in summer, 7 am in winter: the digest is waiting at the start of the day. */
export const DIGEST_HOUR_UTC = 21;
const TICK_MS = 60_000;

export interface Scheduler {
  /** One round now (the timer calls it; tests call it with a clock). */
  tick(now?: Date): Promise<void>;
  stop(): void;
}

export function startScheduledJobs({ intervalMs = TICK_MS }: { intervalMs?: number } = {}): Scheduler {
  let checkedAt = "";
  let running = false;
  async function tick(now = new Date()) {
    if (running) return;
    running = true;
    try {
      const today = todayIso(now);
      sendBadgeReminders({ today });
      // Saved searches can ask for published prices or a requirements profile, which approvals and
      // moderation change without moving the data version.
      const key = `${dataVersion()}:${pricesVersion()}:${assessmentsVersion()}:${today}`;
      if (key !== checkedAt) {
        const result = await checkSavedSearches();
        checkedAt = key;
        if (result.events > 0) logger.info("saved_searches_checked", result);
      }
      if (now.getUTCHours() >= DIGEST_HOUR_UTC) {
        queueDigest({ today });
        sendWatchDigests({ today });
      }
    } catch (error) {
      logger.error("scheduled_job_failed", { error: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  }
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return { tick, stop: () => clearInterval(timer) };
}
