/**
 * `npm run bench:search -- --products 40000 [--skip-plain] [--fresh]`
 *
 * Builds a corpus of N products (sentences recombined from the FedRAMP Marketplace feed, with
 * providers, published reviews and guidance articles in proportion) in a migrated SQLite file,
 * then measures, each engine in its own fresh child process:
 *   ours        the compact typed-array index (app/search)
 *   plain Lunr  lunr 2.3.9 over the same documents, fields and boosts (the "before")
 *   FTS5        SQLite FTS5 with bm25 over the same documents: a yardstick only
 * build time, load time, resident memory, and cold query latency (every query in the fixed set
 * runs once; there is no result cache to hit). The last line printed is one JSON object.
 */
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import lunr from "lunr";
import { migrateDatabase, openDatabase } from "~db/client.server";
import { buildIndex, openIndex, type SearchDocument } from "~/search/compact-index.server";
import { readDataVersion, readDocuments } from "~/search/documents.server";
import { runQuery, warmUp } from "~/search/engine.server";
import { readIndexFile, writeIndexFile } from "~/search/persist.server";
import { parseQuery } from "~/search/query-parser.server";
import { FIELDS, FIELD_NAMES } from "~/search/types";

const SCRIPT = fileURLToPath(import.meta.url);
const CORPUS = path.resolve(path.dirname(SCRIPT), "../seed/corpora/fedramp-marketplace.json");
const WORK = path.join(os.tmpdir(), "cloud-exchange-bench");
/** Bump when the generator changes, so a cached corpus of the old shape is not reused. */
const CORPUS_VERSION = 2;

/** Common words, multi-word, names, prefixes, misspellings and Lunr syntax; fixed order. */
const QUERIES: { q: string; kind: "word" | "prefix" | "typo" | "syntax" }[] = [
  ...["cloud", "data", "security", "government", "management", "platform", "service", "access", "compliance", "analytics"].map((q) => ({
    q,
    kind: "word" as const,
  })),
  ...[
    "cloud security",
    "data management platform",
    "identity and access management",
    "secure file sharing for agencies",
    "incident response automation",
    "customer relationship management",
    "continuous monitoring compliance",
    "email security gateway",
    "kubernetes",
    "salesforce",
    "zoom",
    "splunk",
    "okta",
  ].map((q) => ({ q, kind: "word" as const })),
  ...["kube", "secur", "analyt", "govcl", "infra", "collab", "encrypt"].map((q) => ({ q, kind: "prefix" as const })),
  ...["kuberntes", "securty", "analitics", "goverment", "managment", "complience", "platfrom"].map((q) => ({ q, kind: "typo" as const })),
  ...["secur*", "kubernetes~1", "+cloud +security", "name:cloud", "cloud -aws"].map((q) => ({ q, kind: "syntax" as const })),
];

// ---------------------------------------------------------------------------------------------
// Corpus
// ---------------------------------------------------------------------------------------------

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Feed {
  products: { cso: string; csp: string; service_desc: string; business_function: string[]; service_model: string[] }[];
}

function generate(file: string, products: number) {
  const feed = JSON.parse(fs.readFileSync(CORPUS, "utf8")) as Feed;
  const rand = prng(products);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const sentences = feed.products
    .flatMap((p) => p.service_desc.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=[A-Z])/))
    .filter((s) => s.length > 30);
  const nameWords = [...new Set(feed.products.flatMap((p) => p.cso.split(/[\s,()/-]+/)).filter((w) => /^[A-Za-z]{3,}$/.test(w)))];
  const categories = [...new Set(feed.products.flatMap((p) => p.business_function).filter(Boolean))];
  const syllables =
    "ka zen tor vi lux ar qua mo rix sol ne tra pix dor ly ven bel cor da fi gra hex io jun kel lum mer nov or pra quo rel sy tek ul vor wex xi yo zu".split(
      " ",
    );
  // Real catalogues are full of one-off brand names and model codes; they make a vocabulary large.
  const brand = () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(syllables))
      .join("")
      .replace(/^./, (c) => c.toUpperCase());
  const model = () => `${pick(["X", "Pro", "GX", "V", "One"])}${Math.floor(rand() * 9000) + 100}`;
  const paragraph = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, () => pick(sentences)).join(" ");

  const conn = openDatabase(file);
  migrateDatabase(conn);
  const db = conn.sqlite;
  const insert = {
    provider: db.prepare("insert into providers (slug, name, summary) values (?, ?, ?)"),
    category: db.prepare("insert into categories (slug, name) values (?, ?)"),
    product: db.prepare(
      "insert into products (slug, provider_id, name, summary, description, service_model, listed_on) values (?, ?, ?, ?, ?, ?, '2025-01-01')",
    ),
    productCategory: db.prepare("insert or ignore into product_categories (product_id, category_id) values (?, ?)"),
    user: db.prepare("insert into users (email, password_hash, display_name) values ('bench@example.gov.au', 'x', 'Bench')"),
    review: db.prepare(
      "insert into reviews (product_id, user_id, status, overall, title, pros, cons, use_case, data_classification, deployment_size, months_in_use) values (?, ?, 'published', ?, ?, ?, ?, ?, 'OFFICIAL', 'medium', 12)",
    ),
    tag: db.prepare("insert into tags (slug, name) values (?, ?)"),
    article: db.prepare(
      "insert into articles (slug, title, summary, body, status, responsible_agency) values (?, ?, ?, ?, 'published', 'Digital Transformation Agency')",
    ),
    articleTag: db.prepare("insert or ignore into article_tags (article_id, tag_id) values (?, ?)"),
  };
  db.transaction(() => {
    const providerCount = Math.max(1, Math.round(products / 4));
    for (let i = 1; i <= providerCount; i++) {
      insert.provider.run(
        `provider-${i}`,
        `${brand()} ${pick(["Technologies", "Pty Ltd", "Solutions", "Cloud", "Systems", "Group"])}`,
        paragraph(1, 2),
      );
    }
    categories.forEach((c, i) => insert.category.run(`category-${i}`, c));
    for (let i = 1; i <= products; i++) {
      const name = `${rand() < 0.6 ? `${brand()} ` : ""}${pick(nameWords)} ${pick(nameWords)}${rand() < 0.3 ? ` ${pick(["for Government", "GovCloud", "Enterprise", "Suite", "Platform", "Cloud"])}` : ""}${rand() < 0.2 ? ` ${model()}` : ""}`;
      const description = `${name} ${paragraph(3, 8)}${rand() < 0.5 ? ` Integrates with ${brand()} and ${brand()}.` : ""}`;
      insert.product.run(
        `product-${i}`,
        1 + Math.floor(rand() * providerCount),
        name,
        pick(sentences),
        description,
        pick(["IaaS", "PaaS", "SaaS"]),
      );
      for (let c = 0; c < 1 + Math.floor(rand() * 3); c++) insert.productCategory.run(i, 1 + Math.floor(rand() * categories.length));
    }
    const user = Number(insert.user.run().lastInsertRowid);
    for (let i = 1; i <= Math.round(products / 2); i++) {
      const first = pick(sentences).split(" ").slice(0, 6).join(" ");
      insert.review.run(i, user, 1 + Math.floor(rand() * 5), first, paragraph(1, 3), paragraph(1, 2), paragraph(1, 2));
    }
    const tags = [
      "irap",
      "hosting",
      "procurement",
      "privacy",
      "security",
      "identity",
      "data sovereignty",
      "essential eight",
      "contracts",
      "risk",
    ];
    tags.forEach((t, i) => insert.tag.run(`tag-${i}`, t));
    for (let i = 1; i <= Math.max(1, Math.round(products / 50)); i++) {
      insert.article.run(
        `article-${i}`,
        `${pick(["Choosing", "Assessing", "Buying", "Migrating to", "Securing"])} ${pick(nameWords)} ${pick(nameWords)}`,
        pick(sentences),
        paragraph(20, 40),
      );
      for (let t = 0; t < 2 + Math.floor(rand() * 3); t++) insert.articleTag.run(i, 1 + Math.floor(rand() * tags.length));
    }
  })();
  conn.sqlite.close();
}

// ---------------------------------------------------------------------------------------------
// Measurements, each in a child process so that memory and warm-up are its own
// ---------------------------------------------------------------------------------------------

type Stats = Record<string, number | string | null | undefined>;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Wall-clock latency of each query, run once. CPU time is reported beside it because a busy
 * machine inflates wall-clock time without saying so.
 */
function latencies(run: (q: (typeof QUERIES)[number]) => unknown): Stats {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const query of QUERIES) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    run(query);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  if (process.env.BENCH_VERBOSE) QUERIES.forEach((q, i) => console.error(`  ${q.q.padEnd(36)} ${wall[i].toFixed(2)} ms`));
  return {
    p50_ms: round(percentile(wall, 50)),
    p95_ms: round(percentile(wall, 95)),
    max_ms: round(Math.max(...wall)),
    cpu_p50_ms: round(percentile(cpu, 50)),
    cpu_p95_ms: round(percentile(cpu, 95)),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);
const mb = (file: string) => round(fs.statSync(file).size / 1e6);

function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, round(performance.now() - started)];
}

function documents(dbFile: string): SearchDocument[] {
  const sqlite = new Database(dbFile, { readonly: true });
  const docs = [...readDocuments(sqlite)];
  sqlite.close();
  return docs;
}

const CHILDREN: Record<string, (dbFile: string, dir: string) => Stats> = {
  "ours-build"(dbFile, dir) {
    const docs = documents(dbFile);
    const sqlite = new Database(dbFile, { readonly: true });
    const [parts, build_ms] = time(() => buildIndex(docs, readDataVersion(sqlite)));
    const [, persist_ms] = time(() => writeIndexFile(path.join(dir, "ours.json"), parts, { current: true }));
    return {
      docs: docs.length,
      terms: parts.terms.split("\n").length,
      build_ms,
      persist_ms,
      file_mb: mb(path.join(dir, "ours.json")),
      build_rss_mb: rssMb(),
    };
  },
  "ours-serve"(_dbFile, dir) {
    // As the app loads it (index-holder.server.ts): read, open, and warm the JIT up.
    const [index, load_ms] = time(() => {
      const opened = openIndex(readIndexFile(path.join(dir, "ours.json"))!);
      warmUp(opened);
      return opened;
    });
    const stats = latencies(({ q }) => runQuery(index, parseQuery(q), { limit: 10 }));
    return { load_ms, rss_mb: rssMb(), ...stats };
  },
  "ours-unwarmed"(_dbFile, dir) {
    // The same without the warm-up: the first queries run in V8's interpreter.
    const index = openIndex(readIndexFile(path.join(dir, "ours.json"))!);
    const { p50_ms, p95_ms } = latencies(({ q }) => runQuery(index, parseQuery(q), { limit: 10 }));
    return { unwarmed_p50_ms: p50_ms, unwarmed_p95_ms: p95_ms };
  },
  "lunr-build"(dbFile, dir) {
    const docs = documents(dbFile);
    const [index, build_ms] = time(() =>
      lunr(function () {
        this.ref("ref");
        for (const f of FIELDS) this.field(f.name, { boost: f.boost });
        for (const d of docs)
          this.add({ ref: `${d.type}:${d.id}`, ...Object.fromEntries(FIELD_NAMES.map((n, i) => [n, d.fields[i]])) }, { boost: d.boost });
      }),
    );
    const build_rss_mb = rssMb();
    try {
      fs.writeFileSync(path.join(dir, "lunr.json"), JSON.stringify(index));
      return { build_ms, build_rss_mb, file_mb: mb(path.join(dir, "lunr.json")) };
    } catch (error) {
      // Past ~512 MB of JSON a V8 string cannot hold the index: plain Lunr cannot persist it.
      return { build_ms, build_rss_mb, file_mb: null, persist_error: (error as Error).message };
    }
  },
  "lunr-serve"(_dbFile, dir) {
    const file = path.join(dir, "lunr.json");
    if (!fs.existsSync(file)) return { load_ms: null };
    const [index, load_ms] = time(() => lunr.Index.load(JSON.parse(fs.readFileSync(file, "utf8"))));
    const stats = latencies(({ q }) => {
      try {
        return index.search(q);
      } catch {
        return []; // plain Lunr throws on some input; the time still counts
      }
    });
    return { load_ms, rss_mb: rssMb(), ...stats };
  },
  "fts5-build"(dbFile, dir) {
    const docs = documents(dbFile);
    const file = path.join(dir, "fts5.db");
    fs.rmSync(file, { force: true });
    const fts = new Database(file);
    fts.pragma("journal_mode = WAL");
    const [, build_ms] = time(() => {
      fts.exec(
        "create virtual table docs using fts5(name, provider, product, tags, body, type unindexed, ref unindexed, tokenize = 'porter unicode61')",
      );
      const insert = fts.prepare("insert into docs (name, provider, product, tags, body, type, ref) values (?, ?, ?, ?, ?, ?, ?)");
      fts.transaction(() => docs.forEach((d) => insert.run(...d.fields, d.type, d.id)))();
    });
    fts.close();
    return { build_ms, file_mb: mb(file) };
  },
  "fts5-serve"(_dbFile, dir) {
    const [fts, load_ms] = time(() => new Database(path.join(dir, "fts5.db"), { readonly: true }));
    const top = fts.prepare("select type, ref, bm25(docs, 10, 5, 5, 3, 1) as score from docs where docs match ? order by score limit 10");
    const counts = fts.prepare("select type, count(*) as n from docs where docs match ? group by type");
    const stats = latencies(({ q, kind }) => {
      // The nearest FTS5 equivalent: words OR'd (Lunr's default), prefixes as prefix queries.
      const words = q
        .replace(/[+:~*^-]|\b(name|aws)\b:?/g, " ")
        .split(/\s+/)
        .filter(Boolean);
      const match = words.map((w) => `"${w.replace(/"/g, "")}"${kind === "prefix" || q.includes("*") ? "*" : ""}`).join(" OR ");
      if (!match) return;
      top.all(match);
      counts.all(match);
    });
    return { load_ms, rss_mb: rssMb(), ...stats };
  },
};

function child(name: string, dbFile: string, dir: string): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const proc = fork(SCRIPT, ["--child", name, dbFile, dir], { execArgv: [...process.execArgv, "--max-old-space-size=8192"] });
    proc.once("message", (m) => resolve(m as Stats));
    proc.once("exit", (code) => (code ? reject(new Error(`${name} exited with ${code}`)) : undefined));
  });
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    const [, name, dbFile, dir] = args;
    process.send!(CHILDREN[name](dbFile, dir));
    process.exit(0);
  }
  const products = Number(args[args.indexOf("--products") + 1] ?? NaN);
  if (!Number.isInteger(products) || products < 1 || !args.includes("--products")) {
    console.error("usage: npm run bench:search -- --products N [--skip-plain] [--fresh]");
    process.exit(2);
  }
  const dir = path.join(WORK, `${products}-v${CORPUS_VERSION}`);
  const dbFile = path.join(dir, "bench.db");
  if (args.includes("--fresh")) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(dbFile)) {
    const [, ms] = time(() => generate(dbFile, products));
    console.log(`corpus: ${products} products generated in ${Math.round(ms)} ms at ${dbFile}`);
  }

  const ours = {
    ...(await child("ours-build", dbFile, dir)),
    ...(await child("ours-serve", dbFile, dir)),
    ...(await child("ours-unwarmed", dbFile, dir)),
  };
  console.log("ours      ", JSON.stringify(ours));
  let plain: Stats = {};
  if (!args.includes("--skip-plain")) {
    plain = { ...(await child("lunr-build", dbFile, dir)), ...(await child("lunr-serve", dbFile, dir)) };
    console.log("plain lunr", JSON.stringify(plain));
  }
  const fts5 = { ...(await child("fts5-build", dbFile, dir)), ...(await child("fts5-serve", dbFile, dir)) };
  console.log("fts5      ", JSON.stringify(fts5));

  console.log(
    JSON.stringify({
      products,
      docs: ours.docs,
      terms: ours.terms,
      build_ms: ours.build_ms,
      load_ms: ours.load_ms,
      rss_mb: ours.rss_mb,
      p50_ms: ours.p50_ms,
      p95_ms: ours.p95_ms,
      cpu_p95_ms: ours.cpu_p95_ms,
      unwarmed_p95_ms: ours.unwarmed_p95_ms,
      index_file_mb: ours.file_mb,
      fts5_build_ms: fts5.build_ms,
      fts5_p50_ms: fts5.p50_ms,
      fts5_p95_ms: fts5.p95_ms,
      fts5_cpu_p95_ms: fts5.cpu_p95_ms,
      lunr_build_ms: plain.build_ms ?? null,
      lunr_load_ms: plain.load_ms ?? null,
      lunr_rss_mb: plain.rss_mb ?? null,
      lunr_p50_ms: plain.p50_ms ?? null,
      lunr_p95_ms: plain.p95_ms ?? null,
      lunr_cpu_p95_ms: plain.cpu_p95_ms ?? null,
      queries: QUERIES.length,
    }),
  );
}

await main();
