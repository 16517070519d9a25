/**
 * Watches (issue 16, item 3) through the real routes, moderation and approval code and the real
 * outbox: each kind of watch hears of each kind of event in the way its owner chose, shortlisted
 * products are watched unless turned off, and the daily digest carries what waits for it.
 */
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { badges, outbox, providers, shortlistItems, shortlists, users, watchEvents, watches, watchNotices } from "~db/schema";
import { sendBadgeReminders } from "~/assurance/reminders.server";
import { approveChange, proposeBadgeChange, proposeProductChange, proposeProviderChange } from "~/listings/listing-change.server";
import { PROVIDER_FIELDS } from "~/listings/fields";
import { moderateReview } from "~/reviews/review-moderation.server";
import { checkSavedSearches } from "~/saved-searches/saved-search.server";
import { sendWatchDigests } from "~/watches/digest.server";
import { setShortlistDelivery, setWatchDelivery } from "~/watches/watches.server";
import { action as watchAction } from "~/routes/watches";
import { signIn } from "../accounts/support";
import { browserFor, buildWorld, call, insertReview, post } from "../reviews/fixtures";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld("watching");
});

const emailOf = (userId: number) => db().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;
const mailTo = (userId: number) =>
  db()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, emailOf(userId)))
    .orderBy(desc(outbox.id))
    .all();
const noticesOf = (userId: number) =>
  db()
    .select({ kind: watchEvents.kind, title: watchEvents.title, delivery: watchNotices.delivery, watchId: watchNotices.watchId })
    .from(watchNotices)
    .innerJoin(watchEvents, eq(watchEvents.id, watchNotices.eventId))
    .where(eq(watchNotices.userId, userId))
    .orderBy(desc(watchNotices.id))
    .all();

async function watch(who: "buyer" | "staff" | "author", fields: Record<string, string>) {
  const res = await call(watchAction, post("/watches", { redirectTo: "/somewhere", ...fields }, signIn(world.ids[who])));
  expect(res.status).toBe(302);
  expect(res.headers.get("Location")).toBe("/somewhere");
}

/** The provider's current profile, as a proposal that changes nothing until a field is replaced. */
function providerFacts() {
  const row = db().select().from(providers).where(eq(providers.id, world.providerA)).get()!;
  return Object.fromEntries(PROVIDER_FIELDS.map((f) => [f, row[f as keyof typeof row]]));
}

function irapBadge(expiresOn: string | null = null, assessedOn = "2024-01-10") {
  return db()
    .insert(badges)
    .values({
      productId: world.product.id,
      kind: "irap",
      level: "OFFICIAL: Sensitive",
      assessedOn,
      expiresOn,
      evidenceLevel: "third_party",
      ismRelease: "ISM June 2024",
    })
    .returning({ id: badges.id })
    .get().id;
}

function renewAndApprove(badgeId: number, level = "OFFICIAL: Sensitive") {
  const changeId = proposeBadgeChange({
    providerId: world.providerA,
    userId: world.ids.rep,
    ip: null,
    productId: world.product.id,
    badgeId,
    after: {
      kind: "irap",
      level,
      assessedOn: "2026-11-01",
      ismRelease: "ISM September 2026",
      evidenceLevel: "third_party",
      scope: "All",
      evidenceRef: "https://example.org/irap-2026.pdf",
    },
  } as never) as unknown as number;
  expect(approveChange({ changeId, reviewerId: world.ids.editor, note: null })).toBe(true);
}

describe("watching a product", () => {
  it("starts from the product page's form and hears of an approved renewal by e-mail, with a one-click unsubscribe", async () => {
    await watch("buyer", { intent: "watch", target: "product", slug: world.product.slug });
    const badgeId = irapBadge("2025-01-10");
    renewAndApprove(badgeId);
    const [notice] = noticesOf(world.ids.buyer);
    expect(notice).toMatchObject({ kind: "badge_renewed", delivery: "email" });
    expect(notice.title).toBe("IRAP assessment: OFFICIAL: Sensitive renewed on watching Product");
    const [mail] = mailTo(world.ids.buyer);
    expect(mail.subject).toBe(notice.title);
    expect(mail.body).toContain("http://test/products/watching-product");
    expect(mail.body).toContain("You hear of this because you watch it.");
    expect(mail.unsubscribeUrl).toMatch(/^http:\/\/test\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    expect(mail.body).toContain(`Stop these e-mails with one click: ${mail.unsubscribeUrl}`);
  });

  it("hears of a new level as a change, and of new evidence with the same dates as new evidence", () => {
    const badgeId = irapBadge("2025-06-01");
    renewAndApprove(badgeId, "PROTECTED");
    expect(noticesOf(world.ids.buyer)[0]).toMatchObject({
      kind: "badge_changed",
      title: "IRAP assessment: PROTECTED on watching Product, was IRAP assessment: OFFICIAL: Sensitive",
    });
    db()
      .update(badges)
      .set({ evidenceRef: "https://example.org/old.pdf", level: "OFFICIAL: Sensitive" })
      .where(eq(badges.id, badgeId))
      .run();
    renewAndApprove(badgeId);
    expect(noticesOf(world.ids.buyer)[0]).toMatchObject({
      kind: "badge_changed",
      title: "IRAP assessment: OFFICIAL: Sensitive on watching Product: new evidence",
    });
  });

  it("hears of a published review, and not of a rejected one", () => {
    const before = noticesOf(world.ids.buyer).length;
    const rejected = insertReview({ productId: world.product.id, userId: world.ids.author, status: "pending" });
    moderateReview({ reviewId: rejected, moderatorId: world.ids.admin, decision: "reject", reason: "Off topic" });
    expect(noticesOf(world.ids.buyer)).toHaveLength(before);
    const published = insertReview({ productId: world.product.id, userId: world.ids.staff, status: "pending" });
    moderateReview({ reviewId: published, moderatorId: world.ids.admin, decision: "approve" });
    expect(noticesOf(world.ids.buyer)[0]).toMatchObject({ kind: "review_published", title: "New review of watching Product" });
  });

  it("hears nothing by e-mail when set to the feed, though the feed still has it", () => {
    const w = db().select({ id: watches.id }).from(watches).where(eq(watches.userId, world.ids.buyer)).get()!;
    setWatchDelivery({ userId: world.ids.buyer, watchId: w.id, delivery: "feed" });
    const mails = mailTo(world.ids.buyer).length;
    renewAndApprove(irapBadge("2025-02-01"));
    expect(noticesOf(world.ids.buyer)[0].delivery).toBe("feed");
    expect(mailTo(world.ids.buyer)).toHaveLength(mails);
  });

  it("refuses a product that does not exist with a clear message, and watches nothing", async () => {
    const count = db().select().from(watches).all().length;
    const res = await call(
      watchAction,
      post("/watches", { intent: "watch", target: "product", slug: "no-such-product" }, browserFor("buyer", world.ids)),
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toBe("We could not find that product.");
    expect(db().select().from(watches).all()).toHaveLength(count);
  });

  it("cannot stop someone else's watch", async () => {
    const theirs = db().select({ id: watches.id }).from(watches).where(eq(watches.userId, world.ids.buyer)).get()!;
    const res = await call(
      watchAction,
      post("/watches", { intent: "unwatch", watchId: String(theirs.id) }, browserFor("staff", world.ids)),
    );
    expect(res.status).toBe(404);
    expect(db().select().from(watches).where(eq(watches.id, theirs.id)).get()).toBeTruthy();
  });
});

describe("watching a provider", () => {
  it("hears of every product's changes and of the provider's profile", async () => {
    await watch("staff", { intent: "watch", target: "provider", slug: `watching-prov-a` });
    renewAndApprove(irapBadge("2025-03-01"));
    expect(noticesOf(world.ids.staff)[0]).toMatchObject({ kind: "badge_renewed", delivery: "email" });
    const changeId = proposeProviderChange({
      providerId: world.providerA,
      userId: world.ids.rep,
      ip: null,
      after: { ...providerFacts(), summary: "A new summary of what the provider does" },
    } as never) as unknown as number;
    expect(approveChange({ changeId, reviewerId: world.ids.editor, note: null })).toBe(true);
    expect(noticesOf(world.ids.staff)[0]).toMatchObject({
      kind: "provider_changed",
      title: "Provider profile of watching Provider A changed",
    });

    const productChange = proposeProductChange({
      providerId: world.providerA,
      productId: world.product.id,
      userId: world.ids.rep,
      ip: null,
      after: {
        name: "watching Product",
        summary: "Case management for regulators, now with audit trails",
        description: "",
        website: "",
        categories: [],
      },
    } as never) as unknown as number;
    expect(approveChange({ changeId: productChange, reviewerId: world.ids.editor, note: null })).toBe(true);
    expect(noticesOf(world.ids.staff)[0]).toMatchObject({ kind: "listing_changed", title: "Details of watching Product changed" });
    // Someone who watches only the product hears of it too.
    expect(noticesOf(world.ids.buyer)[0]).toMatchObject({ kind: "listing_changed" });
  });
});

describe("products on shortlists", () => {
  it("are watched through the daily digest unless turned off, and an explicit watch wins", () => {
    const list = db().insert(shortlists).values({ userId: world.ids.author, name: "Case tools" }).returning({ id: shortlists.id }).get();
    db().insert(shortlistItems).values({ shortlistId: list.id, productId: world.product.id }).run();
    renewAndApprove(irapBadge("2025-04-01"));
    expect(noticesOf(world.ids.author)[0]).toMatchObject({ kind: "badge_renewed", delivery: "digest", watchId: null });

    setShortlistDelivery({ userId: world.ids.author, delivery: "off" });
    const before = noticesOf(world.ids.author).length;
    renewAndApprove(irapBadge("2025-05-01"));
    expect(noticesOf(world.ids.author)).toHaveLength(before);
  });

  it("are in the digest once a day: one e-mail with every change since the last, and nothing on a second run", () => {
    const today = "2026-12-03";
    const result = sendWatchDigests({ today });
    expect(result.alreadySent).toBe(false);
    const [digest] = mailTo(world.ids.author);
    expect(digest.subject).toBe("1 change on what you watch");
    expect(digest.body).toContain(
      "- IRAP assessment: OFFICIAL: Sensitive renewed on watching Product: http://test/products/watching-product",
    );
    expect(digest.unsubscribeUrl).toBeTruthy();
    expect(sendWatchDigests({ today })).toEqual({ emails: 0, alreadySent: true });
    expect(
      db()
        .select()
        .from(watchNotices)
        .where(and(eq(watchNotices.userId, world.ids.author), eq(watchNotices.delivery, "digest")))
        .all()
        .every((n) => n.digestedAt !== null),
    ).toBe(true);
  });
});

describe("badge reminders", () => {
  it("tell watchers when a badge falls due and when it lapses", () => {
    const soon = irapBadge("2027-01-20", "2025-02-01");
    sendBadgeReminders({ today: "2026-12-03" });
    expect(noticesOf(world.ids.staff).find((n) => n.kind === "badge_due")).toBeTruthy();
    db().update(badges).set({ assessedOn: "2024-06-01", expiresOn: "2026-06-01" }).where(eq(badges.id, soon)).run();
    sendBadgeReminders({ today: "2026-12-03" });
    expect(noticesOf(world.ids.staff).find((n) => n.kind === "badge_lapsed")).toBeTruthy();
  });
});

describe("a saved search", () => {
  it("hears when a product starts matching and when it stops, and not of what matched when it was saved", async () => {
    const protectedBadge = irapBadge(null, "2026-10-01");
    db().update(badges).set({ level: "PROTECTED" }).where(eq(badges.id, protectedBadge)).run();
    await watch("author", { intent: "watch", target: "search", search: "irap=PROTECTED&model=SaaS&page=3&sort=rating" });
    const saved = db()
      .select()
      .from(watches)
      .where(and(eq(watches.userId, world.ids.author), eq(watches.target, "search")))
      .get()!;
    expect(saved.search).toBe("model=SaaS&irap=PROTECTED");
    expect(saved.label).toBe("SaaS, IRAP PROTECTED or higher");
    const matchedAtSave = saved.matching ?? [];
    expect(matchedAtSave).toContain(world.product.id);
    await checkSavedSearches();
    expect(noticesOf(world.ids.author).filter((n) => n.watchId === saved.id)).toEqual([]);

    db()
      .update(badges)
      .set({ level: "OFFICIAL" })
      .where(and(eq(badges.productId, world.product.id), eq(badges.level, "PROTECTED")))
      .run();
    await checkSavedSearches();
    expect(noticesOf(world.ids.author)[0]).toMatchObject({
      kind: "search_unmatch",
      watchId: saved.id,
      title: "watching Product no longer matches your search: SaaS, IRAP PROTECTED or higher",
    });
    db().update(badges).set({ level: "PROTECTED" }).where(eq(badges.productId, world.product.id)).run();
    await checkSavedSearches();
    expect(noticesOf(world.ids.author)[0]).toMatchObject({ kind: "search_match", delivery: "email" });
    // Checking again with nothing changed records nothing.
    const count = noticesOf(world.ids.author).length;
    await checkSavedSearches();
    expect(noticesOf(world.ids.author)).toHaveLength(count);
  });
});
