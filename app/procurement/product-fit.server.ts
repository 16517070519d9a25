/**
 * What the product page adds for a buyer: how the product fits their proposed purchase, and the
 * shortlists they could add it to. Kept out of the route so the shared product page stays small.
 */
import { getUser } from "~/accounts/session.server";
import { todayIso, type IsoDate } from "~/platform/dates";
import { summarise } from "./rules";
import { alignProduct } from "./alignment.server";
import { loadPurchase } from "./purchase.server";
import { listShortlists } from "~/shortlists/shortlist.server";

export async function productFit({ request, productId, name, today = todayIso() }: {
  request: Request;
  productId: number;
  name: string;
  today?: IsoDate;
}) {
  const user = await getUser(request);
  const purchase = await loadPurchase({ request, user });
  const results = purchase ? alignProduct({ productId, name, purchase, today }) : null;
  return {
    results,
    summary: results ? summarise(results).label : null,
    signingDate: purchase?.signingDate ?? null,
    shortlists: user ? listShortlists({ userId: user.id }).map((s) => ({ id: s.id, name: s.name })) : null,
  };
}
