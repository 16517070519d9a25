/**
 * The article form: parsed and validated with zod, answering field errors and the author's
 * input as typed, so a failed save never loses text.
 */
import { z } from "zod";
import { BADGE_KINDS, type BadgeKind } from "~/domain/vocabulary";
import { isPrincipleNumber } from "./principles";

export const RESPONSIBLE_AGENCIES = [
  "Digital Transformation Agency",
  "Department of Home Affairs",
  "Australian Signals Directorate",
  "Department of Finance",
  "Attorney-General's Department",
] as const;

/** Paths under /articles that a slug would shadow. */
const RESERVED_SLUGS = new Set(["new", "manage", "preview", "feed.xml", "feed"]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

const list = (text: string) => text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);

const schema = z.object({
  title: z.string().trim().min(5, "Enter a title of at least 5 characters").max(160, "Keep the title under 160 characters"),
  slug: z
    .string()
    .trim()
    .max(80, "Keep the address under 80 characters")
    .refine((s) => s === "" || SLUG.test(s), "Use lower-case letters, numbers and single hyphens")
    .refine((s) => !RESERVED_SLUGS.has(s), "That address is reserved; choose another"),
  summary: z.string().trim().min(20, "Enter a summary of at least 20 characters").max(400, "Keep the summary under 400 characters"),
  body: z.string().min(50, "Write at least 50 characters of guidance").max(100_000, "The article is too long (100,000 characters at most)"),
  responsibleAgency: z.enum(RESPONSIBLE_AGENCIES, { errorMap: () => ({ message: "Choose the responsible agency" }) }),
  applicability: z.string().trim().max(300, "Keep applicability under 300 characters"),
  principles: z.array(z.coerce.number().int().refine(isPrincipleNumber, "Unknown principle")),
  badgeKinds: z.array(z.enum(BADGE_KINDS, { errorMap: () => ({ message: "Unknown badge kind" }) })),
  tags: z.string().max(300, "Keep tags under 300 characters").refine((t) => parseTagList(t).length <= 10, "Use at most 10 tags"),
  products: z.string().max(2000, "Too many related products"),
});

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

export type FieldErrors = Partial<Record<keyof ArticleFormValues, string>>;

export function formValues(form: FormData): ArticleFormValues {
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  return {
    title: text("title"),
    slug: text("slug"),
    summary: text("summary"),
    // Browsers send CRLF from textareas; store what the author sees.
    body: text("body").replace(/\r\n?/g, "\n"),
    responsibleAgency: text("responsibleAgency"),
    applicability: text("applicability"),
    principles: form.getAll("principles").filter((v): v is string => typeof v === "string"),
    badgeKinds: form.getAll("badgeKinds").filter((v): v is string => typeof v === "string"),
    tags: text("tags"),
    products: text("products"),
  };
}

export function parseArticleForm(
  values: ArticleFormValues,
): { ok: true; input: ArticleInput } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof ArticleFormValues;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const d = parsed.data;
  const slug = d.slug || slugify(d.title);
  if (RESERVED_SLUGS.has(slug)) return { ok: false, errors: { slug: "That address is reserved; choose another" } };
  return {
    ok: true,
    input: {
      title: d.title,
      slug,
      summary: d.summary,
      body: d.body,
      responsibleAgency: d.responsibleAgency,
      applicability: d.applicability,
      principles: [...new Set(d.principles)].sort((a, b) => a - b),
      badgeKinds: [...new Set(d.badgeKinds)],
      tags: parseTagList(d.tags),
      productSlugs: [...new Set(list(d.products))],
    },
  };
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
