import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUserSession } from "~/accounts/session.server";
import { formatLine, redact, requestIdOf } from "~/platform/logger.server";
import { loader as readyz } from "~/routes/readyz";
import { contentSecurityPolicy, createNonce, nonceFrom } from "~/platform/csp";
import { connection, db } from "~db/client.server";
import journal from "~db/migrations/meta/_journal.json";
import { makeUser } from "../accounts/support";

describe("content security policy", () => {
  it("lets scripts run only from our origin or with this response's nonce", () => {
    const csp = contentSecurityPolicy("abcDEF1234567890abcd==");
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self' 'nonce-abcDEF1234567890abcd=='");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    for (const d of [
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
    ])
      expect(csp).toContain(d);
  });

  it("uses the server's nonce when it is well formed, and a fresh one otherwise", () => {
    expect(nonceFrom({ cspNonce: "abcDEF1234567890abcd==" })).toBe("abcDEF1234567890abcd==");
    const made = nonceFrom({ cspNonce: "x' 'unsafe-inline" });
    expect(made).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceFrom(undefined)).not.toBe(nonceFrom(undefined));
    expect(createNonce()).not.toBe(createNonce());
  });
});

describe("structured logs", () => {
  it("never carry passwords, tokens, cookies or e-mail addresses", () => {
    const line = formatLine(
      "info",
      "sign_in_failed",
      {
        password: "hunter2",
        token: "t0k3n",
        cookie: "cx_session=abc",
        email: "a@b.gov.au",
        note: "user jo.citizen@finance.gov.au tried",
        nested: { csrfToken: "zzz", count: 2 },
      },
      new Request("http://test/reset-password?token=secret-reset-token", { headers: { "x-request-id": "req-1" } }),
    );
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({
      level: "info",
      event: "sign_in_failed",
      requestId: "req-1",
      method: "GET",
      path: "/reset-password",
      note: "user [email] tried",
      nested: { count: 2 },
    });
    for (const secret of ["hunter2", "t0k3n", "cx_session=abc", "a@b.gov.au", "finance.gov.au", "zzz", "secret-reset-token"])
      expect(line).not.toContain(secret);
  });

  it("keeps an error's message and stack, redacted", () => {
    const out = redact({ error: new Error("no user bob@example.com") }) as { error: { message: string } };
    expect(out.error.message).toBe("no user [email]");
    expect(redact("at file:///app/node_modules/@remix-run/node/dist/index.js:5:1")).toBe(
      "at file:///app/node_modules/@remix-run/node/dist/index.js:5:1",
    );
  });

  it("only trusts a well-formed request id", () => {
    expect(requestIdOf(new Request("http://test/", { headers: { "x-request-id": "abc-123" } }))).toBe("abc-123");
    expect(requestIdOf(new Request("http://test/", { headers: { "x-request-id": "a b<c>" } }))).toBeUndefined();
  });
});

describe("readiness", () => {
  it("is ready on a migrated database, and not while a migration is missing", async () => {
    const ok = await readyz({ request: new Request("http://test/readyz") });
    expect(ok.status).toBe(200);
    const { sqlite } = connection();
    const last = sqlite.prepare("select hash, created_at from __drizzle_migrations order by created_at desc limit 1").get() as {
      hash: string;
      created_at: number;
    };
    sqlite.prepare("delete from __drizzle_migrations where created_at = ?").run(last.created_at);
    try {
      const missing = await readyz({ request: new Request("http://test/readyz") });
      expect(missing.status).toBe(503);
      expect(await missing.text()).toBe(`not ready: 1 of ${journal.entries.length} migrations not applied`);
    } finally {
      sqlite.prepare("insert into __drizzle_migrations (hash, created_at) values (?, ?)").run(last.hash, last.created_at);
    }
    expect(db().get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`).n).toBeGreaterThan(0);
  });
});

describe("session cookie", () => {
  it("is HttpOnly and SameSite (Secure is checked over HTTP in production, test/e2e/security.test.ts)", async () => {
    const id = await makeUser({ email: "cookie-check@example.com" });
    const line = createUserSession(new Request("http://test/login"), id)
      .getSetCookie()
      .find((c) => c.startsWith("cx_session="))!;
    expect(line).toMatch(/;\s*HttpOnly/i);
    expect(line).toMatch(/;\s*SameSite=(Lax|Strict)/i);
  });
});
