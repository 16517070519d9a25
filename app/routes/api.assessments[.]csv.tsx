/**
 * GET /api/assessments.csv: one row per assessed product and quality, with the framework version
 * and the latest, lowest and highest scores. Aggregates only: never an agency's name or a
 * justification. Columns are documented on /data-dictionary.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { toCsv } from "~/platform/csv";
import { etagFor, ifNoneMatchHits, OPEN_DATA_CACHE_CONTROL, publicOrigin } from "~/platform/http-cache.server";
import { assessmentsVersion } from "~/assessments/product-assessments.server";
import { ASSESSMENTS_CSV_HEADER, assessmentsCsvRows, openAssessmentsByProduct } from "~/open-data/assessments.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const today = todayIso();
  const etag = etagFor({ kind: "assessments-csv", dataVersion: 0, query: `${publicOrigin()}|${assessmentsVersion()}`, today });
  const headers = {
    ETag: etag,
    "Cache-Control": OPEN_DATA_CACHE_CONTROL,
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="cloud-exchange-assessments-${today}.csv"`,
  };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(toCsv(ASSESSMENTS_CSV_HEADER, assessmentsCsvRows(openAssessmentsByProduct(today))), { headers });
}
