/**
 * Site search: the one place routes (and other models) call. This module owns the process's index
 * (see index-holder.server.ts for its lifecycle and docs/decisions/001-search-index.md for why it
 * is built this way) and answers three questions: the /search page, the ranked product ids behind
 * /products?q=, and suggestions while typing.
 */
import { connection } from "~db/client.server";
import { config, searchIndexPath } from "~/platform/config.server";
import { searchWord } from "./analyse.server";
import { runQuery, type Correction } from "./engine.server";
import { IndexHolder } from "./index-holder.server";
import { parseQuery } from "./query-parser.server";
import { describeHits, type ResultItem } from "./results.server";
import { DOC_TYPES, type DocType } from "./types";

export type { ResultItem } from "./results.server";

/** How long a /search request waits for the very first index build before saying "warming up". */
const FIRST_BUILD_WAIT_MS = 5_000;
const MAX_PAGE = 100;

let holder: IndexHolder | undefined;

export function searchIndex(): IndexHolder {
  holder ??= new IndexHolder({
    databasePath: config().DATABASE_PATH,
    indexPath: searchIndexPath(),
    sqlite: () => connection().sqlite,
    log: config().NODE_ENV === "test" ? () => {} : undefined,
  });
  return holder;
}

export interface SearchPage {
  /** "blank": nothing searchable was typed; "warming": the first index is still being built. */
  status: "ready" | "warming" | "blank";
  query: string;
  type: DocType | null;
  page: number;
  perPage: number;
  counts: Record<DocType, number>;
  /** Matches in the chosen type (or all types). */
  total: number;
  totalPages: number;
  results: ResultItem[];
  /** The query with misspelt words replaced by what the index knows, when there were any. */
  didYouMean: string | null;
}

function zeroCounts(): Record<DocType, number> {
  return Object.fromEntries(DOC_TYPES.map((t) => [t, 0])) as Record<DocType, number>;
}

function corrected(text: string, corrections: Correction[]): string | null {
  if (corrections.length === 0) return null;
  return text
    .split(/(\s+)/)
    .map((token) => corrections.find((c) => c.word === searchWord(token))?.suggestion ?? token)
    .join("");
}

export async function search({
  q,
  type = null,
  page = 1,
  perPage = 10,
}: {
  q: string;
  type?: DocType | null;
  page?: number;
  perPage?: number;
}): Promise<SearchPage> {
  const parsed = parseQuery(q);
  const safePage = Math.min(Math.max(1, Math.floor(page) || 1), MAX_PAGE);
  const base: SearchPage = {
    status: "blank",
    query: parsed.text,
    type,
    page: safePage,
    perPage,
    counts: zeroCounts(),
    total: 0,
    totalPages: 0,
    results: [],
    didYouMean: null,
  };
  if (parsed.clauses.length === 0) return base;
  const index = await searchIndex().acquire(FIRST_BUILD_WAIT_MS);
  if (!index) return { ...base, status: "warming" };

  let result = runQuery(index, parsed, { type, offset: (safePage - 1) * perPage, limit: perPage });
  const total = type ? result.counts[type] : DOC_TYPES.reduce((n, t) => n + result.counts[t], 0);
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  // A page past the end (an old link, a hand-edited URL) shows the last page instead.
  if (safePage > lastPage) result = runQuery(index, parsed, { type, offset: (lastPage - 1) * perPage, limit: perPage });
  return {
    ...base,
    page: Math.min(safePage, lastPage),
    status: "ready",
    counts: result.counts,
    total,
    totalPages: Math.ceil(total / perPage),
    results: describeHits(result.hits, result.terms),
    didYouMean: corrected(parsed.text, result.corrections),
  };
}

/**
 * Every matching id of one type, best first: for combining text search with catalogue facets
 * (/products?q=). Waits for the first index build if there is none yet.
 */
export async function searchIds({ q, type }: { q: string; type: DocType }): Promise<number[]> {
  const parsed = parseQuery(q);
  if (parsed.clauses.length === 0) return [];
  const index = await searchIndex().acquire();
  if (!index) return [];
  return runQuery(index, parsed, { type, limit: Infinity }).hits.map((h) => h.id);
}

export interface Suggestion {
  type: DocType;
  title: string;
  url: string;
  context: string | null;
}

/** Top products and guidance for the words typed so far (the last word counts as a prefix). */
export async function suggest({
  q,
  products = 5,
  articles = 3,
}: {
  q: string;
  products?: number;
  articles?: number;
}): Promise<Suggestion[]> {
  const parsed = parseQuery(q);
  if (parsed.clauses.length === 0) return [];
  // Suggestions are a nicety: never hold a keystroke up for a first build.
  const index = await searchIndex().acquire(0);
  if (!index) return [];
  const top = [
    ...runQuery(index, parsed, { type: "product", limit: products, typing: true }).hits,
    ...runQuery(index, parsed, { type: "article", limit: articles, typing: true }).hits,
  ];
  return describeHits(top, [], { snippetWords: 0 }).map((r) => ({
    type: r.type,
    title: r.title.map((s) => s.text).join(""),
    url: r.url,
    context: r.context,
  }));
}
