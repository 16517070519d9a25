/**
 * People hear what happened to something of theirs (issue 16, items 2 and 5), through the real
 * moderation and approval actions and the real outbox: the author that a review went live or why
 * not, the provider of a new review and the author of the provider's reply, the provider of the
 * decision on its listing change; and the provider's dashboard lists its reviews and marks a
 * renewal waiting for approval as pending instead of "Renew".
 */
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { badges, outbox, reviewResponses, users } from "~db/schema";
import { approveChange, proposeBadgeChange, rejectChange } from "~/listings/listing-change.server";
import { moderateReply, moderateReview } from "~/reviews/review-moderation.server";
import { loader as dashboardLoader } from "~/routes/provider._index";
import { browserFor, buildWorld, call, get, insertReview } from "../reviews/fixtures";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld("notices");
});

const mailTo = (userId: number) => {
  const email = db().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;
  return db().select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(desc(outbox.id)).all();
};

describe("review notices", () => {
  it("tells the author the review is live, and the provider's representative that there is a new review to reply to", () => {
    const id = insertReview({ productId: world.product.id, userId: world.ids.staff, status: "pending" });
    expect(moderateReview({ reviewId: id, moderatorId: world.ids.admin, decision: "approve" })).toBe(true);
    const [author] = mailTo(world.ids.staff);
    expect(author.subject).toBe("Your review of notices Product is published");
    expect(author.body).toMatch(/https?:\/\/[^/]+\/products\/notices-product#reviews/);
    const [rep] = mailTo(world.ids.rep);
    expect(rep.subject).toBe("New review of notices Product");
    expect(rep.body).toContain(`/reviews/${id}/reply`);
    // The other provider's representative hears nothing of it.
    expect(mailTo(world.ids.otherRep)).toEqual([]);
    // Deciding again changes nothing and sends nothing.
    expect(moderateReview({ reviewId: id, moderatorId: world.ids.admin, decision: "approve" })).toBe(false);
    expect(mailTo(world.ids.staff)).toHaveLength(1);

    db().insert(reviewResponses).values({ reviewId: id, providerId: world.providerA, userId: world.ids.rep, body: "Thank you" }).run();
    const reply = db().select({ id: reviewResponses.id }).from(reviewResponses).where(eq(reviewResponses.reviewId, id)).get()!;
    expect(moderateReply({ replyId: reply.id, moderatorId: world.ids.admin, decision: "approve" })).toBe(true);
    expect(mailTo(world.ids.staff)[0].subject).toBe("The provider replied to your review of notices Product");
  });

  it("tells the author why a review was not published, and the provider nothing", () => {
    const id = insertReview({ productId: world.product.id, userId: world.ids.author, status: "pending" });
    const repBefore = mailTo(world.ids.rep).length;
    moderateReview({ reviewId: id, moderatorId: world.ids.admin, decision: "reject", reason: "It names a person" });
    const [mail] = mailTo(world.ids.author);
    expect(mail.subject).toBe("Your review of notices Product was not published");
    expect(mail.body).toContain("The moderator's reason: It names a person");
    expect(mailTo(world.ids.rep)).toHaveLength(repBefore);
  });

  it("sends nothing to an address nobody has confirmed", async () => {
    const unconfirmed = await world.staffUser("unconfirmed");
    db().update(users).set({ emailVerifiedAt: null }).where(eq(users.id, unconfirmed)).run();
    const id = insertReview({ productId: world.product.id, userId: unconfirmed, status: "pending" });
    moderateReview({ reviewId: id, moderatorId: world.ids.admin, decision: "approve" });
    expect(mailTo(unconfirmed)).toEqual([]);
  });
});

describe("listing change notices and the provider's dashboard", () => {
  const irapBadge = () =>
    db()
      .insert(badges)
      .values({
        productId: world.product.id,
        kind: "irap",
        level: "PROTECTED",
        assessedOn: "2025-01-10",
        evidenceLevel: "third_party",
        ismRelease: "ISM June 2024",
      })
      .returning({ id: badges.id })
      .get().id;
  const renewal = (badgeId: number) =>
    proposeBadgeChange({
      providerId: world.providerA,
      userId: world.ids.rep,
      ip: null,
      productId: world.product.id,
      badgeId,
      after: {
        kind: "irap",
        level: "PROTECTED",
        assessedOn: "2026-11-01",
        ismRelease: "ISM September 2026",
        evidenceLevel: "third_party",
        scope: "All",
        evidenceRef: "https://example.org/irap.pdf",
      },
    } as never) as unknown as number;

  it("marks a renewal waiting for approval as pending, and tells the proposer the decision naming the badge", async () => {
    const badgeId = irapBadge();
    renewal(badgeId);
    const dashboard = async () => await (await call(dashboardLoader, get("/provider", browserFor("rep", world.ids)))).json();
    const before = await dashboard();
    const alert = before.alerts.find((a: { id: number }) => a.id === badgeId);
    expect(alert).toMatchObject({ state: expect.stringMatching(/^(due|overdue)$/), pending: true });
    expect(before.reviews.map((r: { productName: string }) => r.productName)).toContain("notices Product");
    expect(before.reviews.find((r: { replied: string | null }) => r.replied !== null)).toBeTruthy();

    const change = before.changes.find((c: { entityId: number; status: string }) => c.entityId === badgeId && c.status === "pending");
    expect(approveChange({ changeId: change.id, reviewerId: world.ids.editor, note: "Checked the report" })).toBe(true);
    const [mail] = mailTo(world.ids.rep);
    expect(mail.subject).toBe("Approved: Renewal of IRAP assessment: PROTECTED on notices Product");
    expect(mail.body).toContain("The editor's note: Checked the report");

    const second = irapBadge();
    renewal(second);
    const pending = (await dashboard()).changes.find(
      (c: { entityId: number; status: string }) => c.entityId === second && c.status === "pending",
    );
    expect(rejectChange({ changeId: pending.id, reviewerId: world.ids.editor, reason: "The report is for another product" })).toBe(true);
    const [rejected] = mailTo(world.ids.rep);
    expect(rejected.subject).toMatch(/^Not approved: Renewal of IRAP assessment: PROTECTED on notices Product$/);
    expect(rejected.body).toContain("The editor's reason: The report is for another product");
    expect(
      db()
        .select()
        .from(outbox)
        .where(and(eq(outbox.subject, rejected.subject)))
        .all().length,
    ).toBeGreaterThanOrEqual(1);
  });
});
