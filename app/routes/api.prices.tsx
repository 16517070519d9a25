/**
 * GET /api/prices: every product's price list in force today, as JSON, grouped by product. Upcoming
 * lists, the price history and service documents are per product, at /api/products/{slug}.
 * Documented on /data-dictionary.
 */
import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { dataVersion } from "~db/data-version.server";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { openPricesByProduct, pricesVersion } from "~/open-data/prices.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const params = [...new URL(request.url).searchParams.keys()];
  if (params.length > 0) {
    const errors = [...new Set(params)].map((name) => `"${name.slice(0, 40)}" is not a known parameter.`);
    return json({ errors }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const today = todayIso();
  const origin = publicOrigin();
  // Which list is in force turns on the day; names move the data version; approvals move pricesVersion.
  const etag = etagFor({ kind: "prices", dataVersion: dataVersion(), query: `${origin}|${pricesVersion()}`, today });
  const headers = { ETag: etag, "Cache-Control": OPEN_DATA_CACHE_CONTROL };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  const data = openPricesByProduct(today).map(({ product, ...list }) => ({
    product: {
      ...product,
      links: { self: `${origin}/api/products/${product.slug}`, html: `${origin}/products/${product.slug}` },
    },
    ...list,
  }));
  return json({ data, meta: { total: data.length, generatedOn: today } }, { headers });
}
