import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { assessors, badges, products, providers } from "~db/schema";
import { todayIso } from "~/platform/dates";
import { whatsNew, type WhatsNew } from "./whats-new";
import { assessorJoin, assessorNameColumn, badgeDateColumns } from "~/assurance/badge-columns.server";

/** Recent listings, assessments and soon-lapsing badges across the whole catalogue. */
export function recentChanges({ today = todayIso() }: { today?: string } = {}): WhatsNew {
  const productRows = db()
    .select({
      slug: products.slug,
      name: products.name,
      providerName: providers.name,
      serviceModel: products.serviceModel,
      listedOn: products.listedOn,
    })
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .all();
  const badgeRows = db()
    .select({
      productSlug: products.slug,
      productName: products.name,
      providerName: providers.name,
      ...badgeDateColumns,
      assessorName: assessorNameColumn,
    })
    .from(badges)
    .innerJoin(products, eq(badges.productId, products.id))
    .innerJoin(providers, eq(products.providerId, providers.id))
    .leftJoin(assessors, assessorJoin)
    .all();
  return whatsNew({ products: productRows, badges: badgeRows, today });
}
