import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { CSRF_MESSAGE } from "~/accounts/csrf.server";
import { getUser } from "~/accounts/session.server";
import { action as accountAction } from "~/routes/account";
import { action as adminUsersAction } from "~/routes/admin.users";
import { action as joinAction } from "~/routes/join";
import { action as loginAction } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { loader as rootLoader } from "~/root";
import { db } from "~db/client.server";
import { sessions, userRoles, users } from "~db/schema";
import { anonymous, makeUser, postForm, run, signIn, TEST_PASSWORD } from "./support";

async function expectForbidden(res: Response) {
  expect(res.status).toBe(403);
  expect(await res.text()).toBe(CSRF_MESSAGE);
}

describe("CSRF protection", () => {
  it("hands the visitor's token to the page through the root loader", async () => {
    const browser = anonymous();
    const res = await run(rootLoader, new Request("http://test/", { headers: { cookie: browser.cookie } }));
    expect(await res.json()).toEqual({ csrfToken: browser.csrf, user: null });
  });

  it("refuses a join with a missing or wrong token, creating nothing", async () => {
    const fields = { email: "forged@example.com", displayName: "Forged", password: "a long enough passphrase" };
    await expectForbidden(await run(joinAction, postForm("http://test/join", fields, { ...anonymous(), csrf: null })));
    await expectForbidden(await run(joinAction, postForm("http://test/join", fields, { ...anonymous(), csrf: "b".repeat(43) })));
    await expectForbidden(await run(joinAction, postForm("http://test/join", fields, { cookie: "", csrf: "" })));
    expect(db().select().from(users).where(eq(users.email, "forged@example.com")).all()).toHaveLength(0);
  });

  it("refuses a cross-site Origin even with a matching token", async () => {
    await makeUser({ email: "origin@example.com" });
    const res = await run(
      loginAction,
      postForm("http://test/login", { email: "origin@example.com", password: TEST_PASSWORD }, anonymous(), {
        origin: "https://evil.example",
      }),
    );
    await expectForbidden(res);
    expect(res.headers.getSetCookie()).toEqual([]);
    const sameOrigin = await run(
      loginAction,
      postForm("http://test/login", { email: "origin@example.com", password: TEST_PASSWORD }, anonymous(), { origin: "http://test" }),
    );
    expect(sameOrigin.status).toBe(302);
  });

  it("trusts Sec-Fetch-Site over an Origin that a strict referrer policy blanked to null", async () => {
    const fields = { email: "nobody-here@example.com", password: "whatever it is" };
    const nulled = await run(
      loginAction,
      postForm("http://test/login", fields, anonymous(), {
        origin: "null",
        "sec-fetch-site": "same-origin",
        "x-forwarded-for": "192.0.2.200",
      }),
    );
    expect(nulled.status).toBe(400);
    await expectForbidden(
      await run(loginAction, postForm("http://test/login", fields, anonymous(), { origin: "http://test", "sec-fetch-site": "cross-site" })),
    );
    await expectForbidden(await run(loginAction, postForm("http://test/login", fields, anonymous(), { origin: "null" })));
  });

  it("binds the token to the session: after sign-in the pre-sign-in token no longer works", async () => {
    const userId = await makeUser({ email: "bound@example.com" });
    const session = signIn(userId);
    const planted = { cookie: session.cookie.replace(/cx_csrf=[^;]+/, `cx_csrf=${"p".repeat(43)}`), csrf: "p".repeat(43) };
    await expectForbidden(await run(logoutAction, postForm("http://test/logout", {}, planted)));
    expect(await getUser(new Request("http://test/", { headers: { cookie: session.cookie } }))).not.toBeNull();
    expect((await run(logoutAction, postForm("http://test/logout", {}, session))).status).toBe(302);
  });

  it("protects sign-out everywhere and admin changes", async () => {
    const userId = await makeUser({ email: "victim@example.com" });
    const victim = signIn(userId);
    await expectForbidden(
      await run(accountAction, postForm("http://test/account", { intent: "sign-out-everywhere" }, { ...victim, csrf: null })),
    );
    expect(db().select().from(sessions).where(eq(sessions.userId, userId)).all()).toHaveLength(1);

    const admin = signIn(await makeUser({ email: "csrf-admin@example.com", roles: ["admin"] }));
    await expectForbidden(
      await run(
        adminUsersAction,
        postForm(
          "http://test/admin/users",
          { intent: "grant-role", userId: String(userId), role: "admin" },
          { ...admin, csrf: "x".repeat(43) },
        ),
      ),
    );
    expect(db().select().from(userRoles).where(eq(userRoles.userId, userId)).all()).toHaveLength(0);
  });
});
