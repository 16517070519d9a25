/**
 * The Express application around Remix: request ids and the access log, the headers every response
 * carries, static assets, the CSRF cookie, and the render queue. Settings come from the app's one
 * configuration module.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { CSRF_MESSAGE, isCrossSite, issueCsrfCookie } from "~/accounts/csrf.server";
import { CLIENT_IP_HEADER } from "~/platform/client-ip.server";
import type { Config } from "~/platform/config.server";
import { renderSlots } from "./render-slots";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
// Every action reads an HTML form; anything else is a client error, answered here rather than as a
// parse failure deep in an action.
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
// Open data (JSON, CSV, feeds) is cacheable by shared caches and has no forms: never set a cookie there.
const COOKIELESS = /^\/api\/|^\/feed\/|\.(csv|xml)$|^\/readyz$/;

function trustProxySetting(value: string): string | number {
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function createApp({ build, assetsDir, config }: { build: ServerBuild; assetsDir: string; config: Config }) {
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer TRUST_PROXY (e.g. "1" or its address) makes req.ip the visitor's.
  app.set("trust proxy", trustProxySetting(config.TRUST_PROXY));
  const production = config.NODE_ENV === "production";

  app.use((req, res, next) => {
    // A request id from the proxy in front is kept (so its logs and ours line up); otherwise a new one.
    const given = req.headers["x-request-id"];
    const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    req.headers["x-request-id"] = id;
    res.setHeader("X-Request-Id", id);
    // Per-request CSP nonce, read by app/entry.server.tsx through the load context.
    res.locals.cspNonce = randomBytes(16).toString("base64");
    // Headers for every response; the page CSP itself is set with the nonce in app/entry.server.tsx.
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (production) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    // One JSON access-log line per request: the path only, since query strings can carry tokens.
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const line = {
        time: new Date().toISOString(),
        level: res.statusCode >= 500 ? "error" : "info",
        event: "request",
        requestId: id,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    });
    next();
  });
  app.use(compression());
  // Fingerprinted assets can be cached forever; everything else in public/ briefly.
  app.use("/build", express.static(assetsDir, { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.get("/healthz", (_req, res) => res.type("text/plain").send("ok"));

  app.use((req, res, next) => {
    // The app reads the visitor's address from this header (app/platform/client-ip.server.ts), never the client's.
    req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? "";
    if (COOKIELESS.test(req.path)) return next();
    const issued = issueCsrfCookie(req.headers.cookie);
    if (issued) {
      res.append("Set-Cookie", issued.setCookie);
      req.headers.cookie = issued.cookieHeader;
    }
    next();
  });
  app.use((req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    if (FORM_TYPES.test(req.headers["content-type"] ?? "")) return next();
    res.status(415).type("text/plain").send("Send this as an HTML form (application/x-www-form-urlencoded or multipart/form-data).");
  });
  app.use((req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    // Remix checks Origin itself before any action runs and answers a mismatch with a bare 500
    // (throwIfPotentialCSRFAttack in @remix-run/server-runtime), so the actions' verifyCsrf never got
    // to say 403. Apply the app's rule first, against the host Remix compares with.
    const host = req.get("x-forwarded-host")?.split(",")[0]?.trim() || req.get("host") || "";
    if (!isCrossSite({ fetchSite: req.get("sec-fetch-site") ?? null, origin: req.get("origin") ?? null, host })) return next();
    res.status(403).type("text/plain").send(CSRF_MESSAGE);
  });
  app.use(renderSlots(config.RENDER_SLOTS));
  app.all("*", createRequestHandler({ build, mode: config.NODE_ENV, getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce }) }));
  return app;
}
