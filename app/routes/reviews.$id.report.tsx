/**
 * /reviews/:id/report: a signed-in reader reports a concern about a published review. The form
 * sits on the product page and posts here; the answer goes back there, except when the concern
 * needs fixing: then this page shows the form again, with what was typed and the message.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { verifyCsrf } from "~/accounts/csrf.server";
import { checkRateLimit } from "~/accounts/rate-limit.server";
import { requireUser } from "~/accounts/session.server";
import { readReply } from "~/platform/form-reply";
import { invalid } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { safeRedirect } from "~/platform/safe-redirect";
import { parseReportForm } from "~/reviews/form.server";
import { backToProduct, type NoticeCode } from "~/reviews/notices";
import { ReportForm } from "~/reviews/review-responses";
import { reportReview, reviewFor } from "~/reviews/review.server";
import { canReport } from "~/reviews/permissions";
import { REVIEW_LIMITS } from "~/reviews/vocabulary";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction = () => [{ title: "Report a concern about a review | Cloud Exchange" }];

async function authorise(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const found = reviewFor(id, user, canReport);
  if ("refused" in found) throw json(found.refused.message, { status: found.refused.status });
  return { user, review: found.review };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { review } = await authorise(request, params.id);
  const home = `/products/${review.productSlug}`;
  return json({ review, returnTo: safeRedirect(new URL(request.url).searchParams.get("redirectTo"), home) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, review } = await authorise(request, params.id);
  const back = (notice: NoticeCode) =>
    redirect(backToProduct({ redirectTo: formData.get("redirectTo"), productSlug: review.productSlug, notice, reviewId: review.id }));
  const form = parseReportForm(formData);
  if (!form.ok) return invalid(form.reply);
  if (!checkRateLimit({ ...REVIEW_LIMITS.report, key: String(user.id) }).ok) return back("rate-limited");
  reportReview({ reviewId: review.id, userId: user.id, reason: form.value.reason });
  return back("reported");
}

export default function ReportReview() {
  const { review, returnTo } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={2} maxWidth={720}>
        <Breadcrumbs
          links={[
            { href: "/products", label: "Products" },
            { href: `/products/${review.productSlug}`, label: review.productName },
            { label: "Report a concern" },
          ]}
        />
        <H1>Report a concern about a review</H1>
        <Text as="p">
          The review of {review.productName} titled “{review.title || "untitled"}” ({review.overall} out of 5). An administrator reads every
          concern; the reviewer is not told who reported it.
        </Text>
        <ErrorSummary errors={reply.errors} />
        <ReportForm reviewId={review.id} returnTo={returnTo} reply={reply} />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
