/** GET /whats-new/feed.xml: the What's new page as an Atom feed. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { dataVersion } from "~db/data-version.server";
import { recentChanges } from "~/open-data/whats-new.server";
import { whatsNewFeed } from "~/open-data/atom";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const today = todayIso();
  const origin = publicOrigin();
  const etag = etagFor({ kind: "atom", dataVersion: dataVersion(), query: origin, today });
  const headers = { ETag: etag, "Cache-Control": OPEN_DATA_CACHE_CONTROL, "Content-Type": "application/atom+xml; charset=utf-8" };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(whatsNewFeed(recentChanges({ today }), origin), { headers });
}
