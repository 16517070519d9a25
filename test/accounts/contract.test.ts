import { describe, expect, it } from "vitest";
import { audit } from "~/audit/audit.server";
import { verifyCsrf } from "~/accounts/csrf.server";
import { queueEmail } from "~/notifications/outbox.server";
import { checkRateLimit } from "~/accounts/rate-limit.server";
import { getSessionData, getUser, requireRole, requireUser, setSessionData } from "~/accounts/session.server";
import { db } from "~db/client.server";
import { auditLog, outbox } from "~db/schema";
import { eq } from "drizzle-orm";
import { anonymous, cookieFrom, makeUser, postForm, signIn } from "./support";
import { clientIp } from "~/platform/client-ip.server";

describe("the auth contract", () => {
  it("knows nobody without a session and redirects to sign-in with the path to come back to", async () => {
    const request = new Request("http://test/shortlists?x=1");
    expect(await getUser(request)).toBeNull();
    const thrown = await requireUser(request).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fshortlists%3Fx%3D1");
  });

  it("gives a signed-in user their roles; requireRole answers 403 without the role, admin passes all", async () => {
    const buyer = signIn(await makeUser({ email: "contract-buyer@example.com" }));
    const user = await getUser(new Request("http://test/", { headers: { cookie: buyer.cookie } }));
    expect(user).toMatchObject({ email: "contract-buyer@example.com", roles: ["buyer"], emailVerified: true, providerId: null });
    const denied = await requireRole(new Request("http://test/", { headers: { cookie: buyer.cookie } }), "editor").catch((e: unknown) => e);
    expect((denied as Response).status).toBe(403);

    const admin = signIn(await makeUser({ email: "contract-admin@example.com", roles: ["admin"] }));
    const ok = await requireRole(new Request("http://test/", { headers: { cookie: admin.cookie } }), ["editor", "provider_rep"]);
    expect(ok.roles).toContain("admin");
  });

  it("keeps session data for anonymous visitors, creating the session only when asked to store", async () => {
    const first = new Request("http://test/purchase");
    expect(await getSessionData(first)).toEqual({});
    const headers = await setSessionData(first, { purchase: { value: 1000 } });
    const cookie = cookieFrom(headers);
    expect(cookie).toMatch(/^cx_session=/);
    expect(await getSessionData(new Request("http://test/", { headers: { cookie } }))).toEqual({ purchase: { value: 1000 } });
    const again = await setSessionData(new Request("http://test/", { headers: { cookie } }), { purchase: undefined, step: 2 });
    expect([...again.getSetCookie()]).toEqual([]);
    expect(await getSessionData(new Request("http://test/", { headers: { cookie } }))).toEqual({ step: 2 });
  });

  it("verifyCsrf accepts the matching token and throws 403 otherwise", async () => {
    const browser = anonymous();
    const good = postForm("http://test/x", {}, browser);
    await expect(verifyCsrf(good, await good.formData())).resolves.toBeUndefined();
    const bad = postForm("http://test/x", {}, { ...browser, csrf: "b".repeat(43) });
    const thrown = await verifyCsrf(bad, await bad.formData()).catch((e: unknown) => e);
    expect((thrown as Response).status).toBe(403);
  });

  it("rate limits, audits and queues mail", () => {
    const key = `k-${Math.random()}`;
    expect(checkRateLimit({ bucket: "t", key, limit: 2, windowSeconds: 60 }).ok).toBe(true);
    expect(checkRateLimit({ bucket: "t", key, limit: 2, windowSeconds: 60 }).ok).toBe(true);
    const third = checkRateLimit({ bucket: "t", key, limit: 2, windowSeconds: 60 });
    expect(third).toMatchObject({ ok: false });
    expect(third.ok === false && third.retryAfterSeconds).toBeGreaterThan(0);

    audit({
      ip: clientIp(new Request("http://test/", { headers: { "x-forwarded-for": "203.0.113.9, 10.0.0.1" } })),
      actor: null,
      action: "contract.test",
      entity: "thing",
      entityId: 7,
      details: { password: "x", note: "kept" },
    });
    const row = db().select().from(auditLog).where(eq(auditLog.action, "contract.test")).get();
    expect(row).toMatchObject({ entity: "thing", entityId: "7", ip: "203.0.113.9", details: { note: "kept" } });

    // An address nobody has confirmed gets only a message that confirms it (app/notifications/outbox.server.ts).
    expect(queueEmail({ to: "a@b.gov.au", subject: "Hi", body: "Body" })).toBeNull();
    const id = queueEmail({ to: "a@b.gov.au", subject: "Hi", body: "Body", confirmsAddress: true })!;
    expect(db().select({ to: outbox.toAddress }).from(outbox).where(eq(outbox.id, id)).get()).toEqual({ to: "a@b.gov.au" });
  });
});
