/** GET /api/outcomes.atom: awarded outcomes as an Atom 1.0 feed, one entry per award. Public. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { dataVersion } from "~db/data-version.server";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { outcomesFeed } from "~/open-data/outcomes";
import { openOutcomes, outcomesVersion } from "~/open-data/outcomes.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const today = todayIso();
  const origin = publicOrigin();
  const etag = etagFor({ kind: "outcomes-atom", dataVersion: dataVersion(), query: `${origin}|${outcomesVersion()}`, today });
  const headers = { ETag: etag, "Cache-Control": OPEN_DATA_CACHE_CONTROL, "Content-Type": "application/atom+xml; charset=utf-8" };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(outcomesFeed(openOutcomes(origin), { origin, today }), { headers });
}
