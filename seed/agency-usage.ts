/**
 * When each agency started using each product it uses, so the agency dashboard can show the price
 * changes since then; and, for the demo agency (Finance), one product whose IRAP assessment falls
 * due within 90 days, so its staff see on first run what the dashboard is for. Idempotent: only
 * rows without a start date get one, and the demo row is added once.
 */
import { and, eq, isNull } from "drizzle-orm";
import { addMonths, type IsoDate } from "~/platform/dates";
import type { Db } from "~db/client.server";
import { agencies, productAgencies, products } from "~db/schema";
import { createRandom } from "./sample/random";

const DEMO_AGENCY = "Finance and Budget Office (sample)";
/** Its IRAP reassessment falls due about five weeks after the seed day (seed/sample). */
const DEMO_DUE_SOON = "halcyon-elastic-compute";

export function seedAgencyUsage(db: Db, today: IsoDate): void {
  const rng = createRandom(2026_12);
  const undated = db
    .select({ productId: productAgencies.productId, agencyId: productAgencies.agencyId })
    .from(productAgencies)
    .where(isNull(productAgencies.since))
    .orderBy(productAgencies.agencyId, productAgencies.productId)
    .all();
  for (const row of undated) {
    db.update(productAgencies)
      .set({ since: addMonths(today, -rng.int(4, 40)) })
      .where(and(eq(productAgencies.productId, row.productId), eq(productAgencies.agencyId, row.agencyId)))
      .run();
  }
  const agency = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, DEMO_AGENCY)).get();
  const product = db.select({ id: products.id }).from(products).where(eq(products.slug, DEMO_DUE_SOON)).get();
  if (!agency || !product) return;
  db.insert(productAgencies)
    .values({ productId: product.id, agencyId: agency.id, relationship: "authorised", since: addMonths(today, -22) })
    .onConflictDoNothing()
    .run();
}
