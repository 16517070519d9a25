import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayIso } from "~/platform/dates";
import { loadPurchase } from "~/procurement/purchase.server";
import { requireOwnShortlist } from "~/shortlists/shortlist.server";
import { csvFilename, shortlistCsv } from "~/shortlists/shortlist-export.server";

/** A resource route: /shortlists/:id/export.csv answers with the file itself. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, shortlist } = await requireOwnShortlist({ request, id: params.id });
  const today = todayIso();
  const purchase = await loadPurchase({ request, user });
  return new Response(shortlistCsv({ shortlist, purchase, today }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFilename({ shortlist, today })}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
