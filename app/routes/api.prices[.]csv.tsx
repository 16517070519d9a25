/**
 * GET /api/prices.csv: one row per product, price item and volume tier in force today, prices in
 * dollars ex GST. Columns are documented on /data-dictionary.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { toCsv } from "~/platform/csv";
import { dataVersion } from "~db/data-version.server";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { openPricesByProduct, PRICES_CSV_HEADER, pricesCsvRows, pricesVersion } from "~/open-data/prices.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const today = todayIso();
  const etag = etagFor({ kind: "prices-csv", dataVersion: dataVersion(), query: `${publicOrigin()}|${pricesVersion()}`, today });
  const headers = {
    ETag: etag,
    "Cache-Control": OPEN_DATA_CACHE_CONTROL,
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="cloud-exchange-prices-${today}.csv"`,
  };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(toCsv(PRICES_CSV_HEADER, pricesCsvRows(openPricesByProduct(today))), { headers });
}
