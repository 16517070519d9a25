/**
 * The article form's checks (zod, server-side only). An empty field arrives as undefined
 * (platform/forms.server.ts): required fields name what is missing, the rest default to empty.
 */
import { z } from "zod";
import { BADGE_KINDS } from "~/assurance/vocabulary";
import { parseForm, type ParsedForm } from "~/platform/forms.server";
import { parseTagList, RESPONSIBLE_AGENCIES, slugify, type ArticleInput } from "./article-input";
import { isPrincipleNumber } from "./principles";

/** Paths under /articles that a slug would shadow. */
const RESERVED_SLUGS = new Set(["new", "manage", "preview", "feed.xml", "feed"]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const list = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v ?? "");
const required = (min: number, missing: string) => z.string({ required_error: missing }).trim().min(min, missing);
const checked = <T extends z.ZodTypeAny>(item: T) =>
  z
    .array(item)
    .optional()
    .transform((v) => v ?? []);

const schema = z
  .object({
    title: required(5, "Enter a title of at least 5 characters").max(160, "Keep the title under 160 characters"),
    slug: optionalText(80, "Keep the address under 80 characters")
      .refine((s) => s === "" || SLUG.test(s), "Use lower-case letters, numbers and single hyphens")
      .refine((s) => !RESERVED_SLUGS.has(s), "That address is reserved; choose another"),
    summary: required(20, "Enter a summary of at least 20 characters").max(400, "Keep the summary under 400 characters"),
    // Browsers send CRLF from textareas; store what the author sees.
    body: z
      .string({ required_error: "Write at least 50 characters of guidance" })
      .transform((b) => b.replace(/\r\n?/g, "\n"))
      .pipe(
        z.string().min(50, "Write at least 50 characters of guidance").max(100_000, "The article is too long (100,000 characters at most)"),
      ),
    responsibleAgency: z.enum(RESPONSIBLE_AGENCIES, { errorMap: () => ({ message: "Choose the responsible agency" }) }),
    applicability: optionalText(300, "Keep applicability under 300 characters"),
    principles: checked(z.number().int().refine(isPrincipleNumber, "Unknown principle")),
    badgeKinds: checked(z.enum(BADGE_KINDS, { errorMap: () => ({ message: "Unknown badge kind" }) })),
    tags: optionalText(300, "Keep tags under 300 characters").refine((t) => parseTagList(t).length <= 10, "Use at most 10 tags"),
    products: optionalText(2000, "Too many related products"),
  })
  .superRefine((d, ctx) => {
    if (RESERVED_SLUGS.has(d.slug || slugify(d.title))) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "That address is reserved; choose another" });
    }
  })
  .transform((d): ArticleInput => ({
    title: d.title,
    slug: d.slug || slugify(d.title),
    summary: d.summary,
    body: d.body,
    responsibleAgency: d.responsibleAgency,
    applicability: d.applicability,
    principles: [...new Set(d.principles)].sort((a, b) => a - b),
    badgeKinds: [...new Set(d.badgeKinds)],
    tags: parseTagList(d.tags),
    productSlugs: [...new Set(list(d.products))],
  }));

export function parseArticleForm(form: FormData): ParsedForm<ArticleInput> {
  return parseForm(form, schema);
}
