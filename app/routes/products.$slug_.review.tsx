/**
 * /products/:slug/review: write, or edit, your one review of a product. An edit keeps the old
 * text in review_revisions and sends the review back to moderation.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { checkRateLimit } from "~/accounts/rate-limit.server";
import { requireUser } from "~/accounts/session.server";
import { createReview, findOwnReview, productForReview, updateReview } from "~/reviews/review.server";
import { reviewToFormValues, type ReviewFormValues } from "~/reviews/form";
import { parseReviewForm } from "~/reviews/form.server";
import { canWriteReview } from "~/reviews/permissions";
import { REVIEW_LIMITS, REVIEW_STATUS_LABELS, type ReviewStatus } from "~/reviews/vocabulary";
import { ErrorPage } from "~/ui/error-page";
import { ReviewForm } from "~/reviews/review-form";
import { readForm } from "~/platform/read-form.server";
import { invalid } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Review ${data.product.name} | Cloud Exchange` : "Write a review | Cloud Exchange" },
];

async function authorise(request: Request, slug: string | undefined) {
  const user = await requireUser(request);
  const product = productForReview({ slug: slug ?? "" });
  if (!product) throw json("We could not find that product.", { status: 404 });
  const allowed = canWriteReview(user, product);
  if (!allowed.ok) throw json(allowed.reason, { status: 403 });
  return { user, product };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, product } = await authorise(request, params.slug);
  const own = findOwnReview({ productId: product.id, userId: user.id });
  return json({
    product: { slug: product.slug, name: product.name },
    agencyName: user.agencyName,
    own: own ? { status: own.status as ReviewStatus, rejectionReason: own.rejectionReason } : null,
    values: own ? reviewToFormValues(own) : ({} as ReviewFormValues),
    saved: new URL(request.url).searchParams.get("saved") === "1",
  });
}

const ALREADY_REVIEWED = "You have already reviewed this product. You can edit your existing review instead of writing a second one.";

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, product } = await authorise(request, params.slug);
  const form = parseReviewForm(formData);
  if (!form.ok) return invalid(form.reply);

  const existing = findOwnReview({ productId: product.id, userId: user.id });
  if (formData.get("intent") !== "update" && existing) return invalid(form.refuse({ "": ALREADY_REVIEWED }));
  const limit = checkRateLimit({ ...REVIEW_LIMITS.review, key: String(user.id) });
  if (!limit.ok) {
    const hours = Math.ceil(limit.retryAfterSeconds / 3600);
    return invalid(
      form.refuse({ "": `You have submitted ${REVIEW_LIMITS.review.limit} reviews today. Please try again in ${hours} hours.` }),
      429,
    );
  }
  if (existing) updateReview({ reviewId: existing.id, userId: user.id, input: form.value });
  else {
    const created = createReview({ productId: product.id, userId: user.id, input: form.value });
    // A double submission raced past the check above: same answer as a second review.
    if (!created.ok) return invalid(form.refuse({ "": ALREADY_REVIEWED }));
  }
  return redirect(`/products/${product.slug}/review?saved=1`);
}

export default function WriteReview() {
  const { product, agencyName, own, values, saved } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const duplicate = reply.errors.some((e) => e.message === ALREADY_REVIEWED);
  const editing = own !== null && !duplicate;
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/products", label: "Products" },
            { href: `/products/${product.slug}`, label: product.name },
            { label: "Your review" },
          ]}
        />
        <H1>{own ? `Edit your review of ${product.name}` : `Review ${product.name}`}</H1>
        {saved && own ? (
          <PageAlert tone="success" title="Thank you: your review was sent for moderation">
            <Text as="p">
              An administrator reads every review before it is published. You can follow it on{" "}
              <TextLink href="/account#reviews-heading">your account page</TextLink>.
            </Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={reply.errors} />
        {duplicate ? (
          <Text as="p">
            <TextLink href={`/products/${product.slug}/review`}>Edit your existing review</TextLink>
          </Text>
        ) : null}
        {own ? (
          <Text as="p">
            Status: <strong>{REVIEW_STATUS_LABELS[own.status]}</strong>
            {own.status === "rejected" && own.rejectionReason ? `. Reason: ${own.rejectionReason}` : ""}. Saving changes sends the review
            back to moderation; we keep the earlier version.
          </Text>
        ) : null}
        <Text as="p">
          Your review will be shown as "Verified: {agencyName ?? "Australian Government agency staff"}". Write in plain text; do not include
          classified or personal information.
        </Text>
        <ReviewForm stored={values} reply={reply} editing={editing} />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
