/**
 * GET /api/outcomes.csv: one row per awarded approach to market, newest decision first, contract
 * values in dollars GST inclusive. Never the evaluation. Columns are documented on /data-dictionary.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { toCsv } from "~/platform/csv";
import { dataVersion } from "~db/data-version.server";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { OUTCOMES_CSV_HEADER, outcomesCsvRows } from "~/open-data/outcomes";
import { openOutcomes, outcomesVersion } from "~/open-data/outcomes.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const today = todayIso();
  const origin = publicOrigin();
  const etag = etagFor({ kind: "outcomes-csv", dataVersion: dataVersion(), query: `${origin}|${outcomesVersion()}`, today });
  const headers = {
    ETag: etag,
    "Cache-Control": OPEN_DATA_CACHE_CONTROL,
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="cloud-exchange-outcomes-${today}.csv"`,
  };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(toCsv(OUTCOMES_CSV_HEADER, outcomesCsvRows(openOutcomes(origin))), { headers });
}
