/**
 * Cross-site request forgery defence for every POST. The HTTP server gives each visitor a random
 * HttpOnly cx_csrf cookie; pages echo it in a hidden "csrf" field (<CsrfInput />). A forged form
 * from another site cannot read the cookie, so cannot fill the field. For a signed-in session the
 * token must also be the one issued at sign-in, so a cookie planted before sign-in is useless.
 * A cross-site Origin or Sec-Fetch-Site header is refused outright.
 */
import { timingSafeEqual } from "node:crypto";
import { CSRF_COOKIE, newToken, readCookie, readCookieHeader, serializeCookie, sha256 } from "~/platform/cookies.server";
import { readSession } from "./session.server";

const CSRF_FIELD = "csrf";
/** As long as a session can last: a token is replaced at sign-in and sign-out anyway. */
const CSRF_MAX_AGE_SECONDS = 30 * 86_400;
export const CSRF_MESSAGE = "This form has expired or came from another site. Reload the page and try again.";

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Did the request come from another site? Judged from its headers alone, given the host it was sent
 * to, so the HTTP server can apply the same rule before Remix sees the request.
 */
export function isCrossSite({ fetchSite, origin, host }: { fetchSite: string | null; origin: string | null; host: string }): boolean {
  // Browsers that send Sec-Fetch-Site say exactly where the request came from; trust that over
  // Origin, which a strict Referrer-Policy turns into "null" even for same-origin forms.
  if (fetchSite) return fetchSite === "cross-site";
  if (!origin) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function crossSite(request: Request): boolean {
  const { headers } = request;
  return isCrossSite({ fetchSite: headers.get("sec-fetch-site"), origin: headers.get("origin"), host: new URL(request.url).host });
}

/** The token the root loader hands to the page (null before the HTTP server has issued one). */
export function csrfTokenFor(request: Request): string | null {
  return readCookie(request, CSRF_COOKIE);
}

function isCsrfValid(request: Request, formData: FormData): boolean {
  if (crossSite(request)) return false;
  const cookie = readCookie(request, CSRF_COOKIE);
  const field = formData.get(CSRF_FIELD);
  if (!cookie || typeof field !== "string" || !sameText(field, cookie)) return false;
  const session = readSession(request);
  if (session?.userId) return sameText(sha256(cookie), session.csrfToken);
  return true;
}

export async function verifyCsrf(request: Request, formData: FormData): Promise<void> {
  if (!isCsrfValid(request, formData)) {
    throw new Response(CSRF_MESSAGE, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}

/**
 * For the HTTP server, before Remix sees the request: every visitor needs a CSRF cookie, and the
 * very first page must already render forms with it. Given the request's Cookie header, answers
 * the header the app should read (with a new token added when there was none) and the Set-Cookie
 * to send, or null when the visitor already has a well-formed token.
 */
export function issueCsrfCookie(cookieHeader: string | undefined): { cookieHeader: string; setCookie: string } | null {
  if (readCookieHeader(cookieHeader, CSRF_COOKIE)) return null;
  const token = newToken();
  const others = (cookieHeader ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith(`${CSRF_COOKIE}=`));
  return {
    cookieHeader: [...others, `${CSRF_COOKIE}=${token}`].join("; "),
    setCookie: serializeCookie(CSRF_COOKIE, token, CSRF_MAX_AGE_SECONDS),
  };
}
