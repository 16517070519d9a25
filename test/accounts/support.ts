/**
 * Helpers for integration tests that need a signed-in person: real users, real sessions, real
 * cookies. `signIn` returns the Cookie header and the CSRF token a browser would hold.
 */
import { hashPassword } from "~/accounts/password.server";
import { createUserSession } from "~/accounts/session.server";
import { createUser, findUserIdByEmail } from "~/accounts/user.server";
import { db } from "~db/client.server";
import { outbox as outboxTable, userRoles, users } from "~db/schema";
import { eq } from "drizzle-orm";
import type { Role } from "~/accounts/roles";

export const TEST_PASSWORD = "correct horse battery staple";
let cachedHash: string | undefined;

/** Creates (or finds) a user; `verified` marks the e-mail verified, `roles` grants stored roles. */
export async function makeUser({
  email,
  displayName = "Test Person",
  verified = true,
  roles = [],
  providerId = null,
}: {
  email: string;
  displayName?: string;
  verified?: boolean;
  roles?: Extract<Role, "editor" | "admin" | "provider_rep">[];
  providerId?: number | null;
}): Promise<number> {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const id = findUserIdByEmail(email) ?? createUser({ email, displayName, passwordHash: cachedHash });
  if (verified) db().update(users).set({ emailVerifiedAt: new Date().toISOString() }).where(eq(users.id, id)).run();
  for (const role of roles) {
    db()
      .insert(userRoles)
      .values({ userId: id, role, providerId: role === "provider_rep" ? providerId : null, approvedAt: new Date().toISOString() })
      .run();
  }
  return id;
}

/** Turns Set-Cookie headers into the Cookie header a browser would send next, merged with `previous`. */
export function cookieFrom(headers: Headers, previous = ""): string {
  const jar = new Map<string, string>();
  for (const part of previous.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name) jar.set(name, rest.join("="));
  }
  for (const line of headers.getSetCookie()) {
    const [pair, ...attrs] = line.split(";");
    const [name, ...rest] = pair.trim().split("=");
    const value = rest.join("=");
    if (attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "") jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([n, v]) => `${n}=${v}`).join("; ");
}

export function csrfFrom(cookie: string): string {
  return /(?:^|;\s*)cx_csrf=([^;]*)/.exec(cookie)?.[1] ?? "";
}

/** A signed-in browser for `userId`: its Cookie header and CSRF token. */
export function signIn(userId: number): { cookie: string; csrf: string } {
  const headers = createUserSession(new Request("http://test/login"), userId);
  const cookie = cookieFrom(headers);
  return { cookie, csrf: csrfFrom(cookie) };
}

/** An anonymous browser that has been given a CSRF cookie, as server.js does on the first visit. */
export function anonymous(): { cookie: string; csrf: string } {
  const csrf = "a".repeat(43);
  return { cookie: `cx_csrf=${csrf}`, csrf };
}

/** A POST with form fields (the CSRF token included unless `csrf: null`) and the browser's cookie. */
export function postForm(
  url: string,
  fields: Record<string, string>,
  browser: { cookie: string; csrf: string | null },
  extraHeaders: Record<string, string> = {},
): Request {
  const body = new URLSearchParams(fields);
  if (browser.csrf !== null) body.set("csrf", browser.csrf);
  return new Request(url, {
    method: "POST",
    body,
    headers: { cookie: browser.cookie, "content-type": "application/x-www-form-urlencoded", ...extraHeaders },
  });
}

type RouteFn = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

/** Runs a loader or action as Remix would; a thrown Response (redirect, 403) is returned, not thrown. */
export async function run(fn: unknown, request: Request, params: Record<string, string> = {}): Promise<Response> {
  try {
    const result = await (fn as RouteFn)({ request, params, context: {} });
    if (result instanceof Response) return result;
    return new Response(JSON.stringify(result ?? null), { headers: { "content-type": "application/json" } });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** The links in the newest outbox e-mail to `to`. */
export function linksInLatestMail(to: string): string[] {
  const rows = db()
    .select()
    .from(outboxTable)
    .all()
    .filter((m) => m.toAddress === to);
  const last = rows[rows.length - 1];
  return last ? [...last.body.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]) : [];
}
