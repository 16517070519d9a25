/**
 * "Add a product" on compare: the buyer types part of a name and gets the product, a short list to
 * choose from, or a message that says why nothing matched. A plain GET, so it works without
 * JavaScript. Every typed word must appear in the product's or the provider's name; an exact name
 * wins outright, then Australian listings before mapped ones, each with names that start with what
 * was typed first.
 */
import type { CatalogueEntry } from "~/catalogue/facets";

export const MAX_MATCHES = 10;

export type NameMatch = { slug: string; name: string; providerName: string; mapped: boolean };

export type FindResult =
  { kind: "found"; match: NameMatch } | { kind: "choose"; matches: NameMatch[]; total: number } | { kind: "problem"; message: string };

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export function findByName({ typed, entries, exclude }: { typed: string; entries: CatalogueEntry[]; exclude: Set<number> }): FindResult {
  const query = fold(typed.slice(0, 200));
  if (!query) return { kind: "problem", message: "Enter part of a product's name, for example Wattle Grid" };
  const words = query.split(" ");
  const scored = entries
    .filter((e) => !exclude.has(e.id))
    .map((e) => {
      const name = fold(e.name);
      const haystack = `${name} ${fold(e.providerName)}`;
      if (!words.every((w) => haystack.includes(w))) return null;
      const rank = name === query ? 0 : name.startsWith(query) ? 1 : name.includes(query) ? 2 : 3;
      return { e, rank };
    })
    .filter((x): x is { e: CatalogueEntry; rank: number } => x !== null)
    .sort(
      (a, b) =>
        a.rank - b.rank || Number(a.e.source === "fedramp") - Number(b.e.source === "fedramp") || a.e.name.localeCompare(b.e.name, "en-AU"),
    );
  const match = (e: CatalogueEntry): NameMatch => ({
    slug: e.slug,
    name: e.name,
    providerName: e.providerName,
    mapped: e.source === "fedramp",
  });
  if (scored.length === 0) {
    const already = entries.some((e) => exclude.has(e.id) && fold(e.name).includes(query));
    return {
      kind: "problem",
      message: already
        ? `“${typed.trim()}” is already in the comparison`
        : `No product's name has “${typed.trim()}” in it. Check the spelling, or find it in the catalogue`,
    };
  }
  const exact = scored.filter((s) => s.rank === 0);
  if (exact.length === 1 || scored.length === 1) return { kind: "found", match: match((exact[0] ?? scored[0]).e) };
  return { kind: "choose", matches: scored.slice(0, MAX_MATCHES).map((s) => match(s.e)), total: scored.length };
}
