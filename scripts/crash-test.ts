/**
 * `npm run crash-test [-- --rounds 10]`: kills server.js with SIGKILL at a random moment while
 * reviews and shortlists are being written, ten times. After each kill the database must pass
 * PRAGMA integrity_check and hold every write the server had acknowledged (answered 302) before
 * it died. 127.0.0.1 only; bounded in rounds and time.
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import { buildApp, loadAverage, prepareDatabase, startServer, stopServer, tempDir, type RunningServer } from "./lib/harness";
import { makeAgent, request } from "./lib/http";
import { reviewQueue } from "./lib/mix";
import { createReviewers, integrityCheck, missingReviews, productSlugs, reviewForm, signInAll } from "./lib/reviewers";

const roundsFlag = process.argv.indexOf("--rounds");
const rounds = Math.min(roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 10, 50);
const WRITERS = 20;

const dir = tempDir("crash");
let server: RunningServer | undefined;
try {
  console.log(`Building into ${dir} and seeding a temp database...`);
  const buildDir = buildApp(dir);
  const databasePath = prepareDatabase(dir);
  const users = await createReviewers(databasePath, 300, "crash");
  const agent = makeAgent(WRITERS);
  server = await startServer({ buildDir, databasePath });
  const reviewers = await signInAll(agent, server.base, users);
  const queue = reviewQueue(reviewers, productSlugs(databasePath), 5);
  const ackedReviews: { userId: number; productId: number }[] = [];
  const ackedShortlists: { userId: number; id: number }[] = [];
  const results: { round: number; killedAfterMs: number; acknowledged: number; integrity: string; missing: number }[] = [];
  let next = 0;
  let shortlistNumber = 0;

  for (let round = 1; round <= rounds; round++) {
    server ??= await startServer({ buildDir, databasePath });
    const live = server;
    let stop = false;
    const before = ackedReviews.length + ackedShortlists.length;
    const writer = async (w: number) => {
      while (!stop) {
        // Reviews are limited per person and product, so once the queue is used up every writer
        // creates shortlists: each round keeps writing until the kill, however long it lasts.
        const reviewing = w % 2 === 0 && next < queue.length;
        const { reviewer, product } = reviewing ? queue[next++] : queue[shortlistNumber++ % queue.length];
        try {
          if (reviewing) {
            const r = await request(agent, `${live.base}/products/${product.slug}/review`, {
              headers: { cookie: reviewer.cookie },
              form: reviewForm(reviewer.csrf, next),
            });
            if (r.status === 302 && /saved=1/.test(String(r.headers.location)))
              ackedReviews.push({ userId: reviewer.id, productId: product.id });
          } else {
            const r = await request(agent, `${live.base}/shortlists`, {
              headers: { cookie: reviewer.cookie },
              form: { csrf: reviewer.csrf, intent: "create", name: `Crash round ${round} #${shortlistNumber}` },
            });
            const id = /^\/shortlists\/(\d+)$/.exec(String(r.headers.location))?.[1];
            if (r.status === 302 && id) ackedShortlists.push({ userId: reviewer.id, id: Number(id) });
          }
        } catch {
          return; // the server died mid-request: nothing was acknowledged
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    const killAfter = 300 + Math.floor(Math.random() * 2700);
    await new Promise((r) => setTimeout(r, killAfter));
    live.process.kill("SIGKILL");
    await live.exited;
    stop = true;
    await Promise.all(writers);
    server = undefined;
    agent.destroy();

    const integrity = integrityCheck(databasePath);
    const sqlite = new Database(databasePath);
    const findShortlist = sqlite.prepare("select 1 from shortlists where id = ? and user_id = ?");
    const lostShortlists = ackedShortlists.filter((s) => findShortlist.get(s.id, s.userId) === undefined).length;
    sqlite.close();
    const missing = missingReviews(databasePath, ackedReviews).length + lostShortlists;
    results.push({
      round,
      killedAfterMs: killAfter,
      acknowledged: ackedReviews.length + ackedShortlists.length - before,
      integrity,
      missing,
    });
    console.log(
      `round ${round}: killed after ${killAfter} ms, ${results.at(-1)!.acknowledged} writes acknowledged this round, integrity ${integrity}, acknowledged writes missing ${missing}`,
    );
  }
  // A round that acknowledged nothing proves nothing, so it fails too.
  const ok = results.every((r) => r.integrity === "ok" && r.missing === 0 && r.acknowledged > 0);
  console.log(`Load average ${loadAverage()}`);
  console.log(
    JSON.stringify({
      ok,
      rounds: results.length,
      acknowledgedReviews: ackedReviews.length,
      acknowledgedShortlists: ackedShortlists.length,
      results,
    }),
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  if (server) await stopServer(server);
  fs.rmSync(dir, { recursive: true, force: true });
}
