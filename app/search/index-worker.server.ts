/**
 * Runs in the worker thread that rebuild.server.ts starts, off the request path: brings the index
 * up to the database's data version and hands it to the main thread without copying (transferred
 * buffers). If another process has already written an index file for that version, loading that
 * file is cheaper than building.
 */
import { parentPort } from "node:worker_threads";
import Database from "better-sqlite3";
import { buildIndex, transferList, type IndexParts } from "./compact-index.server";
import { readDataVersion, readDocuments } from "./documents.server";
import { peekDataVersion, readIndexFile, writeIndexFile } from "./persist.server";

export interface IndexJob {
  databasePath: string;
  indexPath: string;
}
export type IndexJobResult = { ok: true; parts: IndexParts; source: "built" | "file"; ms: number } | { ok: false; error: string };

function run({ databasePath, indexPath }: IndexJob): IndexJobResult {
  const started = performance.now();
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 5000");
    const version = readDataVersion(sqlite);
    if (peekDataVersion(indexPath) === version) {
      const parts = readIndexFile(indexPath);
      if (parts?.dataVersion === version) return { ok: true, parts, source: "file", ms: performance.now() - started };
    }
    // One read transaction: the version recorded is the version of exactly these rows.
    const parts = sqlite.transaction(() => buildIndex(readDocuments(sqlite), readDataVersion(sqlite)))();
    writeIndexFile(indexPath, parts, { current: readDataVersion(sqlite) === parts.dataVersion });
    return { ok: true, parts, source: "built", ms: performance.now() - started };
  } finally {
    sqlite.close();
  }
}

// Jobs arrive one at a time and run synchronously, so answers come back in order.
parentPort?.on("message", ({ id, ...job }: IndexJob & { id: number }) => {
  let result: IndexJobResult;
  try {
    result = run(job);
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage({ id, ...result }, result.ok ? transferList(result.parts) : []);
});
