/**
 * /assessments/:id/edit: the author carries on with an unpublished assessment (a draft, one
 * waiting for moderation, or one that was not published). It keeps the framework version it was
 * started with: its qualities and minimums do not change under the assessor's feet.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { checkRateLimit } from "~/accounts/rate-limit.server";
import { requireUser } from "~/accounts/session.server";
import { AssessmentForm, assessmentFormValues } from "~/assessments/assessment-form";
import { AssessmentStatusBadge } from "~/assessments/assessment-view";
import { assessmentDetail, assessmentFacts, updateAssessment } from "~/assessments/assessment.server";
import { parseAssessmentForm } from "~/assessments/form.server";
import { frameworkVersionById } from "~/assessments/framework.server";
import { canAssess, canEdit } from "~/assessments/permissions";
import { ASSESSMENT_LIMITS } from "~/assessments/vocabulary";
import { invalid } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  {
    title: error ? errorTitle(error) : data ? `Edit your assessment of ${data.assessment.productName} | Cloud Exchange` : "Cloud Exchange",
  },
];

async function authorise(request: Request, idParam: string | undefined) {
  const user = await requireUser(request);
  const id = /^\d+$/.test(idParam ?? "") ? Number(idParam) : null;
  const facts = id === null ? null : assessmentFacts(id);
  if (id === null || !facts) throw json("We could not find that assessment.", { status: 404 });
  for (const decision of [canEdit(user, facts), canAssess(user, facts)]) {
    if (!decision.ok) throw json(decision.reason, { status: 403 });
  }
  const detail = assessmentDetail(id)!;
  // Every assessment points at a stored version (a foreign key), and versions are never deleted.
  const framework = frameworkVersionById(detail.frameworkVersionId)!;
  return { user, id, detail, framework };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { detail, framework } = await authorise(request, params.id);
  return json({
    assessment: {
      id: detail.id,
      status: detail.status,
      rejectionReason: detail.rejectionReason,
      productSlug: detail.productSlug,
      productName: detail.productName,
      agencyName: detail.agencyName,
    },
    framework: { version: framework.version, document: framework.document },
    stored: assessmentFormValues(detail),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, id, framework } = await authorise(request, params.id);
  const form = parseAssessmentForm(formData, framework.document);
  if (!form.ok) return invalid(form.reply);
  const limit = checkRateLimit({ ...ASSESSMENT_LIMITS.write, key: String(user.id) });
  if (!limit.ok) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return invalid(form.refuse({ "": `You have saved assessments many times this hour. Please try again in ${minutes} minutes.` }), 429);
  }
  const { submit, ...input } = form.value;
  if (!updateAssessment({ assessmentId: id, authorId: user.id, input, submit })) {
    return invalid(form.refuse({ "": "That assessment was published meanwhile and can no longer be changed." }), 409);
  }
  return redirect(`/assessments/${id}?saved=${submit ? "submitted" : "draft"}`);
}

const WHAT_SAVING_DOES = {
  draft: "Only you and colleagues in your agency can read a draft.",
  pending: "It is waiting for moderation. Saving it as a draft takes it out of the queue; submitting sends it again.",
  rejected: "It was not published. Change what the moderator asked for and submit it again.",
  published: "",
} as const;

export default function EditAssessment() {
  const { assessment: a, framework, stored } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/assessments", label: "Assessments" },
            { href: `/assessments/${a.id}`, label: a.productName },
            { label: "Edit" },
          ]}
        />
        <H1>Edit your assessment of {a.productName}</H1>
        <ErrorSummary errors={reply.errors} />
        <div>
          <AssessmentStatusBadge status={a.status} />
        </div>
        <Text as="p">{WHAT_SAVING_DOES[a.status]}</Text>
        {a.status === "rejected" && a.rejectionReason ? (
          <Text as="p">
            <strong>Reason from the moderator:</strong> {a.rejectionReason}
          </Text>
        ) : null}
        <Text as="p">
          For {a.agencyName}, against <TextLink href="/framework">version {framework.version} of the common assessment framework</TextLink>,
          the version this assessment was started with. Product: <TextLink href={`/products/${a.productSlug}`}>{a.productName}</TextLink>.
        </Text>
        <AssessmentForm document={framework.document} stored={stored} reply={reply} />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
