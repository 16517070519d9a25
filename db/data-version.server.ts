import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { meta } from "~db/schema";

/**
 * The searchable-data version, bumped by triggers (db/migrations/0001) on every write to the
 * catalogue, reviews or articles. Caches and the search index compare against it.
 */
export function dataVersion(): number {
  const row = db().select({ n: meta.number }).from(meta).where(eq(meta.key, "data_version")).get();
  return row?.n ?? 0;
}
