import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/accounts/session.server";
import { recordFilename } from "~/approaches/decision-record";
import { buyerApproach, frozenRecord } from "~/approaches/evaluation-pages.server";
import { renderRecordPdf } from "~/approaches/record-pdf.server";
import { downloadHeaders } from "~/shortlists/shortlist-export.server";

const NOT_FOUND = "We could not find a decision record for that approach to market.";

/** /approaches/:id/record.pdf: the frozen decision record drawn on the server, its checksum on every page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = buyerApproach(user, params.id);
  const frozen = found ? frozenRecord(found.id) : null;
  if (!found || !frozen) throw json(NOT_FOUND, { status: 404 });
  const url = new URL(`/approaches/${found.id}/record.json`, request.url).href;
  const pdf = await renderRecordPdf({ record: frozen.record, checksum: frozen.decision.checksum, url });
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...downloadHeaders("application/pdf", recordFilename(found.id, "pdf")),
      // No checksum header: the record's checksum is of the JSON, not of these bytes (it is printed on every page).
      "Content-Length": String(pdf.length),
    },
  });
}
