import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getUser } from "~/accounts/session.server";
import { action as joinAction } from "~/routes/join";
import { loader as verifyLoader } from "~/routes/verify-email";
import { loader as accountLoader } from "~/routes/account";
import { db } from "~db/client.server";
import { agencies, agencyDomains, auditLog, outbox, users } from "~db/schema";
import { anonymous, cookieFrom, linksInLatestMail, postForm, run } from "./support";
import { replyErrors, replyValues } from "../support/form-reply";

const PASSWORD = "a long enough passphrase";

async function join(email: string, ip: string, fields: Record<string, string> = {}) {
  const browser = anonymous();
  const res = await run(
    joinAction,
    postForm("http://test/join", { email, displayName: "New Person", password: PASSWORD, ...fields }, browser, { "x-forwarded-for": ip }),
  );
  return { res, cookie: cookieFrom(res.headers, browser.cookie) };
}

async function followVerificationLink(email: string) {
  const [link] = linksInLatestMail(email);
  expect(link).toMatch(/^http:\/\/test\/verify-email\?token=[A-Za-z0-9_-]{43}$/);
  return run(verifyLoader, new Request(link));
}

describe("joining and confirming an e-mail address", () => {
  it("a gov.au address becomes agency staff only after following the e-mailed link", async () => {
    const { res, cookie } = await join("Pat.Person@Health.Gov.Au", "198.51.100.1");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/account");
    const before = await getUser(new Request("http://test/account", { headers: { cookie } }));
    expect(before).toMatchObject({ email: "pat.person@health.gov.au", emailVerified: false, roles: ["buyer"] });

    const verified = await followVerificationLink("pat.person@health.gov.au");
    expect(verified.status).toBe(200);
    expect(await verified.json()).toEqual({ verified: true, agencyStaff: true });
    const after = await getUser(new Request("http://test/account", { headers: { cookie } }));
    expect(after).toMatchObject({ emailVerified: true, roles: ["buyer", "agency_staff"] });

    const account = await run(accountLoader, new Request("http://test/account", { headers: { cookie } }));
    expect((await account.json()).roles).toEqual(["Buyer", "Agency staff"]);

    // The link works once.
    const again = await followVerificationLink("pat.person@health.gov.au");
    expect(again.status).toBe(400);
    expect(
      db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .all()
        .map((r) => r.action),
    ).toEqual(expect.arrayContaining(["user.created", "user.email_verified"]));
  });

  it("a non-government address stays a buyer after verification", async () => {
    const { cookie } = await join("someone@example.com", "198.51.100.2");
    await followVerificationLink("someone@example.com");
    const user = await getUser(new Request("http://test/", { headers: { cookie } }));
    expect(user).toMatchObject({ emailVerified: true, roles: ["buyer"] });
  });

  it("a listed agency domain counts, and assigns its agency on verification", async () => {
    const agency = db()
      .insert(agencies)
      .values({ slug: "broadcast", name: "Broadcast Agency (sample)" })
      .returning({ id: agencies.id })
      .get();
    db().insert(agencyDomains).values({ domain: "abc.net.au", agencyId: agency.id }).run();
    const { cookie } = await join("reporter@abc.net.au", "198.51.100.3");
    await followVerificationLink("reporter@abc.net.au");
    const user = await getUser(new Request("http://test/", { headers: { cookie } }));
    expect(user).toMatchObject({ roles: ["buyer", "agency_staff"], agencyId: agency.id, agencyName: "Broadcast Agency (sample)" });
  });

  it("answers field errors with what was typed kept, never the password", async () => {
    const { res } = await join("not-an-email", "198.51.100.4", { displayName: "", password: "short" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(replyErrors(body)).toMatchObject({
      email: expect.stringMatching(/right format/),
      displayName: "Enter your name",
      password: expect.stringMatching(/at least 12 characters/),
    });
    // An empty field comes back empty: conform leaves it out of what was typed.
    expect(replyValues(body)).toMatchObject({ email: "not-an-email" });
    expect(replyValues(body).displayName ?? "").toBe("");
    expect(replyValues(body)).not.toHaveProperty("password");
    expect(JSON.stringify(body)).not.toContain("short");

    const same = await join("same@example.com", "198.51.100.4", { password: "same@example.com" });
    expect(replyErrors(await same.res.json()).password).toBe("Your password must not be your e-mail address");
  });

  it("refuses a second account for the same address", async () => {
    await join("twice@example.com", "198.51.100.5");
    const { res } = await join("TWICE@example.com", "198.51.100.5");
    expect(res.status).toBe(400);
    expect(replyErrors(await res.json()).email).toMatch(/already exists/);
    expect(db().select().from(users).where(eq(users.email, "twice@example.com")).all()).toHaveLength(1);
  });

  it("limits sign-ups from one address", { timeout: 60_000 }, async () => {
    for (let i = 0; i < 10; i++) expect((await join(`many${i}@example.com`, "198.51.100.6")).res.status).toBe(302);
    const { res } = await join("one-too-many@example.com", "198.51.100.6");
    expect(res.status).toBe(429);
    expect(replyErrors(await res.json()).form).toMatch(/Too many new accounts/);
    expect(db().select().from(outbox).where(eq(outbox.toAddress, "one-too-many@example.com")).all()).toHaveLength(0);
  });
});
