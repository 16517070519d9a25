/**
 * Builds the app, prepares a migrated and seeded SQLite file, and starts the real production
 * server on a free port for the browser tests. Nothing is mocked: the tests drive what users get.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databasePath: string;
    /** The production build the server runs, for tests that start a server of their own. */
    buildDir: string;
  }
}

let server: ChildProcess | undefined;
let dir: string | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitForHealthy(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server at ${url} did not become healthy`);
}

export default async function setup(project: TestProject) {
  const root = process.cwd();
  // Inside the checkout (gitignored .cache/), not the system temp folder: the server bundle built
  // there must resolve its packages from this project's node_modules.
  fs.mkdirSync(path.join(root, ".cache"), { recursive: true });
  dir = fs.mkdtempSync(path.join(root, ".cache", "e2e-"));
  const databasePath = path.join(dir, "e2e.db");
  const env = {
    ...process.env,
    CX_BUILD_DIR: path.join(dir, "build"),
    DATABASE_PATH: databasePath,
    SEARCH_INDEX_PATH: path.join(dir, "search-index.bin"),
  };

  // Vitest sets NODE_ENV=test; the server runs the production build, so build it as production.
  execFileSync("npm", ["run", "build"], { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: "ignore" });
  execFileSync("npx", ["tsx", "db/migrate.ts"], { cwd: root, env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "seed/seed.ts"], { cwd: root, env, stdio: "ignore" });

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  server = spawn("node", ["server.js"], {
    cwd: root,
    // ENABLE_DEV_MAILBOX: the account tests read the outbox at /dev/mailbox, as a developer would.
    // SCHEDULED_JOBS=0: reminders and digests would add mail at whatever hour the tests run;
    // test/e2e/watches.test.ts starts a server of its own that runs them, with a real SMTP server.
    env: {
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_ORIGIN: baseURL,
      NODE_ENV: "production",
      ENABLE_DEV_MAILBOX: "1",
      SCHEDULED_JOBS: "0",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealthy(baseURL, 30_000);
  project.provide("baseURL", baseURL);
  project.provide("databasePath", databasePath);
  project.provide("buildDir", env.CX_BUILD_DIR);

  return async () => {
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
