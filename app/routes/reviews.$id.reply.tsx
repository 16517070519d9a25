/**
 * /reviews/:id/reply: the provider's right of reply, one per review, from a representative of the
 * reviewed product's provider. Replies are moderated; rewriting one sends it back to the queue. The
 * form sits on the product page and posts here; when the reply needs fixing, this page shows it
 * again with what was typed and the message.
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
import { parseReplyForm } from "~/reviews/form.server";
import { backToProduct, type NoticeCode } from "~/reviews/notices";
import { ReplyForm } from "~/reviews/review-responses";
import { replyStateFor, reviewFor, saveReply } from "~/reviews/review.server";
import { canReply } from "~/reviews/permissions";
import { REVIEW_LIMITS } from "~/reviews/vocabulary";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction = () => [{ title: "Reply to a review | Cloud Exchange" }];

async function authorise(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const found = reviewFor(id, user, canReply);
  if ("refused" in found) throw json(found.refused.message, { status: found.refused.status });
  return { user, review: found.review };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { review } = await authorise(request, params.id);
  const home = `/products/${review.productSlug}`;
  return json({
    review,
    state: replyStateFor({ reviewId: review.id }),
    returnTo: safeRedirect(new URL(request.url).searchParams.get("redirectTo"), home),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, review } = await authorise(request, params.id);
  const back = (notice: NoticeCode) =>
    redirect(backToProduct({ redirectTo: formData.get("redirectTo"), productSlug: review.productSlug, notice, reviewId: review.id }));
  const form = parseReplyForm(formData);
  if (!form.ok) return invalid(form.reply);
  if (!checkRateLimit({ ...REVIEW_LIMITS.reply, key: String(user.id) }).ok) return back("rate-limited");
  saveReply({ reviewId: review.id, providerId: review.providerId, userId: user.id, body: form.value.body.replace(/\r\n/g, "\n") });
  return back("replied");
}

export default function ReplyToReview() {
  const { review, state, returnTo } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={2} maxWidth={720}>
        <Breadcrumbs
          links={[
            { href: "/products", label: "Products" },
            { href: `/products/${review.productSlug}`, label: review.productName },
            { label: "Reply to a review" },
          ]}
        />
        <H1>Reply to a review of {review.productName}</H1>
        <Text as="p">
          The review titled “{review.title || "untitled"}” ({review.overall} out of 5). Your reply is published once an administrator
          approves it.
        </Text>
        <ErrorSummary errors={reply.errors} />
        {state?.status === "published" ? (
          <Text as="p">Your reply is published. Each review has one reply.</Text>
        ) : (
          <ReplyForm reviewId={review.id} state={state} returnTo={returnTo} reply={reply} />
        )}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
