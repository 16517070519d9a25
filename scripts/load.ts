/**
 * `npm run load [-- --duration 60 --connections 200 --users 300 --processes 1]`: a bounded load
 * against 127.0.0.1 only. Builds into a temp folder, seeds a temp database, starts server.js (one
 * or two processes on the same file), runs the mix, then the same connections against
 * /bench/minimal (this stack's ceiling here). Fails on any 5xx, network error or lost write.
 */
import fs from "node:fs";
import path from "node:path";
import { crossProcessWrite, searchConvergence } from "./lib/convergence";
import { buildApp, loadAverage, prepareDatabase, startServer, stopServer, tempDir, type RunningServer } from "./lib/harness";
import { makeAgent } from "./lib/http";
import { printTable, reviewQueue, runMix, summarise } from "./lib/mix";
import { createReviewers, missingReviews, productSlugs, signInAll } from "./lib/reviewers";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}
const durationS = Math.min(flag("duration", 60), 600);
const connections = Math.min(flag("connections", 200), 1000);
const userCount = flag("users", 300);
const processes = Math.min(flag("processes", 1), 4);

const dir = tempDir("load");
const servers: RunningServer[] = [];
try {
  console.log(`Building into ${dir} and seeding a temp database...`);
  const buildDir = buildApp(dir);
  const databasePath = prepareDatabase(dir);
  const users = await createReviewers(databasePath, userCount);
  for (let i = 0; i < processes; i++) servers.push(await startServer({ buildDir, databasePath }));
  const bases = servers.map((s) => s.base);
  const agent = makeAgent(connections);
  const reviewers = await signInAll(agent, bases[0], users);
  const products = productSlugs(databasePath);
  const searchTerms = [...new Set(products.map((p) => p.slug.split("-")[0]))].slice(0, 40);
  const warm = await runMix({ agent, bases, connections: 10, durationMs: 3000, products, searchTerms, writes: [] });
  if (warm.tally.serverErrors) throw new Error("5xx during warm-up");

  const loadBefore = loadAverage();
  console.log(`Load: ${connections} connections for ${durationS} s on ${processes} process(es); load average before ${loadBefore}`);
  const app = await runMix({
    agent,
    bases,
    connections,
    durationMs: durationS * 1000,
    products,
    searchTerms,
    writes: reviewQueue(reviewers, products, 5),
  });
  const appRows = summarise(app.tally, app.seconds);
  const loadAfterApp = loadAverage();
  const lost = missingReviews(databasePath, app.tally.acknowledged);
  // Fresh sockets: the server may be closing ones left idle by the first run (keep-alive timeout).
  agent.destroy();
  const minimalAgent = makeAgent(connections);
  const minimal = await runMix({
    agent: minimalAgent,
    bases,
    connections,
    durationMs: durationS * 1000,
    products,
    searchTerms,
    writes: [],
    minimalOnly: true,
  });
  const minimalRows = summarise(minimal.tally, minimal.seconds);
  const convergence =
    processes > 1
      ? {
          searchFoundAfterMs: await searchConvergence(minimalAgent, databasePath, bases),
          shortlist: await crossProcessWrite(minimalAgent, bases, reviewers[0]),
        }
      : null;

  printTable(
    `App mix (${processes} process(es), ${connections} connections, ${app.seconds.toFixed(1)} s; load average after ${loadAfterApp})`,
    appRows,
  );
  printTable(`Minimal Remix page /bench/minimal (same connections and duration; load average after ${loadAverage()})`, minimalRows);
  console.log(
    `\nStatuses: ${JSON.stringify(Object.fromEntries(app.tally.statuses))}; 5xx ${app.tally.serverErrors}; network errors ${app.tally.networkErrors}`,
  );
  console.log(
    `Requests over 10 s: app ${app.tally.slow.first} first-on-connection / ${app.tally.slow.later} later; minimal ${minimal.tally.slow.first} / ${minimal.tally.slow.later}`,
  );
  console.log(`Review writes acknowledged ${app.tally.acknowledged.length}, missing from the database afterwards ${lost.length}`);
  if (convergence) {
    console.log(
      `Product added to the file: found by /search after ${convergence.searchFoundAfterMs.map((ms, i) => `${ms ?? "never"} ms on process ${i + 1}`).join(", ")}`,
    );
    console.log(
      `Shortlist created on process 1: answered ${convergence.shortlist.created}, listed on process 2: ${convergence.shortlist.visibleOnOther}`,
    );
  }
  const ok =
    app.tally.serverErrors + minimal.tally.serverErrors === 0 &&
    app.tally.networkErrors + minimal.tally.networkErrors === 0 &&
    lost.length === 0 &&
    (!convergence || (convergence.searchFoundAfterMs.every((ms) => ms !== null) && convergence.shortlist.visibleOnOther));
  console.log(
    JSON.stringify({
      ok,
      processes,
      connections,
      durationS,
      loadAverage: { before: loadBefore, afterApp: loadAfterApp },
      app: appRows,
      minimal: minimalRows,
      statuses: Object.fromEntries(app.tally.statuses),
      serverErrors: app.tally.serverErrors + minimal.tally.serverErrors,
      networkErrors: app.tally.networkErrors + minimal.tally.networkErrors,
      slowOver10s: { app: app.tally.slow, minimal: minimal.tally.slow },
      acknowledgedWrites: app.tally.acknowledged.length,
      lostWrites: lost.length,
      convergence,
    }),
  );
  process.exitCode = ok ? 0 : 1;
  minimalAgent.destroy();
} finally {
  for (const s of servers) await stopServer(s);
  if (fs.existsSync(dir)) fs.rmSync(path.resolve(dir), { recursive: true, force: true });
}
