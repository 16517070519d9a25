/**
 * Shared by the operations scripts: a production build in a temp folder (never the developer's
 * build/), a migrated and seeded temp database, and real `node server.js` processes on 127.0.0.1.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * Inside the checkout's .cache/ (git-ignored), not the system temp folder: the server build
 * imports its packages from node_modules, which Node finds only by walking up from the build.
 */
export function tempDir(prefix: string): string {
  fs.mkdirSync(".cache", { recursive: true });
  return fs.mkdtempSync(path.join(path.resolve(".cache"), `cx-${prefix}-`));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Builds the app as production into `<dir>/build`; returns that folder for CX_BUILD_DIR. */
export function buildApp(dir: string): string {
  const buildDir = path.join(dir, "build");
  execFileSync("npm", ["run", "build"], { env: { ...process.env, CX_BUILD_DIR: buildDir, NODE_ENV: "production" }, stdio: "ignore" });
  return buildDir;
}

/** A migrated database with the sample seed, at `<dir>/<name>`. */
export function prepareDatabase(dir: string, name = "ops.db"): string {
  const databasePath = path.join(dir, name);
  const env = { ...process.env, DATABASE_PATH: databasePath };
  execFileSync("npx", ["tsx", "db/migrate.ts"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "seed/seed.ts"], { env, stdio: "ignore" });
  return databasePath;
}

export interface RunningServer {
  base: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

export async function startServer({
  buildDir,
  databasePath,
  searchIndexPath,
}: {
  buildDir: string;
  databasePath: string;
  searchIndexPath?: string;
}): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn("node", ["server.js"], {
    env: {
      ...process.env,
      CX_BUILD_DIR: buildDir,
      DATABASE_PATH: databasePath,
      SEARCH_INDEX_PATH: searchIndexPath ?? `${databasePath}.${port}.search-index.json`,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      // The load mix compares pages with /bench/minimal, which exists only when asked for.
      ENABLE_BENCH_ROUTES: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  await waitForHealthy(base, child);
  return { base, process: child, exited };
}

async function waitForHealthy(base: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server.js exited with ${child.exitCode} before answering`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${base}/healthz`);
}

export async function stopServer(server: RunningServer, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill(signal);
  return server.exited;
}

/** The 1-minute load average, reported with every figure: the machine is shared. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ");
}
