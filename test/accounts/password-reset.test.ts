import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getUser } from "~/accounts/session.server";
import { action as forgotAction } from "~/routes/forgot-password";
import { action as loginAction } from "~/routes/login";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password";
import { db } from "~db/client.server";
import { auditLog, emailTokens, outbox } from "~db/schema";
import { anonymous, cookieFrom, linksInLatestMail, makeUser, postForm, run, signIn, TEST_PASSWORD } from "./support";
import { replyErrors } from "../support/form-reply";
import { readReply } from "~/platform/form-reply";

const NEW_PASSWORD = "a brand new passphrase";

async function ask(email: string) {
  const res = await run(forgotAction, postForm("http://test/forgot-password", { email }, anonymous(), { "x-forwarded-for": "192.0.2.77" }));
  return res.json();
}

describe("password reset", () => {
  it("says the same whether or not the account exists, and mails only real accounts", async () => {
    await makeUser({ email: "forgetful@example.com" });
    const known = await ask("forgetful@example.com");
    const unknown = await ask("stranger@example.com");
    expect(readReply(known)).toMatchObject({ succeeded: true, errors: [] });
    expect(readReply(known).value("email")).toBe("forgetful@example.com");
    expect(readReply(unknown)).toMatchObject({ succeeded: true, errors: [] });
    expect(readReply(unknown).value("email")).toBe("stranger@example.com");
    expect(db().select().from(outbox).where(eq(outbox.toAddress, "stranger@example.com")).all()).toHaveLength(0);
    expect(linksInLatestMail("forgetful@example.com")[0]).toMatch(/^http:\/\/test\/reset-password\?token=/);
  });

  it("changes the password once per link, ends every session, and the old password stops working", async () => {
    const userId = await makeUser({ email: "reset@example.com" });
    const elsewhere = signIn(userId);
    await ask("reset@example.com");
    const link = linksInLatestMail("reset@example.com")[0];
    const token = new URL(link).searchParams.get("token")!;
    expect(
      db()
        .select({ hash: emailTokens.tokenHash })
        .from(emailTokens)
        .all()
        .map((r) => r.hash),
    ).not.toContain(token);
    expect((await run(resetLoader, new Request(link))).status).toBe(200);

    const short = await run(resetAction, postForm("http://test/reset-password", { token, password: "short" }, anonymous()));
    expect(short.status).toBe(400);

    const done = await run(resetAction, postForm("http://test/reset-password", { token, password: NEW_PASSWORD }, anonymous()));
    expect(done.headers.get("Location")).toBe("/login?notice=reset");
    expect(await getUser(new Request("http://test/", { headers: { cookie: elsewhere.cookie } }))).toBeNull();
    expect(db().select().from(auditLog).where(eq(auditLog.action, "user.password_reset")).get()?.details).toEqual({ sessionsEnded: 1 });

    const reused = await run(
      resetAction,
      postForm("http://test/reset-password", { token, password: "yet another passphrase" }, anonymous()),
    );
    expect(reused.status).toBe(400);
    expect(replyErrors(await reused.json()).form).toMatch(/expired or has already been used/);
    expect((await run(resetLoader, new Request(link))).status).toBe(400);

    const signInWith = async (password: string) => {
      const browser = anonymous();
      const res = await run(
        loginAction,
        postForm("http://test/login", { email: "reset@example.com", password }, browser, { "x-forwarded-for": "192.0.2.78" }),
      );
      return getUser(new Request("http://test/", { headers: { cookie: cookieFrom(res.headers, browser.cookie) } }));
    };
    expect(await signInWith(TEST_PASSWORD)).toBeNull();
    expect((await signInWith(NEW_PASSWORD))?.email).toBe("reset@example.com");
  });

  it("refuses an expired link", async () => {
    await makeUser({ email: "slow@example.com" });
    await ask("slow@example.com");
    const token = new URL(linksInLatestMail("slow@example.com")[0]).searchParams.get("token")!;
    db()
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .run();
    const res = await run(resetAction, postForm("http://test/reset-password", { token, password: NEW_PASSWORD }, anonymous()));
    expect(res.status).toBe(400);
  });
});
