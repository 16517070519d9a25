/**
 * Awarded outcomes as open data: which agency bought which product, for how much, when (and the
 * AusTender notice when known), as the UK marketplace published its outcomes. Never the
 * evaluation: no scores, no other responses, no evaluator, no reasons.
 */
import { desc, eq, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { agencies, approachDecisions, approaches, products, providers } from "~db/schema";

export function awardedOutcomes() {
  return db()
    .select({
      approachId: approaches.id,
      title: approaches.title,
      agency: agencies.name,
      productSlug: products.slug,
      productName: products.name,
      providerName: providers.name,
      providerSlug: providers.slug,
      contractValueCents: approachDecisions.contractValueCents,
      austenderId: approachDecisions.austenderId,
      decidedAt: approachDecisions.decidedAt,
      checksum: approachDecisions.checksum,
      source: approaches.source,
    })
    .from(approachDecisions)
    .innerJoin(approaches, eq(approaches.id, approachDecisions.approachId))
    .innerJoin(agencies, eq(agencies.id, approaches.agencyId))
    .innerJoin(products, eq(products.id, approachDecisions.productId))
    .innerJoin(providers, eq(providers.id, products.providerId))
    .where(eq(approachDecisions.outcome, "awarded"))
    .orderBy(desc(approachDecisions.decidedAt))
    .all();
}
export type AwardedOutcome = ReturnType<typeof awardedOutcomes>[number];

/**
 * Moves whenever the awarded outcomes do. Decisions are only ever inserted (or, for sample ones,
 * removed by a forced reseed), and ids are never reused, so their count and highest id suffice;
 * the names they are shown with move the catalogue's data version, which callers add.
 */
export function outcomesVersion(): string {
  const row = db()
    .select({ n: sql<number>`count(*)`, last: sql<number | null>`max(${approachDecisions.approachId})` })
    .from(approachDecisions)
    .where(eq(approachDecisions.outcome, "awarded"))
    .get();
  return `${row?.n ?? 0}:${row?.last ?? 0}`;
}
