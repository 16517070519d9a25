import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/accounts/session.server";
import { recordFilename } from "~/approaches/decision-record";
import { buyerApproach, frozenRecord } from "~/approaches/evaluation-pages.server";
import { downloadHeaders } from "~/shortlists/shortlist-export.server";

const NOT_FOUND = "We could not find a decision record for that approach to market.";

/**
 * /approaches/:id/record.json: the frozen decision record, for the agency's staff, as the exact
 * canonical text the checksum was taken of (never re-serialised, which could change a byte), with
 * the checksum in the headers so the download can be checked as it arrives.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = buyerApproach(user, params.id);
  const frozen = found ? frozenRecord(found.id) : null;
  if (!found || !frozen) throw json(NOT_FOUND, { status: 404 });
  const { record, checksum } = frozen.decision;
  const body = Buffer.from(record, "utf8");
  return new Response(new Uint8Array(body), {
    headers: {
      ...downloadHeaders("application/json; charset=utf-8", recordFilename(found.id, "json")),
      "Content-Length": String(body.length),
      "X-Checksum-SHA256": checksum,
      // RFC 3230's Digest, which download tools and proxies understand: the same SHA-256, in base64.
      Digest: `sha-256=${frozen.digest}`,
    },
  });
}
