/**
 * /provider/approaches/:id: one approach to market as an invited seller reads it. Only a
 * representative of an invited provider, once the approach is sent, may read it or act on it; for
 * anyone else (another provider's representatives included) it does not exist (404). The seller
 * reads the requirement, the criteria, the close and the published answers, asks questions, and
 * submits, revises or withdraws a response for each invited product until the server's clock
 * reaches the close; after the decision, whether their response was chosen and their own scores.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireProviderRep } from "~/accounts/session.server";
import { ApproachStateBadge } from "~/approaches/approach-overview";
import { ClosingNotice } from "~/approaches/closing-notice";
import { OwnQuestions, PublishedAnswers } from "~/approaches/published-answers";
import { SELLER_NOTICES } from "~/approaches/seller-notices";
import { SellerOutcomeSection } from "~/approaches/seller-outcome";
import { runSellerIntent, sellerApproachId, sellerPage } from "~/approaches/seller-pages.server";
import { SellerRequirement } from "~/approaches/seller-requirement";
import { ProductResponse, responseFieldId } from "~/approaches/seller-response-form";
import { clientIp } from "~/platform/client-ip.server";
import { formatDateTime } from "~/platform/dates";
import { readReply } from "~/platform/form-reply";
import { invalid } from "~/platform/forms.server";
import { renderMarkdown } from "~/platform/markdown.server";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : data ? `${data.approach.title} | Cloud Exchange` : "Cloud Exchange" },
];

const NOT_FOUND = "We could not find that approach to market.";

/** The representative and the approach, or 404: an uninvited seller must not learn that it exists. */
async function readable(request: Request, param: string | undefined) {
  const user = await requireProviderRep(request);
  const id = sellerApproachId(user, param);
  if (id === null) throw json(NOT_FOUND, { status: 404 });
  return { user, id };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, id } = await readable(request, params.id);
  const page = sellerPage({ approachId: id, providerId: user.providerId });
  if (!page) throw json(NOT_FOUND, { status: 404 });
  const { requirement, ...rest } = page;
  return json({ ...rest, requirementHtml: renderMarkdown(requirement).html });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, id } = await readable(request, params.id);
  const result = runSellerIntent(formData, { approachId: id, providerId: user.providerId, actor: user, ip: clientIp(request) });
  switch (result.kind) {
    case "unknown":
      throw json("That action is not available here.", { status: 400 });
    case "refused":
      return invalid(result.reply, result.status);
    case "done":
      return redirect(`/provider/approaches/${id}?done=${result.notice}`);
  }
}

export default function SellerApproach() {
  const { approach: a, requirementHtml, answers, questions, products, outcome } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const intent = reply.submitted ? (reply.value("intent") ?? "") : "";
  const sentFor = reply.value("productId") ?? "";
  const [params] = useSearchParams();
  // The address keeps ?done= after a later form is refused: the refusal, not the old success, is news.
  const notice = reply.submitted ? undefined : SELLER_NOTICES[params.get("done") ?? ""];
  const open = a.state === "open";
  // Each product has its own form, so a field's id carries the product: the summary links to that one.
  const summary = reply.errors.map((e) =>
    (intent === "respond" || intent === "withdraw") && e.name !== "" ? { ...e, name: responseFieldId(sentFor, e.name) } : e,
  );
  const productReply = (productId: number) =>
    (intent === "respond" || intent === "withdraw") && sentFor === String(productId)
      ? { intent: intent as "respond" | "withdraw", reader: reply }
      : null;
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/provider", label: "Provider dashboard" },
            { href: "/provider/approaches", label: "Approaches to market" },
            { label: a.title },
          ]}
        />
        <H1>{a.title}</H1>
        {notice ? (
          <PageAlert tone="success" title={notice.title}>
            <Text as="p">{notice.body}</Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={summary} />
        {/* A div, not a paragraph: the status badge is a block, which a <p> cannot hold (the browser
            would split the paragraph, the page would not hydrate and it would lose its styles). */}
        <Text as="div">
          From {a.agencyName}
          {a.sentAt ? `, sent ${formatDateTime(a.sentAt)}` : ""}. <ApproachStateBadge state={a.state} />
        </Text>
        <ClosingNotice state={a.state} closesAt={a.closesAt} timeLeft={a.timeLeft} changes={a.closingChanges} />
        {outcome ? <SellerOutcomeSection outcome={outcome} /> : null}
        <SellerRequirement html={requirementHtml} pricingBasis={a.pricingBasis} criteria={a.criteria} />
        <PublishedAnswers answers={answers} />
        <OwnQuestions questions={questions} open={open} reply={intent === "ask" ? reply : null} />
        {products.map((p) => (
          <ProductResponse key={p.productId} product={p} open={open} reply={productReply(p.productId)} />
        ))}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
