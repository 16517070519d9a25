/**
 * /approaches/:id/evaluate: the responses and their scoring. The agency's staff may open it (anyone
 * else is told it does not exist); before the close it says only how many responses are in, since
 * they stay sealed until then. After the close the evaluators read every response and score it
 * (once they have declared their interests); other colleagues wait for the decision (403).
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
import { criteriaOf, statusAt } from "~/approaches/approach.server";
import { EvaluationResults } from "~/approaches/evaluation-results";
import { evaluatePage, buyerApproach } from "~/approaches/evaluation-pages.server";
import { saveScores } from "~/approaches/evaluation.server";
import { EvaluationStanding, SealedResponses, WithdrawnResponses } from "~/approaches/evaluation-notices";
import { parseScoresForm } from "~/approaches/form.server";
import { canEvaluate, canSeeResponses } from "~/approaches/permissions";
import { ResponseScoring, scoreFieldId } from "~/approaches/response-scoring";
import { clientIp } from "~/platform/client-ip.server";
import { readReply } from "~/platform/form-reply";
import { invalid } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

const NOT_FOUND = "We could not find that approach to market.";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : data ? `Evaluate: ${data.approach.title} | Cloud Exchange` : "Cloud Exchange" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = buyerApproach(user, params.id);
  if (!found) throw json(NOT_FOUND, { status: 404 });
  const state = statusAt(found.facts);
  // Sealed until the close: before it, every colleague may see how many are in, and nothing more.
  if (state === "closed" || state === "decided") {
    const allowed = canSeeResponses(user, found.facts);
    if (!allowed.ok) throw json(allowed.reason, { status: allowed.status });
  }
  return json(evaluatePage({ id: found.id, me: user.id }));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const user = await requireUser(request);
  const found = buyerApproach(user, params.id);
  if (!found) throw json(NOT_FOUND, { status: 404 });
  if (formData.get("intent") !== "score") throw json("That action is not available here.", { status: 400 });
  const allowed = canEvaluate(user, found.facts);
  if (!allowed.ok) throw json(allowed.reason, { status: allowed.status });
  const parsed = parseScoresForm(
    formData,
    criteriaOf(found.id).map((c) => c.id),
  );
  if (!parsed.ok) return invalid(parsed.reply);
  const result = saveScores({ approachId: found.id, ...parsed.value, actor: user, ip: clientIp(request) });
  if (!result.ok) return invalid(parsed.refuse(result.errors), 409);
  return redirect(`/approaches/${found.id}/evaluate?done=scored#response-${parsed.value.responseId}`);
}

export default function EvaluatePage() {
  const page = useLoaderData<typeof loader>();
  const a = page.approach;
  const reply = readReply(useActionData<typeof action>());
  const [params] = useSearchParams();
  const replyFor = reply.value("responseId") ?? "";
  // Each response has its own form: a message links to the field in the form that was sent.
  const summary = reply.errors.map((e) =>
    /^(score|comment)\./.test(e.name) ? { ...e, name: scoreFieldId(replyFor, e.name) } : { ...e, name: "" },
  );
  const scored = params.get("done") === "scored";
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/approaches", label: "Approaches to market" },
            { href: `/approaches/${a.id}`, label: a.title },
            { label: "Evaluate" },
          ]}
        />
        <H1>Evaluate: {a.title}</H1>
        {scored ? (
          <PageAlert tone="success" title="Your scores are saved">
            <Text as="p">They count towards the weighted totals below. You can change them until the decision is recorded.</Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={summary} />
        {page.sealed ? (
          <SealedResponses state={a.state} closesAt={a.closesAt} count={page.count} id={a.id} />
        ) : (
          <>
            <EvaluationStanding state={a.state} me={page.me} id={a.id} />
            <section aria-labelledby="results-heading">
              <Stack gap={1.5}>
                <H2 id="results-heading">Results</H2>
                <EvaluationResults rows={page.ranking} panel={page.panel} />
              </Stack>
            </section>
            <section aria-labelledby="responses-heading">
              <Stack gap={1.5}>
                <H2 id="responses-heading">Responses received ({page.responses.length})</H2>
                {page.responses.length === 0 ? <Text as="p">No seller submitted a response before the close.</Text> : null}
                {page.responses.map((r) => (
                  <ResponseScoring
                    key={r.id}
                    response={r}
                    criteria={a.criteria}
                    canScore={a.state === "closed" && page.me?.standing === "declared"}
                    reply={replyFor === String(r.id) ? reply : null}
                  />
                ))}
                <WithdrawnResponses withdrawn={page.withdrawn} />
              </Stack>
            </section>
            <Text as="p">
              <TextLink href={`/approaches/${a.id}/decision`}>{a.state === "decided" ? "The decision record" : "The decision"}</TextLink>
            </Text>
          </>
        )}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
