/**
 * The index worker: one long-lived worker thread per process, started on first use. Starting a
 * worker costs time, which would eat the freshness budget on every write; kept alive it only
 * builds. It is unref'd, so an idle worker never keeps the process (or a test run) alive, and a
 * dead one is replaced on the next job.
 *
 * In the built app the worker is search-worker.js, bundled beside the server build by
 * scripts/build-server.mjs. Run from source (vitest, tsx scripts) it is index-worker.mjs beside
 * this module, which teaches the thread TypeScript first.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { IndexJob, IndexJobResult } from "./index-worker.server";

function workerEntry(): URL {
  const candidates = [new URL("./search-worker.js", import.meta.url), new URL("./index-worker.mjs", import.meta.url)];
  const found = candidates.find((url) => url.protocol === "file:" && fs.existsSync(fileURLToPath(url)));
  if (!found) throw new Error(`Search index worker not found; looked for ${candidates.map((u) => u.href).join(", ")}`);
  return found;
}

type Success = Extract<IndexJobResult, { ok: true }>;
interface Pending {
  resolve: (r: Success) => void;
  reject: (e: Error) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function startWorker(): Worker {
  const w = new Worker(workerEntry());
  w.unref();
  w.on("message", (message: IndexJobResult & { id: number }) => {
    const p = pending.get(message.id);
    if (!p) return;
    pending.delete(message.id);
    if (message.ok) p.resolve(message);
    else p.reject(new Error(`Search index worker failed: ${message.error}`));
  });
  w.on("error", (error) => {
    if (worker === w) worker = undefined;
    failAll(error);
  });
  w.on("exit", (code) => {
    if (worker === w) worker = undefined;
    failAll(new Error(`Search index worker exited with code ${code}`));
  });
  return w;
}

/** Builds (or loads a newer persisted) index off the main thread. */
export function runIndexWorker(job: IndexJob): Promise<Success> {
  worker ??= startWorker();
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, ...job });
  });
}

/** Starts the worker ahead of the first job, so that its start-up is not on a write's clock. */
export function warmIndexWorker(): void {
  try {
    worker ??= startWorker();
  } catch {
    // Reported by the first real job.
  }
}
