// The production server: Express serving Remix, static assets, and a liveness probe.
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

// React and Remix pick their production code paths from NODE_ENV, read when they first load.
process.env.NODE_ENV ??= "production";
// CX_BUILD_DIR: a build made elsewhere (see remix.config.js); the default is `npm run build`'s output.
const buildDir = process.env.CX_BUILD_DIR;
const build = await import(path.resolve(buildDir ? `${buildDir}/server/index.js` : "build/index.js"));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const app = express();
app.disable("x-powered-by");
const production = process.env.NODE_ENV === "production";
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
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
app.use("/build", express.static(buildDir ? `${buildDir}/public` : "public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
app.get("/healthz", (_req, res) => res.type("text/plain").send("ok"));

// Behind a load balancer set TRUST_PROXY (e.g. "1" or its address) so req.ip is the visitor's.
const trustProxy = process.env.TRUST_PROXY;
app.set("trust proxy", trustProxy === undefined ? "loopback" : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
const CSRF_COOKIE = "cx_csrf";
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
app.use((req, res, next) => {
  // The app reads the visitor's address from this header (app/auth/client-ip.server.ts): never the client's.
  req.headers["x-cx-client-ip"] = req.ip ?? req.socket.remoteAddress ?? "";
  // Open data (JSON, CSV, feeds) is cacheable by shared caches and has no forms: never set a cookie there.
  if (/^\/api\/|\.(csv|xml)$|^\/readyz$/.test(req.path)) return next();
  // Every visitor gets a CSRF token (app/auth/csrf.server.ts); it is added to this request's own
  // cookies too, so the very first page can already render forms with it.
  const current = /(?:^|;\s*)cx_csrf=([^;]*)/.exec(req.headers.cookie ?? "")?.[1];
  if (!current || !TOKEN.test(current)) {
    const token = randomBytes(32).toString("base64url");
    const secure = process.env.NODE_ENV === "production" ? "; Secure" : "";
    res.append("Set-Cookie", `${CSRF_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000${secure}`);
    const others = (req.headers.cookie ?? "").replace(/(?:^|;\s*)cx_csrf=[^;]*/g, "").replace(/^;\s*/, "");
    req.headers.cookie = others ? `${others}; ${CSRF_COOKIE}=${token}` : `${CSRF_COOKIE}=${token}`;
  }
  next();
});
// Every action reads an HTML form; anything else is a client error, answered here rather than as a
// parse failure deep in an action.
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
app.use((req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  if (FORM_TYPES.test(req.headers["content-type"] ?? "")) return next();
  res.status(415).type("text/plain").send("Send this as an HTML form (application/x-www-form-urlencoded or multipart/form-data).");
});
// Pages render one or two at a time, the rest wait their turn in arrival order. Rendering is all
// CPU on one thread, so rendering more at once is no faster; it only interleaves them. And Node
// accepts one new connection per turn of its event loop: when a turn advanced every waiting render,
// a turn grew long under load and a newly opened connection waited a minute while open ones were
// served again and again (npm run load: opening requests up to 65 s). Assets and /healthz, above,
// never queue here.
const RENDER_SLOTS = Math.max(1, Number(process.env.RENDER_SLOTS ?? 2));
// A slot is held until its response ends, and never longer than this: a reader that stalls a
// streamed page or a download must not stall every other page.
const SLOT_LIMIT_MS = 10_000;
const queue = [];
let rendering = 0;
function admitNext() {
  while (rendering < RENDER_SLOTS && queue.length > 0) {
    const { req, res, next } = queue.shift();
    // Whoever gave up while waiting costs nothing.
    if (req.socket.destroyed) continue;
    rendering++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(limit);
      rendering--;
      // On the next tick, so responses that end at once never nest admissions on the stack.
      setImmediate(admitNext);
    };
    const limit = setTimeout(release, SLOT_LIMIT_MS);
    res.once("finish", release);
    res.once("close", release);
    next();
  }
}
app.use((req, res, next) => {
  queue.push({ req, res, next });
  admitNext();
});
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce }) }));

const server = app.listen(port, host, () => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", event: "listening", port })}\n`);
});
// Node closes a keep-alive connection 5 s after its last response. Under load a client's next
// request can already be on the wire when that timer fires, and it is lost as a reset connection
// (it never reaches the app). Keep idle connections longer than clients and proxies do (60 s).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

// Finish in-flight requests before exiting when the platform asks us to stop.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // close() drops connections idle right now; a keep-alive client that keeps sending would hold
    // its socket open past the deadline, so drop each connection as soon as its response is done.
    setInterval(() => server.closeIdleConnections(), 100).unref();
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
