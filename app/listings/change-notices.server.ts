/**
 * What an editor's decision on a listing change tells the provider: approved (with the editor's
 * note) or not (with the reason), naming the badge or listing it concerns. Called by
 * listing-change.server.ts with the decision, in its transaction.
 */
import { eq } from "drizzle-orm";
import { db } from "~db/client.server";
import { listingChanges, products, providers, users } from "~db/schema";
import { providerReps, sendNotice, siteLink } from "~/notifications/notices.server";
import { changeTitle } from "./change-title";

/** An editor decided a listing change: the person who proposed it (else the provider's representatives) hears the outcome. */
export function notifyChangeDecision(changeId: number): void {
  const c = db()
    .select({
      entity: listingChanges.entity,
      status: listingChanges.status,
      reviewNote: listingChanges.reviewNote,
      before: listingChanges.before,
      after: listingChanges.after,
      providerId: listingChanges.providerId,
      submittedBy: listingChanges.submittedBy,
      providerName: providers.name,
      providerSlug: providers.slug,
      productName: products.name,
      productSlug: products.slug,
    })
    .from(listingChanges)
    .innerJoin(providers, eq(providers.id, listingChanges.providerId))
    .leftJoin(products, eq(products.id, listingChanges.productId))
    .where(eq(listingChanges.id, changeId))
    .get();
  if (!c || (c.status !== "approved" && c.status !== "rejected")) return;
  const title = changeTitle({ ...c, before: c.before ?? null });
  const proposer = c.submittedBy
    ? db().select({ email: users.email, name: users.displayName }).from(users).where(eq(users.id, c.submittedBy)).get()
    : undefined;
  const approved = c.status === "approved";
  const lines = approved
    ? [
        `${title}: approved.${c.reviewNote ? ` The editor's note: ${c.reviewNote}` : ""}`,
        "",
        `Buyers see it now: ${siteLink(c.productSlug ? `/products/${c.productSlug}` : `/providers/${c.providerSlug}`)}`,
      ]
    : [
        `${title}: not approved.`,
        `The editor's reason: ${c.reviewNote ?? "none given"}`,
        "",
        `Change it and propose it again from your dashboard: ${siteLink("/provider")}`,
      ];
  for (const to of proposer ? [proposer] : providerReps(c.providerId)) {
    sendNotice(to.email, `${approved ? "Approved" : "Not approved"}: ${title}`, [`Hello ${to.name},`, "", ...lines]);
  }
}
