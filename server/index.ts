/**
 * The production server, bundled by `npm run build` into build/server/http.js beside the Remix
 * server build it serves. It reads the app's one configuration module, so a setting means the same
 * here as in a loader.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { config } from "~/platform/config.server";
import { smtpTransport, startOutboxSender } from "~/notifications/sender.server";
import { startScheduledJobs } from "~/jobs/scheduler.server";
import { createApp } from "./app";

const settings = config();
// React and Remix pick their code paths from NODE_ENV when they first load: set it before they do.
process.env.NODE_ENV = settings.NODE_ENV;

const here = path.dirname(fileURLToPath(import.meta.url));
const build = (await import(path.join(here, "index.js"))) as ServerBuild;
// Where the browser assets were written, relative to this bundle: the build fills it in.
declare const ASSETS_FROM_SERVER: string;
const assetsDir = path.resolve(here, ASSETS_FROM_SERVER);

function log(fields: Record<string, unknown>) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
}

const server = createApp({ build, assetsDir, config: settings }).listen(settings.PORT, settings.HOST, () => {
  log({ level: "info", event: "listening", port: settings.PORT });
  if (settings.NODE_ENV === "production" && !settings.publicOriginConfigured) {
    log({
      level: "warn",
      event: "public_origin_unset",
      message: `PUBLIC_ORIGIN is not set: links in e-mails and feeds point at ${settings.PUBLIC_ORIGIN}`,
    });
  }
});
// Every process runs a sender: claims are leased per row, so several processes never send one
// message twice (app/notifications/sender.server.ts). Without SMTP_URL e-mail waits in the outbox.
const sender = settings.SMTP_URL ? startOutboxSender({ transport: smtpTransport(settings.SMTP_URL) }) : undefined;
if (sender) log({ level: "info", event: "outbox_sender_started" });
else if (settings.NODE_ENV === "production" && settings.ENABLE_DEV_MAILBOX !== "1") {
  log({ level: "warn", event: "smtp_url_unset", message: "SMTP_URL is not set: e-mail waits in the outbox and nobody receives it" });
}
// Reminders, digests and saved-search checks: safe in every process (each job sends once), so
// no cron is needed; SCHEDULED_JOBS=0 turns them off where something else runs `npm run jobs`.
const jobs = settings.SCHEDULED_JOBS === "1" ? startScheduledJobs({ intervalMs: settings.JOBS_INTERVAL_SECONDS * 1000 }) : undefined;

// Node closes a keep-alive connection 5 s after its last response. Under load a client's next
// request can already be on the wire when that timer fires, and it is lost as a reset connection
// (it never reaches the app). Keep idle connections longer than clients and proxies do (60 s).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

// Finish in-flight requests before exiting when the platform asks us to stop.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    // A message being sent finishes (and is marked sent) before the process ends.
    jobs?.stop();
    server.close(() => void (sender?.stop() ?? Promise.resolve()).then(() => process.exit(0)));
    // close() drops connections idle right now; a keep-alive client that keeps sending would hold
    // its socket open past the deadline, so drop each connection as soon as its response is done.
    setInterval(() => server.closeIdleConnections(), 100).unref();
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
