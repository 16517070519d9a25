/**
 * GET /api/outcomes: every approach to market that ended in an award, as JSON, newest decision
 * first: the agency, the product chosen, the contract value, the decision date, the AusTender
 * notice when known and the checksum of the frozen record. Never the evaluation (scores, the other
 * responses, the evaluators or the reasons). Public; documented on /data-dictionary.
 */
import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { dataVersion } from "~db/data-version.server";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { openOutcomes, outcomesVersion } from "~/open-data/outcomes.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const params = [...new URL(request.url).searchParams.keys()];
  if (params.length > 0) {
    const errors = [...new Set(params)].map((name) => `"${name.slice(0, 40)}" is not a known parameter.`);
    return json({ errors }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const today = todayIso();
  const origin = publicOrigin();
  // Decisions move outcomesVersion; the names shown with them move the data version.
  const etag = etagFor({ kind: "outcomes", dataVersion: dataVersion(), query: `${origin}|${outcomesVersion()}`, today });
  const headers = { ETag: etag, "Cache-Control": OPEN_DATA_CACHE_CONTROL };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  const data = openOutcomes(origin);
  return json({ data, meta: { total: data.length, generatedOn: today } }, { headers });
}
