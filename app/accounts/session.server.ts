/**
 * Server-side sessions. The cx_session cookie holds a random token; the database keeps only its
 * SHA-256, so a leaked database cannot be replayed as cookies. Sessions end 30 days after sign-in
 * or after 7 idle days, and are replaced (new id) on every sign-in so a planted id is worthless.
 */
import { redirect } from "@remix-run/node";
import { eq, lt, or } from "drizzle-orm";
import type { Role } from "./roles";
import { getCurrentUserById, type CurrentUser } from "./user.server";
import { db } from "~db/client.server";
import { sessions } from "~db/schema";
import { clientIp } from "~/platform/client-ip.server";
import { CSRF_COOKIE, SESSION_COOKIE, newToken, readCookie, serializeCookie, sha256 } from "~/platform/cookies.server";
import { hasRole } from "./permissions";

export type { CurrentUser };

const DAY = 86_400_000;
const SESSION_MAX_AGE_SECONDS = 30 * 86_400;
const IDLE_LIMIT_MS = 7 * DAY;
const TOUCH_EVERY_MS = 60_000;

type SessionRow = {
  id: string;
  userId: number | null;
  csrfToken: string;
  data: Record<string, unknown>;
  lastSeenAt: string;
  expiresAt: string;
};

// Several loaders read the session of one request; look it up once.
const perRequest = new WeakMap<Request, SessionRow | null>();

export function readSession(request: Request): SessionRow | null {
  if (perRequest.has(request)) return perRequest.get(request)!;
  const row = lookUp(request);
  perRequest.set(request, row);
  return row;
}

function lookUp(request: Request): SessionRow | null {
  const token = readCookie(request, SESSION_COOKIE);
  if (!token) return null;
  const id = sha256(token);
  const row = db()
    .select({
      id: sessions.id,
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      data: sessions.data,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(eq(sessions.id, id))
    .get();
  if (!row) return null;
  const now = Date.now();
  if (Date.parse(row.expiresAt) <= now || Date.parse(row.lastSeenAt) + IDLE_LIMIT_MS <= now) {
    db().delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  if (Date.parse(row.lastSeenAt) + TOUCH_EVERY_MS <= now) {
    row.lastSeenAt = new Date(now).toISOString();
    db().update(sessions).set({ lastSeenAt: row.lastSeenAt }).where(eq(sessions.id, id)).run();
  }
  return row;
}

export async function getUser(request: Request): Promise<CurrentUser | null> {
  const userId = readSession(request)?.userId;
  return userId ? getCurrentUserById(userId) : null;
}

function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
  return redirect(`/login?${params}`);
}

export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getUser(request);
  if (!user) throw loginRedirect(request);
  return user;
}

export async function requireRole(request: Request, role: Role | Role[]): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!hasRole(user, role)) {
    throw new Response("Your account does not have the role this page needs.", { status: 403 });
  }
  return user;
}

export async function getSessionData(request: Request): Promise<Record<string, unknown>> {
  return { ...(readSession(request)?.data ?? {}) };
}

/** Who is asking, as plain values for the data modules: the signed-in person (or null) and the session's data. */
export async function getVisitor(request: Request): Promise<{ user: CurrentUser | null; sessionData: Record<string, unknown> }> {
  return { user: await getUser(request), sessionData: await getSessionData(request) };
}

/** An approved provider representative, acting only for their provider; anyone else gets 403. */
export async function requireProviderRep(request: Request): Promise<CurrentUser & { providerId: number }> {
  const user = await requireUser(request);
  if (!user.roles.includes("provider_rep") || user.providerId === null) {
    throw new Response("Only an approved provider representative can use the provider dashboard.", { status: 403 });
  }
  return user as CurrentUser & { providerId: number };
}

/** Merges `patch` into the session's data (undefined removes a key), creating a session if needed. */
export async function setSessionData(request: Request, patch: Record<string, unknown>): Promise<Headers> {
  const headers = new Headers();
  const row = readSession(request);
  const data = { ...(row?.data ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  if (row) {
    db().update(sessions).set({ data }).where(eq(sessions.id, row.id)).run();
    row.data = data;
    return headers;
  }
  const csrf = readCookie(request, CSRF_COOKIE);
  const created = insertSession(request, { userId: null, csrfHash: csrf ? sha256(csrf) : "", data });
  headers.append("Set-Cookie", serializeCookie(SESSION_COOKIE, created.token, SESSION_MAX_AGE_SECONDS));
  perRequest.set(request, created.row);
  return headers;
}

function insertSession(
  request: Request,
  { userId, csrfHash, data }: { userId: number | null; csrfHash: string; data: Record<string, unknown> },
) {
  const token = newToken();
  const now = new Date();
  const row: SessionRow = {
    id: sha256(token),
    userId,
    csrfToken: csrfHash,
    data,
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000).toISOString(),
  };
  db()
    .insert(sessions)
    .values({ ...row, ip: clientIp(request), userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null })
    .run();
  pruneExpired(now);
  return { token, row };
}

let lastPrune = 0;
function pruneExpired(now: Date) {
  if (now.getTime() - lastPrune < 3_600_000) return;
  lastPrune = now.getTime();
  const idleCutoff = new Date(now.getTime() - IDLE_LIMIT_MS).toISOString();
  db()
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now.toISOString()), lt(sessions.lastSeenAt, idleCutoff)))
    .run();
}

/**
 * Signs a person in: the old session (if any) is deleted and a new one made, carrying over what an
 * anonymous visitor had stored (a proposed purchase, say). The CSRF token is replaced too, and
 * bound to the new session.
 */
export function createUserSession(request: Request, userId: number): Headers {
  const old = readSession(request);
  const data = old && old.userId === null ? old.data : {};
  if (old) db().delete(sessions).where(eq(sessions.id, old.id)).run();
  const csrf = newToken();
  const { token, row } = insertSession(request, { userId, csrfHash: sha256(csrf), data });
  perRequest.set(request, row);
  const headers = new Headers();
  headers.append("Set-Cookie", serializeCookie(SESSION_COOKIE, token, SESSION_MAX_AGE_SECONDS));
  headers.append("Set-Cookie", serializeCookie(CSRF_COOKIE, csrf, SESSION_MAX_AGE_SECONDS));
  return headers;
}

/** Signs out this browser: the session row goes, and the CSRF token is replaced. */
export function destroySession(request: Request): Headers {
  const row = readSession(request);
  if (row) db().delete(sessions).where(eq(sessions.id, row.id)).run();
  perRequest.set(request, null);
  const headers = new Headers();
  headers.append("Set-Cookie", serializeCookie(SESSION_COOKIE, "", 0));
  headers.append("Set-Cookie", serializeCookie(CSRF_COOKIE, newToken(), SESSION_MAX_AGE_SECONDS));
  return headers;
}
