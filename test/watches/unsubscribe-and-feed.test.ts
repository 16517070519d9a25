/**
 * Unsubscribing (issue 16, item 4) and the personal feed, through their real routes: one click
 * stops one kind of e-mail and nothing else, a forged or reused link changes nothing and says so,
 * and nobody but the owner (with the secret address) can read a feed or change someone's choices.
 */
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/client.server";
import { emailOptOuts, outbox, users, watches, watchSettings } from "~db/schema";
import { sendNotice } from "~/notifications/notices.server";
import { recordWatchEvent } from "~/watches/events.server";
import { addWatch, settingsOf } from "~/watches/watches.server";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "~/routes/unsubscribe.$token";
import { loader as feedLoader } from "~/routes/feed.$key";
import { action as pageAction, loader as pageLoader } from "~/routes/account_.notifications";
import { browserFor, buildWorld, call, get, isLoginRedirect, post } from "../reviews/fixtures";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld("unsub");
});

const emailOf = (userId: number) => db().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;
const latestMail = (userId: number) =>
  db()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, emailOf(userId)))
    .orderBy(desc(outbox.id))
    .get();
const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);
const optOuts = () => db().select().from(emailOptOuts).all();

/** A mail client's one-click POST (RFC 8058): no cookie, no CSRF field, just the body it names. */
function oneClick(token: string) {
  return new Request(`http://test/unsubscribe/${token}`, {
    method: "POST",
    body: "List-Unsubscribe=One-Click",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

describe("one-click unsubscribe", () => {
  it("asks on GET without changing anything, then stops that kind of e-mail on POST, and only that kind", async () => {
    sendNotice(emailOf(world.ids.staff), "Your review is published", ["Hello"], { kind: "review_outcomes" });
    const mail = latestMail(world.ids.staff)!;
    const token = tokenOf(mail.unsubscribeUrl!);

    const asked = await call(unsubscribeLoader, new Request(mail.unsubscribeUrl!), { token });
    expect(asked.status).toBe(200);
    expect(await asked.json()).toMatchObject({ state: "ready", what: "Your reviews: published, not published, or replied to" });
    expect(optOuts()).toEqual([]);

    const done = await call(unsubscribeAction, oneClick(token), { token });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ state: "ready", done: true });
    expect(optOuts()).toEqual([expect.objectContaining({ userId: world.ids.staff, kind: "review_outcomes" })]);

    // That kind is no longer sent; another kind still is.
    const before = db().select().from(outbox).all().length;
    sendNotice(emailOf(world.ids.staff), "Another review is published", ["Hello"], { kind: "review_outcomes" });
    expect(db().select().from(outbox).all()).toHaveLength(before);
    sendNotice(emailOf(world.ids.staff), "1 change on what you watch", ["Hello"], { kind: "watch_digest" });
    expect(db().select().from(outbox).all()).toHaveLength(before + 1);
  });

  it("answers a reused link with a clear page and changes nothing, even after the person turned the e-mails back on", async () => {
    sendNotice(emailOf(world.ids.author), "Digest", ["Hello"], { kind: "watch_digest" });
    const token = tokenOf(latestMail(world.ids.author)!.unsubscribeUrl!);
    await call(unsubscribeAction, oneClick(token), { token });
    db().delete(emailOptOuts).where(eq(emailOptOuts.userId, world.ids.author)).run();

    const again = await call(unsubscribeAction, oneClick(token), { token });
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ state: "used", done: false });
    expect(db().select().from(emailOptOuts).where(eq(emailOptOuts.userId, world.ids.author)).all()).toEqual([]);
  });

  it("answers a forged or altered link with a clear page and changes nothing", async () => {
    sendNotice(emailOf(world.ids.buyer), "Digest", ["Hello"], { kind: "watch_digest" });
    const real = tokenOf(latestMail(world.ids.buyer)!.unsubscribeUrl!);
    const before = optOuts();
    for (const token of [`${real.slice(0, -1)}${real.endsWith("A") ? "B" : "A"}`, "A".repeat(43), "../../etc", ""]) {
      const res = await call(unsubscribeAction, oneClick(token), { token });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ state: "unknown", done: false });
    }
    expect(optOuts()).toEqual(before);
  });

  it("moves a watch that e-mails each change to the feed only, leaving the watch and other watches alone", async () => {
    const one = addWatch({ userId: world.ids.rep, target: "product", productId: world.product.id, label: "unsub Product" });
    const other = addWatch({ userId: world.ids.rep, target: "provider", providerId: world.providerB, label: "unsub Provider B" });
    if (!("id" in one) || !("id" in other)) throw new Error("not watched");
    recordWatchEvent({
      kind: "listing_changed",
      productId: world.product.id,
      providerId: world.providerA,
      title: "Details changed",
      path: "/products/unsub-product",
    });
    const mail = latestMail(world.ids.rep)!;
    expect(mail.subject).toBe("Details changed");
    const token = tokenOf(mail.unsubscribeUrl!);
    const page = await (await call(unsubscribeLoader, new Request(mail.unsubscribeUrl!), { token })).json();
    expect(page.what).toBe("An e-mail for each change to unsub Product");
    await call(unsubscribeAction, oneClick(token), { token });
    const rows = db().select({ id: watches.id, delivery: watches.delivery }).from(watches).where(eq(watches.userId, world.ids.rep)).all();
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: one.id, delivery: "feed" },
        { id: other.id, delivery: "email" },
      ]),
    );
  });
});

describe("the personal feed", () => {
  it("carries the owner's events at the secret address, and nothing at a guessed, altered or revoked one", async () => {
    const { feedSecret } = settingsOf({ userId: world.ids.rep });
    expect(feedSecret).toBeTruthy();
    const key = `${world.ids.rep}.${feedSecret}`;
    const feed = await call(feedLoader, new Request(`http://test/feed/${key}`), { key });
    expect(feed.status).toBe(200);
    expect(feed.headers.get("Content-Type")).toContain("application/atom+xml");
    expect(feed.headers.get("Cache-Control")).toContain("private");
    const xml = await feed.text();
    expect(xml).toContain("<title>Details changed</title>");
    expect(xml).toContain('href="http://test/products/unsub-product"');

    // Someone else's id with this secret, a secret without its id, a changed secret: nothing.
    for (const wrong of [`${world.ids.staff}.${feedSecret}`, `${feedSecret}`, `${world.ids.rep}.${feedSecret!.slice(1)}x`]) {
      const res = await call(feedLoader, new Request(`http://test/feed/${wrong}`), { key: wrong });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("Details changed");
    }

    // A new address from the notifications page revokes the old one.
    const renewed = await call(pageAction, post("/account/notifications", { intent: "renew-feed" }, browserFor("rep", world.ids)));
    expect(renewed.status).toBe(200);
    expect((await call(feedLoader, new Request(`http://test/feed/${key}`), { key })).status).toBe(404);
    const fresh = db().select({ s: watchSettings.feedSecret }).from(watchSettings).where(eq(watchSettings.userId, world.ids.rep)).get()!.s;
    const newKey = `${world.ids.rep}.${fresh}`;
    expect((await call(feedLoader, new Request(`http://test/feed/${newKey}`), { key: newKey })).status).toBe(200);
  });
});

describe("the notifications page", () => {
  it("is for its signed-in owner only", async () => {
    expect(isLoginRedirect(await call(pageLoader, get("/account/notifications", browserFor("anonymous", world.ids))))).toBe(true);
    const res = await call(pageAction, post("/account/notifications", { intent: "save-emails" }, browserFor("anonymous", world.ids)));
    expect(isLoginRedirect(res)).toBe(true);
  });

  it("shows only the owner's watches, and cannot change another person's", async () => {
    const page = await (await call(pageLoader, get("/account/notifications", browserFor("staff", world.ids)))).json();
    expect(page.watches).toEqual([]);
    const theirs = db().select({ id: watches.id, delivery: watches.delivery }).from(watches).where(eq(watches.userId, world.ids.rep)).all();
    const fields = Object.fromEntries(theirs.map((w) => [`delivery-${w.id}`, "digest"]));
    await call(
      pageAction,
      post("/account/notifications", { intent: "save-deliveries", shortlistDelivery: "digest", ...fields }, browserFor("staff", world.ids)),
    );
    const stop = await call(pageAction, post("/account/notifications", { stop: String(theirs[0].id) }, browserFor("staff", world.ids)));
    expect(stop.status).toBe(400);
    expect(
      db().select({ id: watches.id, delivery: watches.delivery }).from(watches).where(eq(watches.userId, world.ids.rep)).all(),
    ).toEqual(theirs);
  });

  it("refuses a delivery that is not one of the choices next to its field, and changes nothing", async () => {
    const theirs = db().select({ id: watches.id, delivery: watches.delivery }).from(watches).where(eq(watches.userId, world.ids.rep)).all();
    const res = await call(
      pageAction,
      post(
        "/account/notifications",
        { intent: "save-deliveries", shortlistDelivery: "digest", [`delivery-${theirs[0].id}`]: "pigeon" },
        browserFor("rep", world.ids),
      ),
    );
    expect(res.status).toBe(400);
    const reply = await res.json();
    expect(reply.error[`delivery-${theirs[0].id}`]).toEqual(["Choose how you hear of unsub Product."]);
    expect(
      db().select({ id: watches.id, delivery: watches.delivery }).from(watches).where(eq(watches.userId, world.ids.rep)).all(),
    ).toEqual(theirs);
  });

  it("offers providers' e-mails only to providers, and saves which e-mails the person gets", async () => {
    const forBuyer = await (await call(pageLoader, get("/account/notifications", browserFor("buyer", world.ids)))).json();
    expect(forBuyer.emails.map((e: { kind: string }) => e.kind)).toEqual(["review_outcomes", "watch_digest"]);
    const forRep = await (await call(pageLoader, get("/account/notifications", browserFor("rep", world.ids)))).json();
    expect(forRep.emails.map((e: { kind: string }) => e.kind)).toContain("badge_reminders");

    const saved = await call(
      pageAction,
      post("/account/notifications", { intent: "save-emails", email: "review_outcomes" }, browserFor("rep", world.ids)),
    );
    expect(saved.status).toBe(200);
    const stopped = db()
      .select({ kind: emailOptOuts.kind })
      .from(emailOptOuts)
      .where(eq(emailOptOuts.userId, world.ids.rep))
      .all()
      .map((r) => r.kind);
    expect(stopped.sort()).toEqual(["badge_reminders", "provider_news", "watch_digest"]);
  });
});
