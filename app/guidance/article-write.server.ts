/**
 * Writing guidance articles. Every save (create, edit, status change) writes a revision, in the
 * same transaction as the change, so the history is never missing a step.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { db, type Db } from "~db/client.server";
import { articleProducts, articleRevisions, articles, articleTags, products, tags } from "~db/schema";
import type { FieldErrors } from "~/platform/form-reply";
import type { ArticleInput } from "./article-input";
import { TRANSITIONS, type ArticleStatus, type Transition } from "./workflow";

/** The part of a connection or transaction these helpers use. */
type Writer = Pick<Db, "insert" | "select" | "update" | "delete">;

const nowIso = () => new Date().toISOString();

export function writeRevision(tx: Writer, articleId: number, editorId: number | null) {
  const a = tx
    .select({ title: articles.title, summary: articles.summary, body: articles.body, status: articles.status })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!a) throw new Error(`Article ${articleId} vanished while saving`);
  tx.insert(articleRevisions)
    .values({ articleId, ...a, editorId })
    .run();
}

/** Replaces an article's tags (creating tags as needed) and related products. */
export function writeArticleLinks(tx: Writer, articleId: number, links: { tags: { slug: string; name: string }[]; productIds: number[] }) {
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  for (const t of links.tags) {
    tx.insert(tags).values(t).onConflictDoNothing({ target: tags.slug }).run();
    const tag = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, t.slug)).get();
    if (tag) tx.insert(articleTags).values({ articleId, tagId: tag.id }).onConflictDoNothing().run();
  }
  tx.delete(articleProducts).where(eq(articleProducts.articleId, articleId)).run();
  for (const productId of new Set(links.productIds)) tx.insert(articleProducts).values({ articleId, productId }).run();
}

function resolveProducts(slugs: string[]): { ids: number[]; unknown: string[] } {
  if (slugs.length === 0) return { ids: [], unknown: [] };
  const found = db().select({ id: products.id, slug: products.slug }).from(products).where(inArray(products.slug, slugs)).all();
  const known = new Set(found.map((p) => p.slug));
  return { ids: found.map((p) => p.id), unknown: slugs.filter((s) => !known.has(s)) };
}

function slugOwner(slug: string): number | undefined {
  return db().select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get()?.id;
}

function checkLinks(input: ArticleInput, articleId?: number): { errors: FieldErrors; productIds: number[] } {
  const errors: FieldErrors = {};
  const owner = slugOwner(input.slug);
  if (owner !== undefined && owner !== articleId) errors.slug = `Another article already uses the address "${input.slug}"`;
  const { ids, unknown } = resolveProducts(input.productSlugs);
  if (unknown.length) errors.products = `No product has the address ${unknown.map((s) => `"${s}"`).join(", ")}`;
  return { errors, productIds: ids };
}

type SaveResult = { ok: true; id: number; slug: string } | { ok: false; errors: FieldErrors };

export function createArticle({ input, authorId }: { input: ArticleInput; authorId: number }): SaveResult {
  const { errors, productIds } = checkLinks(input);
  if (Object.keys(errors).length) return { ok: false, errors };
  const id = db().transaction((tx) => {
    const row = tx
      .insert(articles)
      .values({
        slug: input.slug,
        title: input.title,
        summary: input.summary,
        body: input.body,
        status: "draft",
        responsibleAgency: input.responsibleAgency,
        applicability: input.applicability,
        principles: input.principles,
        badgeKinds: input.badgeKinds,
        authorId,
      })
      .returning({ id: articles.id })
      .get();
    writeArticleLinks(tx, row.id, { tags: input.tags, productIds });
    writeRevision(tx, row.id, authorId);
    return row.id;
  });
  return { ok: true, id, slug: input.slug };
}

export function updateArticle({ articleId, input, editorId }: { articleId: number; input: ArticleInput; editorId: number }): SaveResult {
  const { errors, productIds } = checkLinks(input, articleId);
  if (Object.keys(errors).length) return { ok: false, errors };
  db().transaction((tx) => {
    tx.update(articles)
      .set({
        slug: input.slug,
        title: input.title,
        summary: input.summary,
        body: input.body,
        responsibleAgency: input.responsibleAgency,
        applicability: input.applicability,
        principles: input.principles,
        badgeKinds: input.badgeKinds,
        updatedAt: nowIso(),
      })
      .where(eq(articles.id, articleId))
      .run();
    writeArticleLinks(tx, articleId, { tags: input.tags, productIds });
    writeRevision(tx, articleId, editorId);
  });
  return { ok: true, id: articleId, slug: input.slug };
}

/**
 * Moves an article along the workflow. The caller has checked permission; this checks the move
 * against the current status again inside the transaction, so two editors cannot race past it.
 * publishedAt is set on the first publication only.
 */
export function transitionArticle({
  articleId,
  transition,
  editorId,
}: {
  articleId: number;
  transition: Transition;
  editorId: number;
}): { ok: true; from: ArticleStatus; to: ArticleStatus } | { ok: false; reason: string } {
  const { from, to } = TRANSITIONS[transition];
  return db().transaction((tx) => {
    const current = tx.select({ status: articles.status }).from(articles).where(eq(articles.id, articleId)).get();
    if (!current) return { ok: false as const, reason: "The article no longer exists." };
    const status = current.status as ArticleStatus;
    if (!from.includes(status)) return { ok: false as const, reason: `A ${status.replace("_", " ")} article cannot be moved that way.` };
    const now = nowIso();
    tx.update(articles)
      .set({ status: to, updatedAt: now, publishedAt: to === "published" ? sql`coalesce(${articles.publishedAt}, ${now})` : undefined })
      .where(eq(articles.id, articleId))
      .run();
    writeRevision(tx, articleId, editorId);
    return { ok: true as const, from: status, to };
  });
}

export function recordHelpfulVote({ articleId, helpful }: { articleId: number; helpful: boolean }) {
  db()
    .update(articles)
    .set(helpful ? { helpfulYes: sql`${articles.helpfulYes} + 1` } : { helpfulNo: sql`${articles.helpfulNo} + 1` })
    .where(eq(articles.id, articleId))
    .run();
}
