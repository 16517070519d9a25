/** Minimal cookie reading and writing for the two cookies the app owns (cx_session, cx_csrf). */
import { createHash, randomBytes } from "node:crypto";
import { secureCookies } from "./config.server";

export const SESSION_COOKIE = "cx_session";
export const CSRF_COOKIE = "cx_csrf";
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function readCookie(request: Request, name: string): string | null {
  return readCookieHeader(request.headers.get("cookie"), name);
}

/** The named token from a Cookie header, or null when it is absent or not of the token's form. */
export function readCookieHeader(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return TOKEN.test(value) ? value : null;
  }
  return null;
}

/** 32 random bytes, base64url: the form of every secret token the app hands out. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function serializeCookie(name: string, value: string, maxAgeSeconds: number): string {
  const parts = [`${name}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`];
  if (secureCookies()) parts.push("Secure");
  return parts.join("; ");
}
