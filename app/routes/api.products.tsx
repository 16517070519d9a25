/**
 * GET /api/products: the catalogue as JSON, with the same filters as /products, paginated.
 * Documented on /data-dictionary.
 */
import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { listCategories } from "~/catalogue/catalogue.server";
import { dataVersion } from "~db/data-version.server";
import { catalogueTextMatch } from "~/catalogue/catalogue-search.server";
import { findOpenDataRecords } from "~/open-data/open-data.server";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { productListItem, productPage } from "~/open-data/json-shapes";
import { openDataSearch } from "~/open-data/query";
import { parseOpenDataQuery } from "~/open-data/query.server";
import { todayIso } from "~/platform/dates";
import { assessmentSummaries } from "~/open-data/assessments.server";
import { assessmentsVersion } from "~/assessments/product-assessments.server";
import { priceSummaries, pricesVersion } from "~/open-data/prices.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { query, pageSize, errors } = parseOpenDataQuery(
    url.searchParams,
    listCategories().map((c) => c.slug),
  );
  // Whether a product meets every rule depends on a purchase kept in the visitor's session: not
  // something a public, cacheable answer can depend on. The CSV export, made in the session, can.
  if (query.fits)
    errors.push(
      '"fits" depends on the proposed purchase in your browser session, so the API does not take it; use the CSV export from the product list.',
    );
  if (query.profile)
    errors.push('"profile" depends on your requirements profile, so the API does not take it; use the CSV export from the product list.');
  if (errors.length > 0) return json({ errors }, { status: 400, headers: { "Cache-Control": "no-store" } });

  const today = todayIso();
  const origin = publicOrigin();
  const version = dataVersion();
  const etag = etagFor({
    kind: "products",
    dataVersion: version,
    // Approved prices move neither the data version nor the assessments': their own version is part of the tag.
    query: `${origin}${openDataSearch(query, pageSize, query.page)}|${assessmentsVersion()}|${pricesVersion()}`,
    today,
  });
  const headers = { ETag: etag, "Cache-Control": OPEN_DATA_CACHE_CONTROL };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });

  const { page } = query;
  const text = await catalogueTextMatch(query.q);
  const { total, records } = findOpenDataRecords({ query, origin, today, text, range: { offset: (page - 1) * pageSize, limit: pageSize } });
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const assessed = assessmentSummaries(
    records.map((r) => r.entry.id),
    today,
  );
  const prices = priceSummaries(
    records.map((r) => r.entry.id),
    today,
  );
  const at = (n: number) => `${origin}/api/products${openDataSearch(query, pageSize, n)}`;
  return json(
    productPage({
      items: records.map((r) => productListItem(r, origin, assessed.get(r.entry.id), prices.get(r.entry.id))),
      total,
      page,
      pageSize,
      dataVersion: version,
      generatedOn: today,
      links: {
        self: at(page),
        first: at(1),
        last: at(lastPage),
        next: page < lastPage ? at(page + 1) : null,
        prev: page > 1 ? at(Math.min(page - 1, lastPage)) : null,
      },
    }),
    { headers },
  );
}
