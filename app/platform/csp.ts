/**
 * The Content Security Policy for HTML documents. Scripts run only from our own origin or with
 * this response's nonce (Remix's hydration data and scroll restoration are inline scripts), so an
 * injected <script> cannot run. Styles may be inline because emotion (the design system) writes
 * <style> tags at render time; styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** A nonce must be unguessable and fresh for every response: 128 random bits. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

const NONCE = /^[A-Za-z0-9+/=_-]{16,64}$/;

/** The nonce server.js made for this request, or a fresh one (tests and other servers). */
export function nonceFrom(loadContext: unknown): string {
  const given = (loadContext as { cspNonce?: unknown } | undefined)?.cspNonce;
  return typeof given === "string" && NONCE.test(given) ? given : createNonce();
}
