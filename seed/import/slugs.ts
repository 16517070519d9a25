/** URL slugs for imported rows: readable, unique, and never changed once a row has one. */

const MAX_LENGTH = 80;

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_LENGTH) return slug || "item";
  const cut = slug.slice(0, MAX_LENGTH);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : MAX_LENGTH);
}

/**
 * The first free slug among: the name's, the name's with `qualifier` (e.g. the provider), then
 * numbered ones. Adds the chosen slug to `taken`, so callers allot slugs in file order and a
 * re-import of the same file gives the same answer.
 */
export function uniqueSlug(name: string, taken: Set<string>, qualifier?: string): string {
  const base = slugify(name);
  const candidates = [base];
  if (qualifier && slugify(qualifier) !== base) candidates.push(`${base}-${slugify(qualifier)}`);
  let chosen = candidates.find((c) => !taken.has(c));
  for (let n = 2; !chosen; n++) {
    if (!taken.has(`${base}-${n}`)) chosen = `${base}-${n}`;
  }
  taken.add(chosen);
  return chosen;
}
