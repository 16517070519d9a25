/** The community page's view of shared assessments: the products agencies have assessed most. */
import { desc, eq, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { assessmentReliances, assessments, products } from "~db/schema";

export function mostAssessedProducts({ limit }: { limit: number }) {
  const agenciesAssessing = sql<number>`count(distinct ${assessments.agencyId})`;
  return db()
    .select({
      slug: products.slug,
      name: products.name,
      assessedBy: agenciesAssessing,
      reliedOnBy: sql<number>`(select count(distinct r.agency_id) from ${assessmentReliances} r join assessments a2 on a2.id = r.assessment_id where a2.product_id = ${products.id} and a2.status = 'published')`,
      newest: sql<string>`max(${assessments.assessedOn})`,
    })
    .from(assessments)
    .innerJoin(products, eq(products.id, assessments.productId))
    .where(eq(assessments.status, "published"))
    .groupBy(products.id)
    .orderBy(desc(agenciesAssessing), products.name)
    .limit(limit)
    .all();
}
