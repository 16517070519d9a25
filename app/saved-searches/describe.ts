/** A saved search as its owner reads it in a list or an e-mail: "“kubernetes”, IaaS, IRAP PROTECTED or higher, onshore". */
import { BADGE_KIND_LABELS, HCF_LABELS } from "~/assurance/vocabulary";
import { LISTING_SOURCE_LABELS, type CatalogueQuery } from "~/catalogue/facets";

const CURRENCY_WORDS = { current: "IRAP current", due: "IRAP due", overdue: "IRAP overdue", none: "not IRAP assessed" } as const;

export function describeSearch(q: CatalogueQuery, categoryNames: ReadonlyMap<string, string>): string {
  const parts = [
    q.q ? `“${q.q}”` : null,
    ...q.category.map((c) => categoryNames.get(c) ?? c),
    ...q.model,
    q.irap ? `IRAP ${q.irap} or higher` : null,
    ...q.irapStatus.map((s) => CURRENCY_WORDS[s]),
    ...q.hcf.map((h) => (h === "none" ? "no HCF record" : `HCF ${HCF_LABELS[h]}`)),
    q.e8 ? `Essential Eight ${q.e8} or higher` : null,
    ...q.cert.map((c) => BADGE_KIND_LABELS[c]),
    q.onshore ? "data held onshore" : null,
    q.sme ? "SME" : null,
    ...q.source.map((s) => LISTING_SOURCE_LABELS[s]),
    q.prices ? "has published prices" : null,
    q.fits ? "fits my purchase" : null,
    q.profile ? "meets my requirements profile" : null,
  ].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(", ") : "All products";
}
