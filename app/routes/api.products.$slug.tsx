/** GET /api/products/{slug}: one product in full, with its badges' dates and currency. */
import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { dataVersion } from "~db/data-version.server";
import { getProductBySlug } from "~/catalogue/product.server";
import { getProviderBySlug } from "~/catalogue/provider.server";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { productDetail } from "~/open-data/product-detail.server";
import { openProductAssessments } from "~/open-data/assessments.server";
import { assessmentsVersion } from "~/assessments/product-assessments.server";
import { openProductPrices, openServiceDocuments, pricesVersion } from "~/open-data/prices.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const today = todayIso();
  const origin = publicOrigin();
  // Assessments and approved prices do not move the catalogue's data version: their own versions are part of the tag.
  const etag = etagFor({
    kind: "product",
    dataVersion: dataVersion(),
    query: `${origin}/${slug}|${assessmentsVersion()}|${pricesVersion()}`,
    today,
  });
  const headers = { ETag: etag, "Cache-Control": OPEN_DATA_CACHE_CONTROL };

  const product = getProductBySlug({ slug, today });
  const provider = product ? getProviderBySlug({ slug: product.provider.slug }) : null;
  if (!product || !provider) {
    return json({ errors: [`No product has the slug "${slug.slice(0, 80)}".`] }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  const assessments = openProductAssessments([product.id], today).get(product.id)!;
  const commercial = { prices: openProductPrices(product.id, today), serviceDocuments: openServiceDocuments(product.id) };
  return json({ data: productDetail(product, provider, origin, assessments, commercial) }, { headers });
}
