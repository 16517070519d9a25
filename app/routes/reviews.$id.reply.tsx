/**
 * POST /reviews/:id/reply: the provider's right of reply, one per review, from a representative of
 * the reviewed product's provider. Replies are moderated; rewriting one sends it back to the queue.
 */
import { json, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { verifyCsrf } from "~/accounts/csrf.server";
import { checkRateLimit } from "~/accounts/rate-limit.server";
import { requireUser } from "~/accounts/session.server";
import { findReview, saveReply } from "~/reviews/review.server";
import { backToProduct, type NoticeCode } from "~/reviews/notices";
import { canReply } from "~/reviews/permissions";
import { boundedText } from "~/reviews/form";
import { REVIEW_LIMITS } from "~/reviews/vocabulary";
import { readForm } from "~/platform/read-form.server";

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireUser(request);
  const review = findReview(params.id);
  if (!review) throw json("We could not find that review.", { status: 404 });
  const allowed = canReply(user, review);
  if (!allowed.ok) throw json(allowed.reason, { status: 403 });
  const back = (notice: NoticeCode) =>
    redirect(backToProduct({ redirectTo: form.get("redirectTo"), productSlug: review.productSlug, notice, reviewId: review.id }));
  const body = boundedText(form, "body", 10, 4000);
  if (!body) return back("reply-invalid");
  if (!checkRateLimit({ ...REVIEW_LIMITS.reply, key: String(user.id) }).ok) return back("rate-limited");
  saveReply({ reviewId: review.id, providerId: review.providerId, userId: user.id, body });
  return back("replied");
}
