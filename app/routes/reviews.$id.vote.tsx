/** POST /reviews/:id/vote: "this review was helpful". One vote per person; a repeat changes nothing. */
import { json, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { verifyCsrf } from "~/accounts/csrf.server";
import { checkRateLimit } from "~/accounts/rate-limit.server";
import { requireUser } from "~/accounts/session.server";
import { addHelpfulVote, findReview } from "~/reviews/review.server";
import { backToProduct, type NoticeCode } from "~/reviews/notices";
import { canVote } from "~/reviews/permissions";
import { REVIEW_LIMITS } from "~/reviews/vocabulary";
import { readForm } from "~/platform/read-form.server";

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireUser(request);
  const review = findReview(params.id);
  if (!review) throw json("We could not find that review.", { status: 404 });
  const allowed = canVote(user, review);
  if (!allowed.ok) throw json(allowed.reason, { status: 403 });
  const back = (notice: NoticeCode) =>
    redirect(backToProduct({ redirectTo: form.get("redirectTo"), productSlug: review.productSlug, notice, reviewId: review.id }));
  if (!checkRateLimit({ ...REVIEW_LIMITS.vote, key: String(user.id) }).ok) return back("rate-limited");
  const { counted } = addHelpfulVote({ reviewId: review.id, userId: user.id });
  return back(counted ? "voted" : "vote-repeat");
}
