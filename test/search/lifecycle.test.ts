/**
 * The index's life: built in a worker thread on first use, found fresh about two seconds after a
 * write, persisted so that a restart loads it, and converging when a process starts with a stale
 * file or when several processes share one database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connection, db, openDatabase, type Connection } from "~db/client.server";
import { products, providers } from "~db/schema";
import { searchIndexPath, config } from "~/platform/config.server";
import { IndexHolder } from "~/search/index-holder.server";
import { parseQuery } from "~/search/query-parser.server";
import { runQuery } from "~/search/engine.server";
import { peekDataVersion } from "~/search/persist.server";
import { readDataVersion } from "~/search/documents.server";
import { search, searchIds, searchIndex } from "~/search/search.server";

let providerId: number;
const others: Connection[] = [];

beforeAll(() => {
  providerId = db().insert(providers).values({ slug: "acme-cloud", name: "Acme Cloud" }).returning({ id: providers.id }).get().id;
  db()
    .insert(products)
    .values({
      slug: "acme-kubernetes",
      providerId,
      name: "Acme Kubernetes Engine",
      serviceModel: "PaaS",
      description: "Managed Kubernetes clusters.",
      listedOn: "2025-01-01",
    })
    .run();
});

afterAll(() => others.forEach((c) => c.sqlite.close()));

function addProduct(name: string, conn: Connection = connection()) {
  const slug = name.toLowerCase().replace(/\W+/g, "-");
  return conn.db
    .insert(products)
    .values({ slug, providerId, name, serviceModel: "SaaS", description: `${name} for agencies.`, listedOn: "2025-01-01" })
    .returning({ id: products.id })
    .get().id;
}

async function within(ms: number, found: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await found()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not found within ${ms} ms`);
}

function holderFor(conn: Connection) {
  return new IndexHolder({ databasePath: config().DATABASE_PATH, indexPath: searchIndexPath(), sqlite: () => conn.sqlite, log: () => {} });
}

async function holderFinds(holder: IndexHolder, word: string) {
  const index = await holder.acquire(0);
  return !!index && runQuery(index, parseQuery(word), { type: "product" }).hits.length > 0;
}

describe("search index lifecycle", () => {
  it("builds the first index in a worker and persists it with its data version", async () => {
    const page = await search({ q: "kubernetes" });
    expect(page.status).toBe("ready");
    expect(page.results.map((r) => r.url)).toEqual(["/products/acme-kubernetes"]);
    await searchIndex().settled();
    expect(peekDataVersion(searchIndexPath())).toBe(readDataVersion(connection().sqlite));
  });

  it("loads the persisted index on restart instead of rebuilding", async () => {
    await searchIndex().settled();
    const conn = openDatabase(config().DATABASE_PATH);
    others.push(conn);
    const restarted = holderFor(conn);
    const index = await restarted.acquire(0);
    expect(index?.dataVersion).toBe(readDataVersion(connection().sqlite));
    expect(runQuery(index!, parseQuery("kubernetes"), {}).hits).toHaveLength(1);
    expect(restarted.rebuildInFlight).toBe(false);
  });

  it("finds a new product within about two seconds of the write", async () => {
    await search({ q: "warm" });
    const id = addProduct("Quillfeather Records Vault");
    const ms = await within(2_000, async () => (await searchIds({ q: "quillfeather", type: "product" })).includes(id));
    expect(ms).toBeLessThan(2_000);
  });

  it("serves a stale persisted index at start, then converges on the database", async () => {
    await searchIndex().settled();
    const fileVersion = peekDataVersion(searchIndexPath());
    // Another process writes after the file was saved...
    const writer = openDatabase(config().DATABASE_PATH);
    others.push(writer);
    addProduct("Marrowind Ledger", writer);
    expect(readDataVersion(writer.sqlite)).toBeGreaterThan(fileVersion!);
    // ...and this process starts: it answers at once from the stale file...
    const reader = openDatabase(config().DATABASE_PATH);
    others.push(reader);
    const starting = holderFor(reader);
    const first = await starting.acquire(0);
    expect(first?.dataVersion).toBe(fileVersion);
    expect(runQuery(first!, parseQuery("marrowind"), {}).hits).toHaveLength(0);
    // ...and catches up in the background.
    await within(2_000, () => holderFinds(starting, "marrowind"));
    await starting.settled();
    expect(peekDataVersion(searchIndexPath())).toBe(readDataVersion(reader.sqlite));
  });

  it("keeps several processes sharing one database in step", async () => {
    const a = openDatabase(config().DATABASE_PATH);
    const b = openDatabase(config().DATABASE_PATH);
    others.push(a, b);
    const holderA = holderFor(a);
    const holderB = holderFor(b);
    await holderA.acquire();
    await holderB.acquire();
    addProduct("Thistledown Payroll", b);
    await within(2_500, async () => (await holderFinds(holderA, "thistledown")) && (await holderFinds(holderB, "thistledown")));
    expect(holderA.dataVersion).toBe(holderB.dataVersion);
  });
});
