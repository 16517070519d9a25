/**
 * /assessments/:id: one agency assessment, for those canRead() lets in: published ones for every
 * government user, unpublished ones for the author's agency (and, waiting for moderation, for
 * administrators). Another agency may record here that it relies on it, or stop relying on it.
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
import { checkRateLimit } from "~/accounts/rate-limit.server";
import { requireUser, type CurrentUser } from "~/accounts/session.server";
import { isStale } from "~/assessments/aggregate";
import { AssessmentView } from "~/assessments/assessment-view";
import { assessmentDetail, assessmentFacts } from "~/assessments/assessment.server";
import { parseRelianceForm } from "~/assessments/form.server";
import { frameworkVersionById } from "~/assessments/framework.server";
import { canEdit, canRead, canRely } from "~/assessments/permissions";
import { recordReliance, withdrawReliance } from "~/assessments/reliance.server";
import { RelianceForm, StopRelyingForm } from "~/assessments/reliance-form";
import { ASSESSMENT_LIMITS } from "~/assessments/vocabulary";
import { audit } from "~/audit/audit.server";
import { clientIp } from "~/platform/client-ip.server";
import { todayIso } from "~/platform/dates";
import { invalid, outcome } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  {
    title: error
      ? errorTitle(error)
      : data
        ? `${data.assessment.agencyName}'s assessment of ${data.assessment.productName} | Cloud Exchange`
        : "Cloud Exchange",
  },
];

async function readable(request: Request, idParam: string | undefined) {
  const user = await requireUser(request);
  const id = /^\d+$/.test(idParam ?? "") ? Number(idParam) : null;
  const facts = id === null ? null : assessmentFacts(id);
  if (id === null || !facts) throw json("We could not find that assessment.", { status: 404 });
  const allowed = canRead(user, facts);
  if (!allowed.ok) throw json(allowed.reason, { status: 403 });
  const detail = assessmentDetail(id)!;
  // Every assessment points at a stored version (a foreign key), and versions are never deleted.
  const framework = frameworkVersionById(detail.frameworkVersionId)!;
  return { user, id, facts, detail, framework };
}

/** The reliance of the person's own agency, if any: only agency staff speak for an agency. */
const ownReliance = (user: CurrentUser, detail: { reliances: { agencyId: number }[] }) =>
  user.roles.includes("agency_staff") && user.agencyId !== null ? detail.reliances.find((r) => r.agencyId === user.agencyId) : undefined;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, facts, detail, framework } = await readable(request, params.id);
  const { authorId: _author, providerId: _provider, ...assessment } = detail;
  return json({
    assessment,
    document: framework.document,
    stale: detail.status === "published" && detail.assessedOn !== null && isStale(detail.assessedOn, todayIso()),
    editable: canEdit(user, facts).ok,
    rely: canRely(user, facts),
    relies: ownReliance(user, detail) !== undefined,
    userAgency: user.agencyName,
  });
}

const ALREADY = "Your agency already relies on this assessment. Its notes are listed below; stop relying on it first to record new ones.";
const NOTICES: Record<string, { title: string; body: string }> = {
  draft: { title: "Your draft is saved", body: "Only you and colleagues in your agency can read it. Submit it when it is ready." },
  submitted: {
    title: "Your assessment was sent for moderation",
    body: "An administrator reads every assessment before other agencies can; you will get an e-mail with the outcome.",
  },
  recorded: { title: "Your agency now relies on this assessment", body: "Its author has been told. Your notes are listed below." },
  withdrawn: { title: "Your agency no longer relies on this assessment", body: "Its record and notes were removed." },
};

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, id, facts, detail, framework } = await readable(request, params.id);
  const intent = formData.get("intent");
  const agencyId = user.agencyId;
  // Both actions speak for an agency: refuse anyone who holds none before reading what they asked.
  if (!user.roles.includes("agency_staff") || agencyId === null) {
    throw json("Only agency staff can record that their agency relies on an assessment.", { status: 403 });
  }

  if (intent === "withdraw-reliance") {
    if (!ownReliance(user, detail) || agencyId === null) {
      return invalid(outcome({ errors: { "": "Your agency does not rely on this assessment, so there is nothing to stop." } }), 409);
    }
    if (withdrawReliance({ assessmentId: id, agencyId })) {
      audit({
        ip: clientIp(request),
        actor: user,
        action: "assessment.withdraw_reliance",
        entity: "assessment",
        entityId: id,
        details: { agencyId },
      });
    }
    return redirect(`/assessments/${id}?done=withdrawn`);
  }
  if (intent !== "rely") throw json("That action is not available here.", { status: 400 });

  const allowed = canRely(user, facts);
  if (!allowed.ok || agencyId === null)
    throw json(allowed.ok ? "Only agency staff can rely on an assessment." : allowed.reason, { status: 403 });
  const form = parseRelianceForm(formData, framework.document);
  if (!form.ok) return invalid(form.reply);
  const limit = checkRateLimit({ ...ASSESSMENT_LIMITS.rely, key: String(user.id) });
  if (!limit.ok) {
    const hours = Math.ceil(limit.retryAfterSeconds / 3600);
    return invalid(form.refuse({ "": `You have recorded many reliances today. Please try again in ${hours} hours.` }), 429);
  }
  const result = recordReliance({ assessmentId: id, agencyId, userId: user.id, input: form.value });
  if (!result.ok) {
    return invalid(form.refuse({ "": result.reason === "already" ? ALREADY : "You can rely only on a published assessment." }), 409);
  }
  audit({
    ip: clientIp(request),
    actor: user,
    action: "assessment.rely",
    entity: "assessment",
    entityId: id,
    details: { relianceId: result.id, agencyId, rescored: Object.keys(form.value.rescores) },
  });
  return redirect(`/assessments/${id}?done=recorded`);
}

export default function AssessmentPage() {
  const { assessment: a, document, stale, editable, rely, relies, userAgency } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const [params] = useSearchParams();
  const notice = NOTICES[params.get("saved") ?? params.get("done") ?? ""];
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/products", label: "Products" },
            { href: `/products/${a.productSlug}`, label: a.productName },
            { label: `Assessment by ${a.agencyName}` },
          ]}
        />
        <H1>
          {a.agencyName}&apos;s assessment of {a.productName}
        </H1>
        {notice ? (
          <PageAlert tone="success" title={notice.title}>
            <Text as="p">{notice.body}</Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={reply.errors} />
        {editable ? (
          <Text as="p">
            <TextLink href={`/assessments/${a.id}/edit`}>Edit this assessment</TextLink>
          </Text>
        ) : null}
        <AssessmentView a={a} document={document} stale={stale} />
        {relies ? (
          <section aria-labelledby="stop-relying">
            <Stack gap={1}>
              <H2 id="stop-relying">Your agency relies on it</H2>
              <StopRelyingForm agencyName={userAgency ?? "Your agency"} />
            </Stack>
          </section>
        ) : rely.ok ? (
          <section aria-labelledby="rely-heading">
            <Stack gap={1}>
              <H2 id="rely-heading">Rely on this assessment</H2>
              <Text as="p">
                Record that {userAgency ?? "your agency"} relies on this assessment instead of assessing {a.productName} again. The product
                then shows it as relied on by your agency, and {a.agencyName} is told.
              </Text>
              <RelianceForm document={document} scored={a.scores} reply={reply} />
            </Stack>
          </section>
        ) : null}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
