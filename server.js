// The production server: Express serving Remix, static assets, and a liveness probe.
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

// React and Remix pick their production code paths from NODE_ENV, read when they first load.
process.env.NODE_ENV ??= "production";
const build = await import(path.resolve("build/index.js"));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const app = express();
app.disable("x-powered-by");
app.use(compression());
// Fingerprinted assets can be cached forever; everything else in public/ briefly.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
app.get("/healthz", (_req, res) => res.type("text/plain").send("ok"));
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

const server = app.listen(port, host, () => {
  console.log(`Cloud Exchange listening on http://localhost:${port}`);
});

// Finish in-flight requests before exiting when the platform asks us to stop.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
