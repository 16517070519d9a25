import { isRouteErrorResponse } from "@remix-run/react";
import { ErrorPage } from "~/ui/error-page";
import { AccessRefused } from "./access-refused";
import type { AgencyRefusal } from "./vocabulary";

function refusal(data: unknown): AgencyRefusal | null {
  const reason = typeof data === "object" && data !== null && "reason" in data ? (data as { reason: unknown }).reason : null;
  return reason === "not-staff" || reason === "no-agency" ? reason : null;
}

/** The agency pages' error boundary: their own 403 page, else the site's error page. */
export function AgencyError({ error }: { error: unknown }) {
  const reason = isRouteErrorResponse(error) && error.status === 403 ? refusal(error.data) : null;
  return reason ? <AccessRefused reason={reason} /> : <ErrorPage error={error} />;
}
