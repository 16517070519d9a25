/**
 * The open-data query's limits and its normalised query string. Reading a request is in
 * query.server.ts, so that the data dictionary page can quote these limits without shipping zod.
 */
import { toSearchParams, type CatalogueQuery } from "~/catalogue/facets";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface OpenDataQuery {
  query: CatalogueQuery;
  pageSize: number;
  errors: string[];
}

/** The query string of a normalised query, for links and for the ETag. */
export function openDataSearch(query: CatalogueQuery, pageSize: number, page: number): string {
  const p = toSearchParams({ ...query, page });
  if (pageSize !== DEFAULT_PAGE_SIZE) p.set("pageSize", String(pageSize));
  const s = p.toString();
  return s ? `?${s}` : "";
}
