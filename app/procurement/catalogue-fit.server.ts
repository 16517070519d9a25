/**
 * What the catalogue adds for a buyer: each product's fit with their proposed purchase (cached in
 * alignment.server.ts) and the shortlists they can add to.
 */
import { getUser } from "~/accounts/session.server";
import type { CatalogueEntry } from "~/catalogue/facets";
import { todayIso } from "~/platform/dates";
import { catalogueAlignment, type Alignment } from "./alignment.server";
import { loadPurchase } from "./purchase.server";
import { listShortlists } from "~/shortlists/shortlist.server";

export async function catalogueFit({ request, entries, today = todayIso() }: {
  request: Request;
  entries: readonly CatalogueEntry[];
  today?: string;
}): Promise<{ alignment: Map<number, Alignment> | null; shortlists: { id: number; name: string }[] | null }> {
  const user = await getUser(request);
  const purchase = await loadPurchase({ request, user });
  return {
    alignment: purchase ? catalogueAlignment({ purchase, products: entries, today }) : null,
    shortlists: user ? listShortlists({ userId: user.id }).map((s) => ({ id: s.id, name: s.name })) : null,
  };
}
