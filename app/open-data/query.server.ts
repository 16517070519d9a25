/**
 * Reads an open-data request's query string with the catalogue's own parser, so that the API and
 * the CSV export take exactly the filters /products takes. Unlike the catalogue page, which shows
 * results with a note, a program asking for something we do not understand gets a 400 that names
 * it: a silently dropped filter would hand it the wrong data.
 */
import { z } from "zod";
import { parseCatalogueQuery } from "~/catalogue/facets.server";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type OpenDataQuery } from "./query";

const KNOWN_PARAMETERS = new Set([
  "q",
  "category",
  "model",
  "irap",
  "irapStatus",
  "hcf",
  "e8",
  "cert",
  "onshore",
  "sme",
  "source",
  "prices",
  "fits",
  "profile",
  "sort",
  "page",
  "pageSize",
]);

export function parseOpenDataQuery(params: URLSearchParams, knownCategories: readonly string[]): OpenDataQuery {
  const { query, problems } = parseCatalogueQuery(params, knownCategories);
  // The catalogue's wording says what the page did instead ("so it was ignored"); here nothing is
  // done instead, so keep only what was wrong.
  const errors = problems.map((p) =>
    p
      .replace(/, so it was ignored\.$/, ".")
      .replace(/; showing page 1\.$/, ".")
      .replace(/; the first, .*, was used\.$/, "."),
  );
  for (const name of new Set(params.keys())) {
    if (!KNOWN_PARAMETERS.has(name)) errors.push(`"${name.slice(0, 40)}" is not a known parameter.`);
  }
  // The estimate order needs the visitor's own cost estimate, which open data never reads.
  if (query.sort === "estimate")
    errors.push('"estimate" is not a sort open data offers: it depends on your purchase. Use name, newest or rating.');
  let pageSize = DEFAULT_PAGE_SIZE;
  const rawSize = params.get("pageSize");
  if (rawSize !== null && rawSize !== "") {
    const parsed = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).safeParse(rawSize);
    if (parsed.success) pageSize = parsed.data;
    else errors.push(`"${rawSize.slice(0, 40)}" is not a valid page size; use a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return { query, pageSize, errors };
}
