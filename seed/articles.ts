/**
 * Seeds the guidance articles in seed/articles/*.md. Idempotent: an article is added only when its
 * slug is absent, so re-running never overwrites an editor's changes. Each file starts with a
 * small front matter block of `key: value` lines (lists comma-separated); `products` names a
 * catalogue category, from which up to three sample products carrying one of the article's badge
 * kinds are linked.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.server";
import { articles, badges, categories, productCategories, products, users } from "../db/schema";
import { parseTagList } from "../app/guidance/article-input";
import { isArticleStatus, type ArticleStatus } from "../app/guidance/workflow";
import { writeArticleLinks, writeRevision } from "../app/guidance/article-write.server";

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "articles");
const EDITOR_EMAIL = "editor@dta.gov.au";

export interface SeedArticle {
  slug: string;
  title: string;
  summary: string;
  agency: string;
  status: ArticleStatus;
  applicability: string;
  principles: number[];
  tags: string;
  badges: string[];
  productCategory: string | null;
  published: string;
  body: string;
}

/**
 * A value in quotes, as YAML writes one that holds a colon, is the text inside them: the title
 * "Principle 1: …" reads Principle 1: … ('' inside single quotes and \" inside double quotes are
 * a quote character).
 */
function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1).replace(/\\(["\\])/g, "$1");
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

export function parseArticleFile(name: string, text: string): SeedArticle {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n?/g, "\n"));
  if (!m) throw new Error(`${name}: missing front matter`);
  const meta = new Map<string, string>();
  for (const line of m[1].split("\n")) {
    const i = line.indexOf(":");
    if (i > 0) meta.set(line.slice(0, i).trim(), unquote(line.slice(i + 1).trim()));
  }
  const need = (k: string) => {
    const v = meta.get(k);
    if (!v) throw new Error(`${name}: front matter needs "${k}"`);
    return v;
  };
  const list = (k: string) =>
    (meta.get(k) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const status = need("status");
  if (!isArticleStatus(status)) throw new Error(`${name}: unknown status ${status}`);
  return {
    slug: need("slug"),
    title: need("title"),
    summary: need("summary"),
    agency: need("agency"),
    status,
    applicability: meta.get("applicability") ?? "",
    principles: list("principles").map(Number),
    tags: meta.get("tags") ?? "",
    badges: list("badges"),
    productCategory: meta.get("products") || null,
    published: need("published"),
    body: m[2].trim() + "\n",
  };
}

export function loadSeedArticles(): SeedArticle[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseArticleFile(f, fs.readFileSync(path.join(DIR, f), "utf8")));
}

function relatedProductIds(db: Pick<Db, "select">, category: string | null, kinds: string[]): number[] {
  if (!category) return [];
  const inCategory = db
    .select({ id: products.id })
    .from(products)
    .innerJoin(productCategories, eq(productCategories.productId, products.id))
    .innerJoin(categories, eq(categories.id, productCategories.categoryId))
    .where(and(eq(categories.slug, category), eq(products.source, "sample")))
    .orderBy(asc(products.name))
    .all()
    .map((p) => p.id);
  if (inCategory.length === 0 || kinds.length === 0) return inCategory.slice(0, 3);
  const carrying = new Set(
    db
      .select({ id: badges.productId })
      .from(badges)
      .where(and(inArray(badges.productId, inCategory), inArray(badges.kind, kinds)))
      .all()
      .map((b) => b.id),
  );
  return inCategory.filter((id) => carrying.has(id)).slice(0, 3);
}

export function seedArticles(db: Db): { added: number } {
  const editorId = db.select({ id: users.id }).from(users).where(eq(users.email, EDITOR_EMAIL)).get()?.id ?? null;
  let added = 0;
  db.transaction((tx) => {
    for (const a of loadSeedArticles()) {
      if (tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, a.slug)).get()) continue;
      const at = `${a.published}T00:00:00.000Z`;
      const row = tx
        .insert(articles)
        .values({
          slug: a.slug,
          title: a.title,
          summary: a.summary,
          body: a.body,
          status: a.status,
          responsibleAgency: a.agency,
          applicability: a.applicability,
          principles: a.principles,
          badgeKinds: a.badges,
          authorId: editorId,
          publishedAt: a.status === "published" || a.status === "archived" ? at : null,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: articles.id })
        .get();
      writeArticleLinks(tx, row.id, { tags: parseTagList(a.tags), productIds: relatedProductIds(tx, a.productCategory, a.badges) });
      writeRevision(tx, row.id, editorId);
      added++;
    }
  });
  return { added };
}
