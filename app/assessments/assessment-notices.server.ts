/**
 * What an assessment's author hears: that moderation published it or why not, and that another
 * agency now relies on it. Called inside the deciding transaction, so a decision and its e-mail
 * are written together or not at all.
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { agencies, assessments, products, users } from "~db/schema";
import { sendNotice } from "~/notifications/notices.server";
import { siteLink } from "~/notifications/site-link.server";

function context(assessmentId: number) {
  return db()
    .select({
      status: assessments.status,
      rejectionReason: assessments.rejectionReason,
      authorEmail: users.email,
      authorName: users.displayName,
      productName: products.name,
    })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.userId))
    .innerJoin(products, eq(products.id, assessments.productId))
    .where(eq(assessments.id, assessmentId))
    .get();
}

export function notifyAssessmentDecision(assessmentId: number): void {
  const a = context(assessmentId);
  if (!a) return;
  const page = siteLink(`/assessments/${assessmentId}`);
  const lines =
    a.status === "published"
      ? [`Your assessment of ${a.productName} passed moderation. Government users can now read it and rely on it:`, page]
      : [
          `Your assessment of ${a.productName} was not published.`,
          `Reason: ${a.rejectionReason ?? "none given"}`,
          "",
          `You can change it and submit it again: ${page}`,
        ];
  sendNotice(
    a.authorEmail,
    a.status === "published" ? `Your assessment of ${a.productName} is published` : `Your assessment of ${a.productName} was not published`,
    [`Hello ${a.authorName},`, "", ...lines],
    { kind: "assessment_outcomes" },
  );
}

export function notifyRelianceRecorded({ assessmentId, agencyId }: { assessmentId: number; agencyId: number }): void {
  const a = context(assessmentId);
  const agency = db().select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId)).get();
  if (!a || !agency) return;
  sendNotice(
    a.authorEmail,
    `${agency.name} relies on your assessment of ${a.productName}`,
    [
      `Hello ${a.authorName},`,
      "",
      `${agency.name} recorded that it relies on your agency's assessment of ${a.productName}, so it did not have to assess the product again.`,
      `See its notes and any qualities it scored differently: ${siteLink(`/assessments/${assessmentId}#reliances`)}`,
    ],
    { kind: "assessment_outcomes" },
  );
}
