/**
 * The /search page's state, which lives in the URL only. Anything unrecognised falls back to the
 * default (all types, first page) rather than failing: a mangled shared link still searches.
 */
import { z } from "zod";
import { SEARCH_TABS, type SearchTabKey } from "./types";

const paramsSchema = z.object({
  q: z.string().catch(""),
  type: z.enum(SEARCH_TABS.map((t) => t.key) as [SearchTabKey, ...SearchTabKey[]]).catch("all"),
  page: z.coerce.number().int().min(1).catch(1),
});

export function readSearchPageParams(params: URLSearchParams) {
  return paramsSchema.parse({
    q: params.get("q") ?? "",
    type: params.get("type") ?? "all",
    page: params.get("page") ?? 1,
  });
}
