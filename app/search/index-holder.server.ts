/**
 * One process's copy of the search index and its lifecycle. Several app processes may share one
 * database file, so the index is tied to the data version that triggers bump on every searchable
 * write (db/migrations/0001):
 * - on first use, load the persisted index, even a stale one (better than nothing);
 * - on a request, at most every `checkEveryMs`, compare the database's version with the index's;
 *   when they differ, rebuild in a worker thread while the old index keeps answering;
 * - with no index at all yet, callers may wait for that first build (see acquire).
 */
import type Database from "better-sqlite3";
import { openIndex, type CompactIndex } from "./compact-index.server";
import { warmUp } from "./engine.server";
import { readDataVersion } from "./documents.server";
import { readIndexFile } from "./persist.server";
import { runIndexWorker, warmIndexWorker } from "./rebuild.server";

export interface IndexHolderOptions {
  databasePath: string;
  indexPath: string;
  /** The process's own connection, for the cheap version check. */
  sqlite: () => Database.Database;
  checkEveryMs?: number;
  /** After a failed rebuild, wait this long before trying again. */
  retryAfterMs?: number;
  log?: (message: string) => void;
}

export class IndexHolder {
  private index: CompactIndex | null = null;
  private diskTried = false;
  private checkedAt = -Infinity;
  private retryAt = 0;
  private rebuilding: Promise<void> | null = null;
  private readonly checkEveryMs: number;
  private readonly retryAfterMs: number;
  private readonly log: (message: string) => void;

  constructor(private readonly options: IndexHolderOptions) {
    this.checkEveryMs = options.checkEveryMs ?? 500;
    this.retryAfterMs = options.retryAfterMs ?? 5_000;
    this.log = options.log ?? ((m) => console.log(m));
  }

  /**
   * The index to answer with now, after a (throttled) freshness check. When there is no index
   * yet, waits up to `waitMs` for the first build; null means it is still warming up.
   */
  async acquire(waitMs = Infinity): Promise<CompactIndex | null> {
    this.loadFromDiskOnce();
    this.refreshIfStale();
    if (this.index || !this.rebuilding || waitMs <= 0) return this.index;
    if (!Number.isFinite(waitMs)) {
      // setTimeout clamps Infinity to 1 ms, which would give up at once: wait for the build itself.
      await this.rebuilding;
      return this.index;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
    await Promise.race([this.rebuilding, timeout]);
    clearTimeout(timer);
    return this.index;
  }

  /** For tests and tools: wait until any rebuild in flight has finished. */
  async settled(): Promise<void> {
    while (this.rebuilding) await this.rebuilding;
  }

  get rebuildInFlight(): boolean {
    return this.rebuilding !== null;
  }

  get dataVersion(): number | null {
    return this.index?.dataVersion ?? null;
  }

  private open(parts: Parameters<typeof openIndex>[0]): CompactIndex {
    const index = openIndex(parts);
    warmUp(index);
    return index;
  }

  private loadFromDiskOnce() {
    if (this.diskTried) return;
    this.diskTried = true;
    warmIndexWorker();
    try {
      const parts = readIndexFile(this.options.indexPath);
      if (parts) this.index = this.open(parts);
    } catch (error) {
      // A damaged or old-format file is only a missed shortcut: the check below rebuilds.
      this.log(`Search index at ${this.options.indexPath} not loaded: ${(error as Error).message}`);
    }
  }

  private refreshIfStale(force = false) {
    const now = Date.now();
    if (!force && this.index && now - this.checkedAt < this.checkEveryMs) return;
    this.checkedAt = now;
    if (this.rebuilding || now < this.retryAt) return;
    let version: number;
    try {
      version = readDataVersion(this.options.sqlite());
    } catch (error) {
      this.log(`Search could not read the data version: ${(error as Error).message}`);
      return;
    }
    if (this.index?.dataVersion === version) return;
    this.rebuilding = (async () => {
      const ok = await this.rebuild();
      this.rebuilding = null;
      // Writes that landed during the build: catch up now rather than on the next request.
      if (ok) this.refreshIfStale(true);
    })();
  }

  private async rebuild(): Promise<boolean> {
    try {
      const result = await runIndexWorker({ databasePath: this.options.databasePath, indexPath: this.options.indexPath });
      this.index = this.open(result.parts);
      this.log(
        `Search index at data version ${result.parts.dataVersion} ${result.source === "file" ? "loaded" : "built"} in ${Math.round(result.ms)} ms`,
      );
    } catch (error) {
      this.retryAt = Date.now() + this.retryAfterMs;
      this.log(`Search index rebuild failed (serving the previous index): ${(error as Error).message}`);
      return false;
    }
    return true;
  }
}
