/**
 * GET /api/assessments: every assessed product's aggregate scores per quality, with the framework
 * version, as JSON. Aggregates only: never an agency's name, an assessor or a justification.
 * Documented on /data-dictionary.
 */
import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { assessmentsVersion } from "~/assessments/product-assessments.server";
import { currentFramework } from "~/assessments/framework.server";
import { openAssessmentsByProduct } from "~/open-data/assessments.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const params = [...new URL(request.url).searchParams.keys()];
  if (params.length > 0) {
    const errors = [...new Set(params)].map((name) => `"${name.slice(0, 40)}" is not a known parameter.`);
    return json({ errors }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const today = todayIso();
  const origin = publicOrigin();
  // Staleness is judged on the day, so the day is part of the tag, as for the catalogue's.
  const etag = etagFor({ kind: "assessments", dataVersion: 0, query: `${origin}|${assessmentsVersion()}`, today });
  const headers = { ETag: etag, "Cache-Control": OPEN_DATA_CACHE_CONTROL };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  const data = openAssessmentsByProduct(today).map(({ product, ...rest }) => ({
    product: {
      ...product,
      links: { self: `${origin}/api/products/${product.slug}`, html: `${origin}/products/${product.slug}/assessments` },
    },
    ...rest,
  }));
  return json(
    { data, meta: { total: data.length, frameworkVersion: currentFramework(today)?.version ?? null, generatedOn: today } },
    { headers },
  );
}
