/**
 * GET /products/export.csv: every product matching the catalogue's filters (all pages), with
 * badge levels, dates and expiry. Columns are documented on /data-dictionary.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { listCategories } from "~/catalogue/catalogue.server";
import { dataVersion } from "~db/data-version.server";
import { catalogueTextMatch } from "~/catalogue/catalogue-search.server";
import { findOpenDataRecords, purchaseFitFilter } from "~/open-data/open-data.server";
import { toCsv } from "~/platform/csv";
import { CSV_HEADER, csvValues } from "~/open-data/csv-columns";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { DEFAULT_PAGE_SIZE, openDataSearch } from "~/open-data/query";
import { parseOpenDataQuery } from "~/open-data/query.server";
import { getVisitor } from "~/accounts/session.server";
import { loadPurchase } from "~/procurement/purchase.server";
import { visitorProfile } from "~/assessments/buyer-assessments.server";
import { productsMeetingProfile } from "~/assessments/product-assessments.server";
import { priceSummaries, pricesVersion } from "~/open-data/prices.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { query, errors } = parseOpenDataQuery(
    url.searchParams,
    listCategories().map((c) => c.slug),
  );
  const today = todayIso();
  // Only these two read the session: every other export is the same for everyone.
  const visitor = query.fits || query.profile ? await getVisitor(request) : null;
  const purchase = visitor ? loadPurchase(visitor) : null;
  const fits = query.fits ? purchaseFitFilter({ purchase, today }) : undefined;
  if (fits === null) errors.push('"fits" needs a proposed purchase: describe it at /purchase first.');
  // As on the product list: the visitor's requirements profile, or the framework's minimums for their purchase.
  const found = query.profile
    ? visitorProfile({ userId: visitor?.user?.id ?? null, classification: purchase?.classification ?? null })
    : null;
  if (query.profile && !found) errors.push('"profile" needs the assessment framework, which is not published yet.');
  const meeting = found ? productsMeetingProfile(found.profile) : null;
  const keep = fits || meeting ? (productId: number) => (!fits || fits(productId)) && (!meeting || meeting.has(productId)) : undefined;
  if (errors.length > 0) {
    const body = `The export was not made because some filters were not understood:\n${errors.map((e) => `- ${e}`).join("\n")}\n`;
    return new Response(body, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const origin = publicOrigin();
  // The export is every page at once, so the page number plays no part in it.
  const whole = { ...query, page: 1 };
  const etag = etagFor({
    kind: "csv",
    dataVersion: dataVersion(),
    // Approvals move the price columns without moving the data version.
    query: `${origin}${openDataSearch(whole, DEFAULT_PAGE_SIZE, 1)}|${pricesVersion()}`,
    today,
  });
  // With "fits" or "profile" the rows depend on this visitor, so no shared cache may keep them.
  const headers = {
    ...(keep ? { "Cache-Control": "private, no-store" } : { ETag: etag, "Cache-Control": OPEN_DATA_CACHE_CONTROL }),
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="cloud-exchange-products-${today}.csv"`,
  };
  if (!keep && ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  const text = await catalogueTextMatch(whole.q);
  const { records } = findOpenDataRecords({ query: whole, origin, today, keep: keep ?? undefined, text });
  const prices = priceSummaries(
    records.map((r) => r.entry.id),
    today,
  );
  return new Response(
    toCsv(
      CSV_HEADER,
      records.map((r) => csvValues(r, prices.get(r.entry.id))),
    ),
    { headers },
  );
}
