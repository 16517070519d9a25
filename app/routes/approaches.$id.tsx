/**
 * /approaches/:id: one approach to market as its agency sees it. Its staff read it in every state
 * (anyone else is told it does not exist); its owner sends it, answers sellers' questions, extends
 * the close and names the evaluators; each evaluator declares their interests here.
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
import { ApproachOverview } from "~/approaches/approach-overview";
import { approachDetail, approachFacts, approachId } from "~/approaches/approach.server";
import { runBuyerIntent } from "~/approaches/buyer-actions.server";
import { BUYER_NOTICES } from "~/approaches/buyer-notices";
import { sendingChecks } from "~/approaches/buyer-pages.server";
import { ClosingHistory, ClosingSection, ExtendCloseForm } from "~/approaches/closing-history";
import { toCanberraFields } from "~/approaches/closing";
import { EvaluatorPanel } from "~/approaches/evaluator-panel";
import { evaluatorsOf } from "~/approaches/evaluation.server";
import { canManage, canReadAsBuyer } from "~/approaches/permissions";
import { QuestionList, answerFieldId } from "~/approaches/question-answer-forms";
import { questionsForBuyer } from "~/approaches/questions.server";
import { responseCount } from "~/approaches/responses.server";
import { SendPanel } from "~/approaches/send-panel";
import { clientIp } from "~/platform/client-ip.server";
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

async function readable(request: Request, param: string | undefined) {
  const user = await requireUser(request);
  const id = approachId(param);
  const facts = id === null ? null : approachFacts(id);
  const allowed = facts ? canReadAsBuyer(user, facts) : null;
  if (id === null || !facts || !allowed?.ok) throw json("We could not find that approach to market.", { status: 404 });
  return { user, id, facts };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, id, facts } = await readable(request, params.id);
  const { purchase: _purchase, requirement, ...detail } = approachDetail(id)!;
  const manage = canManage(user, facts).ok;
  return json({
    approach: detail,
    requirementHtml: renderMarkdown(requirement).html,
    responses: responseCount(id),
    questions: detail.state === "draft" ? [] : questionsForBuyer(id),
    evaluators: evaluatorsOf(id),
    me: user.id,
    manage,
    checks: detail.state === "draft" && manage ? sendingChecks(approachDetail(id)!) : null,
    close: toCanberraFields(detail.closesAt),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, id, facts } = await readable(request, params.id);
  const result = runBuyerIntent(formData, { approachId: id, facts, actor: user, ip: clientIp(request) });
  switch (result.kind) {
    case "forbidden":
      throw json(result.reason, { status: result.status });
    case "refused":
      return invalid(result.reply, result.status);
    case "deleted":
      return redirect("/approaches?done=deleted");
    case "done":
      return redirect(`/approaches/${id}?done=${result.notice}`);
  }
}

export default function ApproachPage() {
  const data = useLoaderData<typeof loader>();
  const { approach: a, manage } = data;
  const reply = readReply(useActionData<typeof action>());
  const intent = reply.submitted ? (reply.value("intent") ?? "") : "";
  const forIntent = (name: string) => (intent === name ? reply : null);
  const [params] = useSearchParams();
  const notice = BUYER_NOTICES[params.get("done") ?? ""];
  // Send, delete and remove have no field of their own: their refusals read as problems with the whole form.
  const summary = reply.errors.map((e) =>
    intent === "answer" && (e.name === "answer" || e.name === "publishedQuestion")
      ? { ...e, name: answerFieldId(e.name, reply.value("questionId") ?? "") }
      : ["send", "delete", "remove-evaluator"].includes(intent)
        ? { ...e, name: "" }
        : e,
  );
  const before = a.state !== "decided";
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/approaches", label: "Approaches to market" }, { label: a.title }]} />
        <H1>{a.title}</H1>
        {notice ? (
          <PageAlert tone={notice.tone ?? "success"} title={notice.title}>
            <Text as="p">{notice.body}</Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={summary} />
        <ApproachOverview a={a} requirementHtml={data.requirementHtml} responses={data.responses} />
        {a.state === "closed" ? (
          <Text as="p">
            <TextLink href={`/approaches/${a.id}/evaluate`}>Evaluate the responses</TextLink> ·{" "}
            <TextLink href={`/approaches/${a.id}/decision`}>Record the decision</TextLink>
          </Text>
        ) : null}
        {a.state === "decided" ? (
          <Text as="p">
            <TextLink href={`/approaches/${a.id}/decision`}>The decision record</TextLink>
          </Text>
        ) : null}
        {data.checks ? (
          <section aria-labelledby="send-heading">
            <Stack gap={1.5}>
              <H2 id="send-heading">Before you send</H2>
              <SendPanel
                id={a.id}
                checks={data.checks}
                problems={["send", "delete"].includes(intent) ? reply.errors.map((e) => e.message) : []}
              />
            </Stack>
          </section>
        ) : null}
        <ClosingSection>
          <ClosingHistory closesAt={a.closesAt} changes={a.closingChanges} />
          {manage && a.state === "open" ? <ExtendCloseForm reply={forIntent("extend")} current={data.close} /> : null}
        </ClosingSection>
        {a.state === "draft" ? null : (
          <section aria-labelledby="questions-heading">
            <Stack gap={1.5}>
              <H2 id="questions-heading">Questions from sellers</H2>
              <QuestionList questions={data.questions} answering={manage && a.state === "open"} reply={forIntent("answer")} />
            </Stack>
          </section>
        )}
        <section aria-labelledby="panel-heading">
          <Stack gap={1.5}>
            <H2 id="panel-heading">Evaluation panel</H2>
            <EvaluatorPanel
              evaluators={data.evaluators}
              ownerId={a.ownerId}
              me={data.me}
              manage={manage}
              changeable={before}
              reply={intent ? { intent, reader: reply } : null}
            />
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
