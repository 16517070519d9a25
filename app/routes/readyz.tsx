import journal from "~db/migrations/meta/_journal.json";
import { logger } from "~/platform/logger.server";
import { connection } from "~db/client.server";

/**
 * Readiness (liveness is /healthz in server.js): the database answers, and every migration this
 * build ships with has been applied. A load balancer sends traffic only while this says 200.
 */
export async function loader({ request }: { request: Request }) {
  const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  try {
    const { sqlite } = connection();
    sqlite.prepare("select 1").get();
    // Drizzle records each applied migration by its journal timestamp.
    const applied = new Set(
      (sqlite.prepare("select created_at as at from __drizzle_migrations").all() as { at: number | string }[]).map((r) => Number(r.at)),
    );
    const missing = journal.entries.filter((e) => !applied.has(e.when)).length;
    if (missing > 0)
      return new Response(`not ready: ${missing} of ${journal.entries.length} migrations not applied`, { status: 503, headers });
    return new Response("ready", { headers });
  } catch (error) {
    logger.error("readiness_failed", { error }, request);
    return new Response("not ready: the database is unavailable", { status: 503, headers });
  }
}
