import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getSessionData, getUser, setSessionData } from "~/accounts/session.server";
import { action as accountAction } from "~/routes/account";
import { action as loginAction } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { db } from "~db/client.server";
import { auditLog, sessions, users } from "~db/schema";
import { anonymous, cookieFrom, csrfFrom, makeUser, postForm, run, signIn, TEST_PASSWORD } from "./support";
import { replyErrors, replyValues } from "../support/form-reply";

function as(cookie: string) {
  return new Request("http://test/account", { headers: { cookie } });
}

async function signInWith(email: string, password: string, ip: string, browser = anonymous(), redirectTo?: string) {
  const res = await run(
    loginAction,
    postForm("http://test/login", { email, password, ...(redirectTo ? { redirectTo } : {}) }, browser, { "x-forwarded-for": ip }),
  );
  return { res, cookie: cookieFrom(res.headers, browser.cookie) };
}

describe("signing in", () => {
  it("signs in with the right password and goes only to same-site redirect targets", async () => {
    await makeUser({ email: "ok@example.com" });
    const { res, cookie } = await signInWith("OK@example.com", TEST_PASSWORD, "192.0.2.1", anonymous(), "/shortlists");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/shortlists");
    expect((await getUser(as(cookie)))?.email).toBe("ok@example.com");
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith("cx_session="))).toMatch(/HttpOnly; SameSite=Lax; Max-Age=2592000/);
    expect(db().select().from(auditLog).where(eq(auditLog.action, "user.signed_in")).all()).toHaveLength(1);

    const evil = await signInWith("ok@example.com", TEST_PASSWORD, "192.0.2.1", anonymous(), "//evil.com");
    expect(evil.res.headers.get("Location")).toBe("/account");
  });

  it("stores only a hash of the session token", async () => {
    const { cookie } = signIn(await makeUser({ email: "hash@example.com" }));
    const token = /cx_session=([^;]+)/.exec(cookie)![1];
    const ids = db()
      .select({ id: sessions.id })
      .from(sessions)
      .all()
      .map((r) => r.id);
    expect(ids).not.toContain(token);
    expect(ids.every((id) => /^[0-9a-f]{64}$/.test(id))).toBe(true);
  });

  it("says the same for an unknown address and a wrong password", async () => {
    await makeUser({ email: "known@example.com" });
    const wrong = await signInWith("known@example.com", "not the password", "192.0.2.2");
    const unknown = await signInWith("nobody@example.com", TEST_PASSWORD, "192.0.2.2");
    expect(wrong.res.status).toBe(400);
    const [a, b] = [await wrong.res.json(), await unknown.res.json()];
    expect(replyErrors(a).form).toBe(replyErrors(b).form);
    expect(replyErrors(a).form).toMatch(/not right/);
    expect(replyValues(a).email).toBe("known@example.com");
    expect(wrong.res.headers.getSetCookie()).toEqual([]);
  });

  it("locks an account for 15 minutes after 5 failures in a row, even for the right password", async () => {
    await makeUser({ email: "locked@example.com" });
    for (let i = 0; i < 4; i++) expect((await signInWith("locked@example.com", `wrong ${i}`, `192.0.2.${10 + i}`)).res.status).toBe(400);
    const fifth = await signInWith("locked@example.com", "wrong 5", "192.0.2.20");
    expect(fifth.res.status).toBe(429);
    expect(replyErrors(await fifth.res.json()).form).toMatch(/Too many sign-in attempts. Wait 15 minutes/);
    const row = db().select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.email, "locked@example.com")).get()!;
    expect(Date.parse(row.lockedUntil!) - Date.now()).toBeGreaterThan(14 * 60_000);

    const right = await signInWith("locked@example.com", TEST_PASSWORD, "192.0.2.21");
    expect(right.res.status).toBe(429);
    expect(await getUser(as(right.cookie))).toBeNull();
    expect(db().select().from(auditLog).where(eq(auditLog.action, "user.locked")).all()).toHaveLength(1);
  });

  // Every failure runs scrypt (on a decoy hash for unknown addresses), so this one is slow by design.
  it("limits failed attempts from one IP address across accounts", { timeout: 60_000 }, async () => {
    for (let i = 0; i < 10; i++) expect((await signInWith(`spray${i}@example.com`, "guess", "192.0.2.99")).res.status).toBe(400);
    const blocked = await signInWith("spray-next@example.com", "guess", "192.0.2.99");
    expect(blocked.res.status).toBe(429);
    expect(replyErrors(await blocked.res.json()).form).toMatch(/Too many sign-in attempts/);
    // Another address is not affected.
    expect((await signInWith("spray-next@example.com", "guess", "192.0.2.98")).res.status).toBe(400);
  });

  it("replaces the session on sign-in: the old cookie stops working, anonymous data carries over", async () => {
    await makeUser({ email: "rotate@example.com" });
    const visitor = anonymous();
    const stored = await setSessionData(new Request("http://test/purchase", { headers: { cookie: visitor.cookie } }), {
      purchase: { contractValue: 50000 },
    });
    const before = cookieFrom(stored, visitor.cookie);
    const oldSession = /cx_session=([^;]+)/.exec(before)![1];

    const { res, cookie } = await signInWith("rotate@example.com", TEST_PASSWORD, "192.0.2.30", { cookie: before, csrf: visitor.csrf });
    expect(res.status).toBe(302);
    expect(/cx_session=([^;]+)/.exec(cookie)![1]).not.toBe(oldSession);
    expect(csrfFrom(cookie)).not.toBe(visitor.csrf);
    expect(await getSessionData(as(cookie))).toEqual({ purchase: { contractValue: 50000 } });
    expect(await getSessionData(as(before))).toEqual({});
    expect(await getUser(as(before))).toBeNull();
  });

  it("signs out this browser with a POST, and everywhere from the account page", async () => {
    const userId = await makeUser({ email: "everywhere@example.com" });
    const laptop = signIn(userId);
    const phone = signIn(userId);
    const out = await run(logoutAction, postForm("http://test/logout", {}, laptop));
    expect(out.status).toBe(302);
    expect(await getUser(as(cookieFrom(out.headers, laptop.cookie)))).toBeNull();
    expect(await getUser(as(laptop.cookie))).toBeNull();
    expect(await getUser(as(phone.cookie))).not.toBeNull();

    const tablet = signIn(userId);
    const res = await run(accountAction, postForm("http://test/account", { intent: "sign-out-everywhere" }, tablet));
    expect(res.headers.get("Location")).toBe("/login?notice=signed-out");
    expect(await getUser(as(phone.cookie))).toBeNull();
    expect(await getUser(as(tablet.cookie))).toBeNull();
    expect(db().select().from(sessions).where(eq(sessions.userId, userId)).all()).toHaveLength(0);
    expect(db().select().from(auditLog).where(eq(auditLog.action, "user.signed_out_everywhere")).all()).toHaveLength(1);
  });

  it("ends sessions that are idle for 7 days or older than 30", async () => {
    const userId = await makeUser({ email: "old@example.com" });
    const idle = signIn(userId);
    const ancient = signIn(userId);
    const ids = db()
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .all()
      .map((r) => r.id);
    db()
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 8 * 86_400_000).toISOString() })
      .where(eq(sessions.id, ids[0]))
      .run();
    db()
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(sessions.id, ids[1]))
      .run();
    expect(await getUser(as(idle.cookie))).toBeNull();
    expect(await getUser(as(ancient.cookie))).toBeNull();
    expect(db().select().from(sessions).where(eq(sessions.userId, userId)).all()).toHaveLength(0);
  });
});
