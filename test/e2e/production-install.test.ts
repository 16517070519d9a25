/**
 * The built app needs production dependencies only: a copy of the project with the build and
 * `npm prune --omit=dev` applied (no tsx, no esbuild, no TypeScript) migrates with the bundled
 * migrator and serves the catalogue, a product page and search through `npm run serve`.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, inject, it } from "vitest";

const root = process.cwd();
const copy = fs.mkdtempSync(path.join(os.tmpdir(), "cx-production-"));

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

it("after npm prune --omit=dev, the built app migrates and serves the catalogue and search", async () => {
  for (const entry of ["package.json", "package-lock.json", ".npmrc", "server.js", "db", "public", "node_modules"]) {
    fs.cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true, verbatimSymlinks: true });
  }
  // The build the other browser tests run, in its own folder layout (server/ beside public/).
  fs.cpSync(inject("buildDir"), path.join(copy, "build"), { recursive: true });
  fs.rmSync(path.join(copy, "public", "build"), { recursive: true, force: true });
  execFileSync("npm", ["prune", "--omit=dev", "--no-audit", "--no-fund"], { cwd: copy, stdio: "ignore" });
  for (const devOnly of ["tsx", "typescript", "esbuild", "vitest", "@remix-run/dev"]) {
    expect(fs.existsSync(path.join(copy, "node_modules", devOnly)), `${devOnly} was pruned`).toBe(false);
  }

  const databasePath = path.join(copy, "data", "app.db");
  fs.mkdirSync(path.dirname(databasePath));
  fs.copyFileSync(inject("databasePath"), databasePath);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: databasePath, NODE_ENV: "production" };
  const migrated = execFileSync("npm", ["run", "-s", "setup"], { cwd: copy, env, encoding: "utf8" });
  expect(migrated).toMatch(/Database migrated \(\d+ migrations applied\)/);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("npm", ["run", "-s", "serve"], {
    cwd: copy,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", PUBLIC_ORIGIN: base },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    let ready = false;
    for (let i = 0; i < 150 && !ready; i++) {
      ready = await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ready).toBe(true);
    const catalogue = await fetch(`${base}/products`);
    expect(catalogue.status).toBe(200);
    const html = await catalogue.text();
    const slug = /href="\/products\/([a-z0-9-]+)"/.exec(html)?.[1];
    expect(slug).toBeTruthy();
    expect((await fetch(`${base}/products/${slug}`)).status).toBe(200);
    // The search index is built by the bundled worker: wait for it rather than for a fixed time.
    let found = false;
    for (let i = 0; i < 100 && !found; i++) {
      const page = await (await fetch(`${base}/search?q=storage`)).text();
      found = /href="\/products\/[a-z0-9-]+"/.test(page) && !/warming up/i.test(page);
      if (!found) await new Promise((r) => setTimeout(r, 200));
    }
    expect(found).toBe(true);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
});
