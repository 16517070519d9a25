/**
 * /admin/moderation: pending reviews, pending provider replies, open reports and agencies'
 * assessments waiting for moderation. Administrators only. Every decision is recorded on the row
 * and in the audit log.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { PendingAssessment } from "~/assessments/assessment-moderation";
import { moderateAssessment, pendingAssessments } from "~/assessments/assessment-moderation.server";
import { parseAssessmentModerationForm } from "~/assessments/form.server";
import { audit } from "~/audit/audit.server";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireRole } from "~/accounts/session.server";
import { moderateReply, moderateReview, moderationQueue, resolveReport } from "~/reviews/review-moderation.server";
import { parseModerationForm } from "~/reviews/form.server";
import { ErrorPage } from "~/ui/error-page";
import { PendingReply, PendingReview, OpenReport } from "~/reviews/review-moderation";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";
import { invalid } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction = () => [{ title: "Moderation | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json({ ...moderationQueue(), pendingAssessments: pendingAssessments() });
}

const DONE: Record<string, string> = {
  "review-approved": "The review is published.",
  "review-rejected": "The review was rejected; its author sees your reason.",
  "reply-approved": "The reply is published.",
  "reply-rejected": "The reply was rejected; the provider sees your reason.",
  "report-resolved": "The report is resolved.",
  "assessment-approved": "The assessment is published; its author has been told.",
  "assessment-rejected": "The assessment was not published; its author sees your reason.",
  stale: "Someone has already dealt with that item.",
};

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const admin = await requireRole(request, "admin");
  if (String(formData.get("intent") ?? "").endsWith("-assessment")) return decideAssessment(request, formData, admin);
  const form = parseModerationForm(formData);
  if (!form.ok) return invalid(form.reply);
  const { intent, id, reason, removeReview } = form.value;
  const done = (code: string, ok: boolean, details: object) => {
    if (ok)
      audit({
        ip: clientIp(request),
        actor: admin,
        action: code.replace("-", "."),
        entity: code.startsWith("reply") ? "review_response" : code.startsWith("report") ? "review_report" : "review",
        entityId: id,
        details,
      });
    return redirect(`/admin/moderation?done=${ok ? code : "stale"}`);
  };

  switch (intent) {
    case "approve-review":
      return done("review-approved", moderateReview({ reviewId: id, moderatorId: admin.id, decision: "approve" }), {});
    case "reject-review":
      return done("review-rejected", moderateReview({ reviewId: id, moderatorId: admin.id, decision: "reject", reason }), { reason });
    case "approve-reply":
      return done("reply-approved", moderateReply({ replyId: id, moderatorId: admin.id, decision: "approve" }), {});
    case "reject-reply":
      return done("reply-rejected", moderateReply({ replyId: id, moderatorId: admin.id, decision: "reject", reason }), { reason });
    case "resolve-report": {
      const resolved = resolveReport({ reportId: id, moderatorId: admin.id, resolution: reason, removeReview });
      return done("report-resolved", resolved !== null, { resolution: reason, removeReview, reviewId: resolved?.reviewId });
    }
  }
}

/** Assessments have their own form and audit names ("assessment.approve", "assessment.reject"). */
function decideAssessment(request: Request, formData: FormData, admin: { id: number }) {
  const form = parseAssessmentModerationForm(formData);
  if (!form.ok) return invalid(form.reply);
  const { intent, id, reason } = form.value;
  const approve = intent === "approve-assessment";
  const decided = approve
    ? moderateAssessment({ assessmentId: id, moderatorId: admin.id, decision: "approve" })
    : moderateAssessment({ assessmentId: id, moderatorId: admin.id, decision: "reject", reason });
  if (!decided) return redirect("/admin/moderation?done=stale");
  audit({
    ip: clientIp(request),
    actor: admin,
    action: approve ? "assessment.approve" : "assessment.reject",
    entity: "assessment",
    entityId: id,
    details: approve ? {} : { reason },
  });
  return redirect(`/admin/moderation?done=${approve ? "assessment-approved" : "assessment-rejected"}`);
}

export default function Moderation() {
  const { pendingReviews, pendingReplies, openReports, pendingAssessments } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  // Each item has its own form; the answer belongs to the one whose intent and id were sent.
  const answered = reply.submitted ? `${reply.value("intent")?.split("-")[1] ?? ""}-${reply.value("id")}` : null;
  const feedback = (target: string) => (answered === target ? reply : undefined);
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Moderation</H1>
        {done ? (
          <PageAlert tone={params.get("done") === "stale" ? "warning" : "success"} title={done}>
            <Text as="p">The queue below is up to date.</Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={reply.errors.map((e) => (e.name === "reason" ? { ...e, name: `reason-${answered}` } : { ...e, name: "" }))} />
        <Text as="p">
          {pendingReviews.length} reviews, {pendingReplies.length} provider replies and {pendingAssessments.length} assessments wait for a
          decision; {openReports.length} reports are open.
        </Text>
        <section aria-labelledby="pending-reviews">
          <Stack gap={1}>
            <H2 id="pending-reviews">Reviews waiting for moderation</H2>
            {pendingReviews.length === 0 ? (
              <Text as="p">None.</Text>
            ) : (
              pendingReviews.map((r) => <PendingReview key={r.id} review={r} feedback={feedback(`review-${r.id}`)} />)
            )}
          </Stack>
        </section>
        <section aria-labelledby="pending-replies">
          <Stack gap={1}>
            <H2 id="pending-replies">Provider replies waiting for moderation</H2>
            {pendingReplies.length === 0 ? (
              <Text as="p">None.</Text>
            ) : (
              pendingReplies.map((r) => <PendingReply key={r.id} reply={r} feedback={feedback(`reply-${r.id}`)} />)
            )}
          </Stack>
        </section>
        <section aria-labelledby="pending-assessments">
          <Stack gap={1}>
            <H2 id="pending-assessments">Assessments waiting for moderation</H2>
            {pendingAssessments.length === 0 ? (
              <Text as="p">None.</Text>
            ) : (
              pendingAssessments.map((a) => <PendingAssessment key={a.id} assessment={a} feedback={feedback(`assessment-${a.id}`)} />)
            )}
          </Stack>
        </section>
        <section aria-labelledby="open-reports">
          <Stack gap={1}>
            <H2 id="open-reports">Open reports</H2>
            {openReports.length === 0 ? (
              <Text as="p">None.</Text>
            ) : (
              openReports.map((r) => <OpenReport key={r.id} report={r} feedback={feedback(`report-${r.id}`)} />)
            )}
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
