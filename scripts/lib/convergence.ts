/**
 * Two processes on one database file: does a write made through one show on the other? Pages read
 * SQLite directly; search rebuilds its Lunr index per process when data_version moves, so that is
 * the one to time.
 */
import type http from "node:http";
import Database from "better-sqlite3";
import { request } from "./http";
import type { Reviewer } from "./reviewers";

/** Adds a product as an import would (straight into the file) and times until /search finds it on each server. */
export async function searchConvergence(agent: http.Agent, databasePath: string, bases: string[], timeoutMs = 60_000) {
  const token = `Zephyrquill${Date.now().toString(36)}`;
  const sqlite = new Database(databasePath);
  sqlite.pragma("busy_timeout = 5000");
  const provider = sqlite.prepare("select id from providers order by id limit 1").get() as { id: number };
  sqlite
    .prepare("insert into products (slug, provider_id, name, summary, service_model, listed_on) values (?, ?, ?, ?, 'SaaS', ?)")
    .run(token.toLowerCase(), provider.id, `${token} Records`, "Inserted by the two-process check.", new Date().toISOString().slice(0, 10));
  sqlite.close();
  const started = performance.now();
  return Promise.all(
    bases.map(async (base) => {
      while (performance.now() - started < timeoutMs) {
        const r = await request(agent, `${base}/search?q=${token}`);
        if (r.status === 200 && r.body.includes(`/products/${token.toLowerCase()}`)) return Math.round(performance.now() - started);
        await new Promise((res) => setTimeout(res, 50));
      }
      return null;
    }),
  );
}

/** A shortlist created through the first server is listed by the second, for the same session. */
export async function crossProcessWrite(agent: http.Agent, [a, b]: string[], reviewer: Reviewer) {
  const name = `Two-process check ${Date.now()}`;
  const created = await request(agent, `${a}/shortlists`, {
    headers: { cookie: reviewer.cookie },
    form: { csrf: reviewer.csrf, intent: "create", name },
  });
  const started = performance.now();
  const listed = await request(agent, `${b}/shortlists`, { headers: { cookie: reviewer.cookie } });
  return { created: created.status, visibleOnOther: listed.body.includes(name), ms: Math.round(performance.now() - started) };
}
