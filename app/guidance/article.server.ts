/**
 * Reading guidance articles. Every query names its columns, and anything a visitor can reach
 * filters on status = 'published' unless the caller has said the reader is an editor.
 */
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "~db/client.server";
import { articleProducts, articleRevisions, articles, articleTags, products, providers, tags, users } from "~db/schema";
import type { ArticleStatus } from "./workflow";

const listColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  status: articles.status,
  responsibleAgency: articles.responsibleAgency,
  principles: articles.principles,
  badgeKinds: articles.badgeKinds,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
};

function tagsFor(articleIds: number[]): Map<number, { slug: string; name: string }[]> {
  const byArticle = new Map<number, { slug: string; name: string }[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = db()
    .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(inArray(articleTags.articleId, articleIds))
    .orderBy(asc(tags.name))
    .all();
  for (const r of rows) byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), { slug: r.slug, name: r.name }]);
  return byArticle;
}

function withTags<T extends { id: number }>(rows: T[]) {
  const map = tagsFor(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, tags: map.get(r.id) ?? [] }));
}

/** Published articles, newest first, optionally by principle number and tag slug. */
export function listPublishedArticles({ principle, tag }: { principle?: number; tag?: string } = {}) {
  const tagged = tag
    ? sql`${articles.id} in (select ${articleTags.articleId} from ${articleTags} join ${tags} on ${tags.id} = ${articleTags.tagId} where ${tags.slug} = ${tag})`
    : undefined;
  const rows = db()
    .select(listColumns)
    .from(articles)
    .where(and(eq(articles.status, "published"), tagged))
    .orderBy(desc(articles.publishedAt), asc(articles.title))
    .all();
  return withTags(principle ? rows.filter((r) => r.principles.includes(principle)) : rows);
}

/** Every article whatever its status, for the editors' list. */
export function listArticlesForEditors() {
  return withTags(db().select(listColumns).from(articles).orderBy(desc(articles.updatedAt)).all());
}

/** Tags on published articles, with how many each has, for the filter. */
export function listPublishedTags() {
  return db()
    .select({ slug: tags.slug, name: tags.name, count: count(articleTags.articleId) })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, and(eq(articles.id, articleTags.articleId), eq(articles.status, "published")))
    .groupBy(tags.id)
    .orderBy(asc(tags.name))
    .all();
}

/** One article with its tags and related products; null when missing or not visible to the reader. */
export function getArticleBySlug({ slug, includeUnpublished }: { slug: string; includeUnpublished: boolean }) {
  const article = db()
    .select({
      ...listColumns,
      body: articles.body,
      applicability: articles.applicability,
      helpfulYes: articles.helpfulYes,
      helpfulNo: articles.helpfulNo,
      createdAt: articles.createdAt,
    })
    .from(articles)
    .where(and(eq(articles.slug, slug), includeUnpublished ? undefined : eq(articles.status, "published")))
    .get();
  if (!article) return null;
  const related = db()
    .select({ slug: products.slug, name: products.name, providerName: providers.name, serviceModel: products.serviceModel })
    .from(articleProducts)
    .innerJoin(products, eq(articleProducts.productId, products.id))
    .innerJoin(providers, eq(products.providerId, providers.id))
    .where(eq(articleProducts.articleId, article.id))
    .orderBy(asc(products.name))
    .all();
  return { ...article, status: article.status as ArticleStatus, tags: tagsFor([article.id]).get(article.id) ?? [], products: related };
}

/**
 * Published guidance for a product page: articles linked to the product first, then those that
 * explain one of the kinds of badge the product carries (most shared kinds first).
 */
export function relatedArticlesForProduct({
  productId,
  badgeKinds,
  limit = 5,
}: {
  productId: number;
  badgeKinds: string[];
  limit?: number;
}) {
  const linked = new Set(
    db()
      .select({ id: articleProducts.articleId })
      .from(articleProducts)
      .where(eq(articleProducts.productId, productId))
      .all()
      .map((r) => r.id),
  );
  const kinds = new Set(badgeKinds);
  return db()
    .select({ id: articles.id, slug: articles.slug, title: articles.title, summary: articles.summary, badgeKinds: articles.badgeKinds })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(asc(articles.title))
    .all()
    .map((a) => ({ ...a, linked: linked.has(a.id), shared: a.badgeKinds.filter((k) => kinds.has(k)).length }))
    .filter((a) => a.linked || a.shared > 0)
    .sort((a, b) => Number(b.linked) - Number(a.linked) || b.shared - a.shared)
    .slice(0, limit)
    .map(({ slug, title, summary }) => ({ slug, title, summary }));
}

/** The newest published articles with their Markdown, for the Atom feed. */
export function feedArticles({ limit = 30 }: { limit?: number } = {}) {
  return db()
    .select({
      slug: articles.slug,
      title: articles.title,
      summary: articles.summary,
      body: articles.body,
      responsibleAgency: articles.responsibleAgency,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.updatedAt))
    .limit(limit)
    .all();
}

export function listRevisions({ articleId }: { articleId: number }) {
  return db()
    .select({
      id: articleRevisions.id,
      title: articleRevisions.title,
      status: articleRevisions.status,
      editorName: users.displayName,
      createdAt: articleRevisions.createdAt,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(articleRevisions.editorId, users.id))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .all();
}

/** Revisions of one article by id (ids of other articles' revisions are ignored). */
export function getRevisionTexts({ articleId, ids }: { articleId: number; ids: number[] }) {
  if (ids.length === 0) return [];
  return db()
    .select({
      id: articleRevisions.id,
      title: articleRevisions.title,
      summary: articleRevisions.summary,
      body: articleRevisions.body,
      createdAt: articleRevisions.createdAt,
    })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.id, ids)))
    .all();
}
