/**
 * Turns ranked hits into what /search and the suggestion box show: titles, links and highlighted
 * snippets, read from the database for the page of hits only (the index holds no display text).
 * Hits deleted since the index was built are dropped.
 */
import { and, eq, inArray } from "drizzle-orm";
import { db } from "~db/client.server";
import { articles, products, providers, reviews } from "~db/schema";
import { Analyser } from "./analyse.server";
import { markdownText } from "./documents.server";
import type { Hit } from "./engine.server";
import { highlight, snippet } from "./snippet.server";
import type { DocType, Segment } from "./types";

export interface ResultItem {
  type: DocType;
  id: number;
  url: string;
  title: Segment[];
  /** Provider for a product, product for a review. */
  context: string | null;
  snippet: Segment[];
}

interface Details {
  url: string;
  title: string;
  context: string | null;
  text: string;
}

function idsOf(hits: Hit[], type: DocType): number[] {
  return hits.filter((h) => h.type === type).map((h) => h.id);
}

function productDetails(ids: number[]): Map<number, Details> {
  if (ids.length === 0) return new Map();
  const rows = db()
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      summary: products.summary,
      description: products.description,
      provider: providers.name,
    })
    .from(products)
    .innerJoin(providers, eq(products.providerId, providers.id))
    .where(inArray(products.id, ids))
    .all();
  return new Map(
    rows.map((r) => [r.id, { url: `/products/${r.slug}`, title: r.name, context: r.provider, text: r.description || r.summary }]),
  );
}

function providerDetails(ids: number[]): Map<number, Details> {
  if (ids.length === 0) return new Map();
  const rows = db()
    .select({ id: providers.id, slug: providers.slug, name: providers.name, summary: providers.summary })
    .from(providers)
    .where(inArray(providers.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, { url: `/providers/${r.slug}`, title: r.name, context: null, text: r.summary }]));
}

function articleDetails(ids: number[]): Map<number, Details> {
  if (ids.length === 0) return new Map();
  const rows = db()
    .select({ id: articles.id, slug: articles.slug, title: articles.title, summary: articles.summary, body: articles.body })
    .from(articles)
    .where(and(inArray(articles.id, ids), eq(articles.status, "published")))
    .all();
  return new Map(
    rows.map((r) => [r.id, { url: `/articles/${r.slug}`, title: r.title, context: null, text: `${r.summary}\n${markdownText(r.body)}` }]),
  );
}

function reviewDetails(ids: number[]): Map<number, Details> {
  if (ids.length === 0) return new Map();
  const rows = db()
    .select({
      id: reviews.id,
      title: reviews.title,
      pros: reviews.pros,
      cons: reviews.cons,
      useCase: reviews.useCase,
      productSlug: products.slug,
      product: products.name,
    })
    .from(reviews)
    .innerJoin(products, eq(reviews.productId, products.id))
    .where(and(inArray(reviews.id, ids), eq(reviews.status, "published")))
    .all();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        url: `/products/${r.productSlug}#review-${r.id}`,
        title: r.title || `Review of ${r.product}`,
        context: r.product,
        text: [r.pros, r.cons, r.useCase].join("\n"),
      },
    ]),
  );
}

export function describeHits(hits: Hit[], terms: string[], { snippetWords = 30 } = {}): ResultItem[] {
  const details: Record<DocType, Map<number, Details>> = {
    product: productDetails(idsOf(hits, "product")),
    provider: providerDetails(idsOf(hits, "provider")),
    article: articleDetails(idsOf(hits, "article")),
    review: reviewDetails(idsOf(hits, "review")),
  };
  const termSet = new Set(terms);
  const analyser = new Analyser();
  const items: ResultItem[] = [];
  for (const hit of hits) {
    const d = details[hit.type].get(hit.id);
    if (!d) continue;
    items.push({
      type: hit.type,
      id: hit.id,
      url: d.url,
      title: highlight(d.title, termSet, analyser),
      context: d.context,
      snippet: snippetWords > 0 ? snippet(d.text, termSet, { words: snippetWords, analyser }) : [],
    });
  }
  return items;
}
