/**
 * The request mix for `npm run load`: catalogue (with facets), search, product pages and review
 * writes by signed-in agency staff. Every reply is timed per kind; every acknowledged review
 * (302 to ?saved=1) is recorded so the caller can check it reached the database.
 */
import type http from "node:http";
import { percentile, request } from "./http";
import { reviewForm, type Reviewer } from "./reviewers";

export type Kind = "catalogue" | "search" | "product" | "review write" | "minimal";

export interface Tally {
  samples: Map<Kind, number[]>;
  statuses: Map<string, number>;
  serverErrors: number;
  networkErrors: number;
  acknowledged: { userId: number; productId: number }[];
  /** Requests over 10 s, split by whether they opened their connection: tells a connect storm from a slow server. */
  slow: { first: number; later: number };
  opening: number[];
}

function newTally(): Tally {
  return {
    samples: new Map(),
    statuses: new Map(),
    serverErrors: 0,
    networkErrors: 0,
    acknowledged: [],
    slow: { first: 0, later: 0 },
    opening: [],
  };
}

const CATALOGUE = ["/products", "/products?model=SaaS", "/products?page=2", "/products?irapStatus=current", "/products?model=IaaS&page=1"];

/** Each reviewer reviews a different run of products, at most `perUser` (the daily limit). */
export function reviewQueue(reviewers: Reviewer[], products: { id: number; slug: string }[], perUser: number) {
  const queue: { reviewer: Reviewer; product: { id: number; slug: string } }[] = [];
  for (let k = 0; k < perUser; k++)
    reviewers.forEach((reviewer, i) => queue.push({ reviewer, product: products[(i * perUser + k) % products.length] }));
  return queue;
}

export interface MixOptions {
  agent: http.Agent;
  bases: string[];
  connections: number;
  durationMs: number;
  products: { id: number; slug: string }[];
  searchTerms: string[];
  writes: ReturnType<typeof reviewQueue>;
  minimalOnly?: boolean;
}

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

export async function runMix(o: MixOptions): Promise<{ tally: Tally; seconds: number }> {
  const tally = newTally();
  const started = performance.now();
  const until = started + o.durationMs;
  let written = 0;
  const opened = new Set<number>();
  const record = (kind: Kind, status: number, ms: number, worker: number) => {
    const first = !opened.has(worker);
    if (ms > 10_000) tally.slow[first ? "first" : "later"]++;
    opened.add(worker);
    // Every connection's first request lands in one burst of N at once, all served side by side
    // and all late: kept apart so the percentiles describe the steady state.
    if (first) tally.opening.push(ms);
    else {
      if (!tally.samples.has(kind)) tally.samples.set(kind, []);
      tally.samples.get(kind)!.push(ms);
    }
    tally.statuses.set(String(status), (tally.statuses.get(String(status)) ?? 0) + 1);
    if (status >= 500) tally.serverErrors++;
  };
  const worker = async (w: number) => {
    const base = o.bases[w % o.bases.length];
    while (performance.now() < until) {
      const roll = Math.random();
      try {
        if (o.minimalOnly) {
          const r = await request(o.agent, `${base}/bench/minimal`);
          record("minimal", r.status, r.ms, w);
        } else if (roll < 0.15 && written < o.writes.length) {
          const { reviewer, product } = o.writes[written++];
          const r = await request(o.agent, `${base}/products/${product.slug}/review`, {
            headers: { cookie: reviewer.cookie },
            form: reviewForm(reviewer.csrf, written),
          });
          record("review write", r.status, r.ms, w);
          if (r.status === 302 && /saved=1/.test(String(r.headers.location)))
            tally.acknowledged.push({ userId: reviewer.id, productId: product.id });
        } else if (roll < 0.45) {
          const r = await request(o.agent, `${base}${pick(CATALOGUE)}`);
          record("catalogue", r.status, r.ms, w);
        } else if (roll < 0.65) {
          const r = await request(o.agent, `${base}/search?q=${encodeURIComponent(pick(o.searchTerms))}`);
          record("search", r.status, r.ms, w);
        } else {
          const r = await request(o.agent, `${base}/products/${pick(o.products).slug}`);
          record("product", r.status, r.ms, w);
        }
      } catch {
        tally.networkErrors++;
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, (_, w) => worker(w)));
  return { tally, seconds: (performance.now() - started) / 1000 };
}

export function summarise(tally: Tally, seconds: number) {
  const rows: Record<string, { requests: number; rps: number; p50: number; p99: number }> = {};
  const all: number[] = [];
  for (const [kind, samples] of tally.samples) {
    samples.sort((a, b) => a - b);
    all.push(...samples);
    rows[kind] = { requests: samples.length, rps: samples.length / seconds, p50: percentile(samples, 50), p99: percentile(samples, 99) };
  }
  all.sort((a, b) => a - b);
  const opening = [...tally.opening].sort((a, b) => a - b);
  rows["opening burst"] = { requests: opening.length, rps: NaN, p50: percentile(opening, 50), p99: opening.at(-1) ?? NaN };
  rows.all = { requests: all.length, rps: all.length / seconds, p50: percentile(all, 50), p99: percentile(all, 99) };
  return rows;
}

export function printTable(title: string, rows: ReturnType<typeof summarise>) {
  console.log(`\n${title}`);
  console.log(`${"kind".padEnd(14)}${"requests".padStart(10)}${"req/s".padStart(10)}${"p50 ms".padStart(10)}${"p99 ms".padStart(10)}`);
  console.log("(opening burst: every connection's first request, sent all at once; its p99 column is the maximum)");
  for (const [kind, r] of Object.entries(rows)) {
    console.log(
      `${kind.padEnd(14)}${String(r.requests).padStart(10)}${(Number.isNaN(r.rps) ? "-" : r.rps.toFixed(1)).padStart(10)}${r.p50.toFixed(1).padStart(10)}${r.p99.toFixed(1).padStart(10)}`,
    );
  }
}
