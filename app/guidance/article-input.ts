/**
 * The article form's fields and values as typed, so a failed save never loses text. Validation
 * is in article-input.server.ts: only the editor's action runs it, and its zod schema would
 * otherwise ship with the editing pages.
 */
import type { BadgeKind } from "~/assurance/vocabulary";

export const RESPONSIBLE_AGENCIES = [
  "Digital Transformation Agency",
  "Department of Home Affairs",
  "Australian Signals Directorate",
  "Department of Finance",
  "Attorney-General's Department",
] as const;

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** "IRAP, Hosting certification" -> [{ slug: "irap", name: "IRAP" }, ...], without repeats. */
export function parseTagList(text: string): { slug: string; name: string }[] {
  const seen = new Set<string>();
  return text
    .split(",")
    .map((t) => t.trim().replace(/\s+/g, " "))
    .filter(Boolean)
    .map((name) => ({ slug: slugify(name), name }))
    .filter((t) => t.slug && !seen.has(t.slug) && seen.add(t.slug));
}

export interface ArticleFormValues {
  title: string;
  slug: string;
  summary: string;
  body: string;
  responsibleAgency: string;
  applicability: string;
  principles: string[];
  badgeKinds: string[];
  tags: string;
  products: string;
}

export interface ArticleInput {
  title: string;
  slug: string;
  summary: string;
  body: string;
  responsibleAgency: string;
  applicability: string;
  principles: number[];
  badgeKinds: BadgeKind[];
  tags: { slug: string; name: string }[];
  productSlugs: string[];
}

export const EMPTY_FORM: ArticleFormValues = {
  title: "",
  slug: "",
  summary: "",
  body: "",
  responsibleAgency: "Digital Transformation Agency",
  applicability: "",
  principles: [],
  badgeKinds: [],
  tags: "",
  products: "",
};
