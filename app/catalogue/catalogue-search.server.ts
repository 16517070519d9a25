/**
 * Text search inside the catalogue: the words narrow the products the facets then filter, so
 * /products?q=backup&model=SaaS means both. The ranking is the search index's (app/search).
 */
import type { CatalogueEntry } from "./facets";
import { searchIds } from "~/search/search.server";

export interface TextMatch {
  /** Product id -> position in the search results, best first. */
  rank: Map<number, number>;
}

export async function catalogueTextMatch(q: string): Promise<TextMatch | null> {
  if (!q) return null;
  const ids = await searchIds({ q, type: "product" });
  return { rank: new Map(ids.map((id, i) => [id, i])) };
}

export function narrowToText(entries: CatalogueEntry[], match: TextMatch | null): CatalogueEntry[] {
  return match ? entries.filter((e) => match.rank.has(e.id)) : entries;
}
