import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { getSessionData, requireUser } from "~/accounts/session.server";
import { todayIso } from "~/platform/dates";
import { loadPurchase } from "~/procurement/purchase.server";
import { findOwnShortlist } from "~/shortlists/shortlist.server";
import { csvFilename, shortlistCsv } from "~/shortlists/shortlist-export.server";

/** A resource route: /shortlists/:id/export.csv answers with the file itself. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const shortlist = findOwnShortlist({ id: params.id, userId: user.id });
  if (!shortlist) throw json("We could not find that shortlist.", { status: 404 });
  const today = todayIso();
  const purchase = loadPurchase({ user, sessionData: await getSessionData(request) });
  return new Response(shortlistCsv({ shortlist, purchase, today }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFilename({ shortlist, today })}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
