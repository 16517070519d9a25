/** POST /reviews/:id/report: "report a concern" about a published review, for signed-in people. */
import { json, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { verifyCsrf } from "~/accounts/csrf.server";
import { checkRateLimit } from "~/accounts/rate-limit.server";
import { requireUser } from "~/accounts/session.server";
import { findReview, reportReview } from "~/reviews/review.server";
import { backToProduct, type NoticeCode } from "~/reviews/notices";
import { canReport } from "~/reviews/permissions";
import { boundedText } from "~/reviews/form";
import { REVIEW_LIMITS } from "~/reviews/vocabulary";
import { readForm } from "~/platform/read-form.server";

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireUser(request);
  const review = findReview(params.id);
  if (!review) throw json("We could not find that review.", { status: 404 });
  const allowed = canReport(user, review);
  if (!allowed.ok) throw json(allowed.reason, { status: 403 });
  const back = (notice: NoticeCode) =>
    redirect(backToProduct({ redirectTo: form.get("redirectTo"), productSlug: review.productSlug, notice, reviewId: review.id }));
  const reason = boundedText(form, "reason", 10, 1000);
  if (!reason) return back("report-invalid");
  if (!checkRateLimit({ ...REVIEW_LIMITS.report, key: String(user.id) }).ok) return back("rate-limited");
  reportReview({ reviewId: review.id, userId: user.id, reason });
  return back("reported");
}
