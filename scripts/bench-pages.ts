/**
 * `npm run bench:pages`: server render times for the catalogue pages, side by side for the
 * 120-product sample seed and for the seed plus the 436-product FedRAMP import. Each dataset gets
 * its own temp database and a production server; requests are sequential, after a warm-up, so the
 * figures are per-request latency rather than throughput.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const REQUESTS = Number(process.argv.find((a) => a.startsWith("--requests="))?.split("=")[1] ?? 40);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(url: string) {
  for (let i = 0; i < 5; i++) await (await fetch(url)).text();
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const res = await fetch(url);
    await res.text();
    if (res.status >= 500) throw new Error(`${url} answered ${res.status}`);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function measure(label: string, withFedramp: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pages-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: path.join(dir, "bench.db"), NODE_ENV: "production" };
  execFileSync("npx", ["tsx", "db/migrate.ts"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "seed/seed.ts"], { env, stdio: "ignore" });
  if (withFedramp) execFileSync("npx", ["tsx", "seed/import-fedramp.ts"], { env, stdio: "ignore" });
  const port = await freePort();
  const server = spawn("node", ["server.js"], { env: { ...env, PORT: String(port), HOST: "127.0.0.1" }, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/healthz`);
    const list = await (await fetch(`${base}/products`)).text();
    const slug = /href="\/products\/([a-z0-9-]+)"/.exec(list)?.[1];
    const products = (await (await fetch(`${base}/products`)).text()).match(/(\d+) of (\d+) products/)?.[2];
    const pages: Record<string, string> = {
      "/products": "/products",
      "/products (3 facets, page 2)": "/products?model=SaaS&irapStatus=current&cert=iso27001&page=2",
      "/products/:slug": `/products/${slug}`,
      "/providers": "/providers",
    };
    const rows: Record<string, { p50: number; p95: number }> = {};
    for (const [name, url] of Object.entries(pages)) rows[name] = await time(`${base}${url}`);
    return { label, products: Number(products), rows };
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (!fs.existsSync("build/server/http.js"))
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
const a = await measure("sample seed", false);
const b = await measure("seed + FedRAMP", true);
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\nServer render time, ${REQUESTS} sequential requests each (ms)`);
console.log(`${pad("page", 32)}${pad(`${a.label} (${a.products})`, 26)}${b.label} (${b.products})`);
for (const page of Object.keys(a.rows)) {
  const f = (r: { p50: number; p95: number }) => `p50 ${r.p50.toFixed(1)}  p95 ${r.p95.toFixed(1)}`;
  console.log(`${pad(page, 32)}${pad(f(a.rows[page]), 26)}${f(b.rows[page])}`);
}
console.log(JSON.stringify({ requests: REQUESTS, [a.label]: a, [b.label]: b }));
