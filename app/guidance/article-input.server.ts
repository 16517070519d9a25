/** Validates the article form with zod, answering field errors for the form to show. */
import { z } from "zod";
import { BADGE_KINDS } from "~/assurance/vocabulary";
import { parseTagList, RESPONSIBLE_AGENCIES, slugify, type ArticleFormValues, type ArticleInput, type FieldErrors } from "./article-input";
import { isPrincipleNumber } from "./principles";

/** Paths under /articles that a slug would shadow. */
const RESERVED_SLUGS = new Set(["new", "manage", "preview", "feed.xml", "feed"]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const list = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

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
  tags: z
    .string()
    .max(300, "Keep tags under 300 characters")
    .refine((t) => parseTagList(t).length <= 10, "Use at most 10 tags"),
  products: z.string().max(2000, "Too many related products"),
});

export function parseArticleForm(values: ArticleFormValues): { ok: true; input: ArticleInput } | { ok: false; errors: FieldErrors } {
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
