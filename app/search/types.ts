/**
 * What the search covers and how its fields weigh. Plain data with no I/O, so that the /search page,
 * the suggestion box and the index builder (which also runs in a worker thread) agree.
 */

export const DOC_TYPES = ["product", "provider", "article", "review"] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** The tabs on /search, in order, with the `type` URL value each one keeps. */
export const SEARCH_TABS = [
  { key: "all", label: "All", type: null },
  { key: "products", label: "Products", type: "product" },
  { key: "providers", label: "Providers", type: "provider" },
  { key: "guidance", label: "Guidance", type: "article" },
  { key: "reviews", label: "Reviews", type: "review" },
] as const satisfies readonly { key: string; label: string; type: DocType | null }[];
export type SearchTabKey = (typeof SEARCH_TABS)[number]["key"];

/**
 * Lunr fields, strongest first: name > provider (and, for a review, the product it is about) >
 * categories and tags > description. Boosts are Lunr field boosts (they multiply BM25 weights).
 * The names are what a person types in Lunr syntax, e.g. `provider:adobe`.
 */
export const FIELDS = [
  { name: "name", boost: 10 },
  { name: "provider", boost: 5 },
  { name: "product", boost: 5 },
  { name: "tags", boost: 3 },
  { name: "body", boost: 1 },
] as const;
export const FIELD_NAMES: string[] = FIELDS.map((f) => f.name);

/**
 * Lunr document boosts: a review repeats its product's name in a strong field, so it would
 * otherwise crowd the product itself out of "All" for a product-name query.
 */
export const DOC_BOOSTS: Record<DocType, number> = { product: 1, provider: 1, article: 1, review: 0.5 };

/** A run of text, marked when it matched the query; rendered as text, never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}
