import journal from "~db/migrations/meta/_journal.json";
import { logger } from "~/lib/logger.server";
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
    const applied = (sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
    const expected = journal.entries.length;
    if (applied < expected) return new Response(`not ready: ${applied} of ${expected} migrations applied`, { status: 503, headers });
    return new Response("ready", { headers });
  } catch (error) {
    logger.error("readiness_failed", { error }, request);
    return new Response("not ready: the database is unavailable", { status: 503, headers });
  }
}
