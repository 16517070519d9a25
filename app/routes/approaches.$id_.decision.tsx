/**
 * /approaches/:id/decision: the decision and its frozen record. The agency's staff read it (anyone
 * else is told it does not exist). Once decided it shows the record, final, with its checksum and
 * downloads. After the close and before the decision the person running the approach records it
 * here; the evaluators see the ranking, other colleagues that the decision is awaited.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireUser } from "~/accounts/session.server";
import { isDecided } from "~/approaches/approach.server";
import { formatCanberra } from "~/approaches/closing";
import { decide } from "~/approaches/decision.server";
import { DecisionForm } from "~/approaches/decision-form";
import { DecisionRecord } from "~/approaches/decision-record";
import { buyerApproach, decisionPage, resultsOf } from "~/approaches/evaluation-pages.server";
import { PanelStandings, RankingTable } from "~/approaches/evaluation-results";
import { parseDecisionForm } from "~/approaches/form.server";
import { canManage, canSeeResponses } from "~/approaches/permissions";
import { clientIp } from "~/platform/client-ip.server";
import { readReply } from "~/platform/form-reply";
import { echo, invalid, outcome } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

const NOT_FOUND = "We could not find that approach to market.";
const FINAL = "The decision is already recorded, and a decision record never changes.";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : data ? `Decision: ${data.approach.title} | Cloud Exchange` : "Cloud Exchange" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = buyerApproach(user, params.id);
  if (!found) throw json(NOT_FOUND, { status: 404 });
  const page = decisionPage({ id: found.id });
  const closed = page.approach.state === "closed";
  // Before the decision the scores are the panel's (canSeeResponses); the rest of the agency waits.
  const results = closed && canSeeResponses(user, found.facts).ok ? resultsOf(found.id) : null;
  return json({
    ...page,
    manage: closed && canManage(user, found.facts).ok,
    ranking: results?.ranking ?? null,
    panel: results?.panel ?? null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const user = await requireUser(request);
  const found = buyerApproach(user, params.id);
  if (!found) throw json(NOT_FOUND, { status: 404 });
  const allowed = canManage(user, found.facts);
  if (!allowed.ok) throw json(allowed.reason, { status: allowed.status });
  if (isDecided(found.id)) return invalid({ ...echo(formData), ...outcome({ errors: { "": FINAL } }) }, 409);
  const parsed = parseDecisionForm(formData);
  if (!parsed.ok) return invalid(parsed.reply);
  const result = decide({ approachId: found.id, input: parsed.value, actor: user, ip: clientIp(request) });
  if (!result.ok) return invalid(parsed.refuse(result.errors), 409);
  return redirect(`/approaches/${found.id}/decision?done=decided`);
}

export default function DecisionPage() {
  const data = useLoaderData<typeof loader>();
  const a = data.approach;
  const reply = readReply(useActionData<typeof action>());
  const [params] = useSearchParams();
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/approaches", label: "Approaches to market" },
            { href: `/approaches/${a.id}`, label: a.title },
            { label: "Decision" },
          ]}
        />
        <H1>Decision: {a.title}</H1>
        {params.get("done") === "decided" && data.record ? (
          <PageAlert tone="success" title="The decision is recorded">
            <Text as="p">The record is frozen with its checksum, and every seller that responded has been e-mailed the outcome.</Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={reply.errors} />
        {data.record ? <DecisionRecord id={a.id} record={data.record} /> : null}
        {a.state === "draft" ? <Text as="p">This approach has not been sent yet, so there is nothing to decide.</Text> : null}
        {a.state === "open" ? (
          <Text as="p">
            Responses close at {formatCanberra(a.closesAt)}. The decision can be recorded once the responses are evaluated after the close.
          </Text>
        ) : null}
        {a.state === "closed" ? (
          <>
            {data.ranking ? (
              <section aria-labelledby="ranking-heading">
                <Stack gap={1.5}>
                  <H2 id="ranking-heading">The ranking so far</H2>
                  <RankingTable rows={data.ranking} caption="The ranking so far" />
                  <PanelStandings panel={data.panel ?? []} />
                  <Text as="p">
                    <TextLink href={`/approaches/${a.id}/evaluate`}>Read and score the responses</TextLink>
                  </Text>
                </Stack>
              </section>
            ) : null}
            {data.manage && data.ranking ? (
              <DecisionForm rows={data.ranking} reply={reply} />
            ) : (
              <PageAlert tone="info" title="Waiting for the decision">
                <Text as="p">The person running this approach records the decision once the panel has scored the responses.</Text>
              </PageAlert>
            )}
          </>
        ) : null}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
