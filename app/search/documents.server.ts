/**
 * What gets indexed, read straight from SQLite with explicit columns: products (with provider and
 * category names), providers, published articles (with tags) and published reviews (with the
 * product's name). Shared by the index worker and the search page's snippets; it takes a raw
 * better-sqlite3 connection because the worker has no app config or drizzle instance.
 */
import type Database from "better-sqlite3";
import { DOC_BOOSTS } from "./types";
import type { SearchDocument } from "./compact-index.server";

const DATA_VERSION_SQL = "select number from meta where key = 'data_version'";

// Checked on requests, so prepare it once per connection.
const versionStatements = new WeakMap<Database.Database, Database.Statement>();

export function readDataVersion(sqlite: Database.Database): number {
  let statement = versionStatements.get(sqlite);
  if (!statement) versionStatements.set(sqlite, (statement = sqlite.prepare(DATA_VERSION_SQL)));
  const row = statement.get() as { number: number | null } | undefined;
  return row?.number ?? 0;
}

/** Markdown to the words a reader sees: link targets, images, code fences and markup go. */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n/g, "\n")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~]+/g, "");
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join("\n");

const PRODUCTS_SQL = `
  select p.id, p.name, p.summary, p.description, p.service_model as serviceModel,
    p.deployment_model as deploymentModel, pr.name as provider,
    (select group_concat(c.name, ', ') from product_categories pc
       join categories c on c.id = pc.category_id where pc.product_id = p.id) as categories
  from products p join providers pr on pr.id = p.provider_id order by p.id`;

const PROVIDERS_SQL = `select id, name, summary from providers order by id`;

const ARTICLES_SQL = `
  select a.id, a.title, a.summary, a.body,
    (select group_concat(t.name, ', ') from article_tags at
       join tags t on t.id = at.tag_id where at.article_id = a.id) as tags
  from articles a where a.status = 'published' order by a.id`;

const REVIEWS_SQL = `
  select r.id, r.title, r.pros, r.cons, r.use_case as useCase, p.name as product, pr.name as provider
  from reviews r join products p on p.id = r.product_id join providers pr on pr.id = p.provider_id
  where r.status = 'published' order by r.id`;

type Row = Record<string, string | number | null>;
const s = (v: string | number | null | undefined) => (v == null ? "" : String(v));

/** Fields in FIELDS order: name, provider, product, tags, body. */
export function* readDocuments(sqlite: Database.Database): Generator<SearchDocument> {
  for (const r of sqlite.prepare(PRODUCTS_SQL).iterate() as Iterable<Row>) {
    yield {
      type: "product",
      id: Number(r.id),
      boost: DOC_BOOSTS.product,
      fields: [
        s(r.name),
        s(r.provider),
        "",
        join(s(r.categories), s(r.serviceModel), s(r.deploymentModel)),
        join(s(r.summary), s(r.description)),
      ],
    };
  }
  for (const r of sqlite.prepare(PROVIDERS_SQL).iterate() as Iterable<Row>) {
    yield { type: "provider", id: Number(r.id), boost: DOC_BOOSTS.provider, fields: [s(r.name), "", "", "", s(r.summary)] };
  }
  for (const r of sqlite.prepare(ARTICLES_SQL).iterate() as Iterable<Row>) {
    yield {
      type: "article",
      id: Number(r.id),
      boost: DOC_BOOSTS.article,
      fields: [s(r.title), "", "", s(r.tags), join(s(r.summary), markdownText(s(r.body)))],
    };
  }
  for (const r of sqlite.prepare(REVIEWS_SQL).iterate() as Iterable<Row>) {
    yield {
      type: "review",
      id: Number(r.id),
      boost: DOC_BOOSTS.review,
      fields: [s(r.title), s(r.provider), s(r.product), "", join(s(r.pros), s(r.cons), s(r.useCase))],
    };
  }
}
