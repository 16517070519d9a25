/**
 * The shared half of the new and edit pages' actions: "Preview" renders the typed Markdown and
 * hands the form back as typed; "Save" validates and calls the page's save. The caller has already
 * checked the CSRF token and the editor role.
 */
import { json } from "@remix-run/node";
import { renderMarkdown } from "~/platform/markdown.server";
import { formValues, type ArticleFormValues, type ArticleInput, type FieldErrors } from "./article-input";
import { parseArticleForm } from "./article-input.server";

export type EditorActionData = { values: ArticleFormValues; errors: FieldErrors; preview: string | null };

export function handleArticleForm(
  form: FormData,
  save: (input: ArticleInput) => { ok: true; slug: string } | { ok: false; errors: FieldErrors },
): Response | { ok: true; slug: string } {
  const values = formValues(form);
  if (form.get("intent") === "preview") {
    return json<EditorActionData>({ values, errors: {}, preview: renderMarkdown(values.body).html });
  }
  const parsed = parseArticleForm(values);
  const result = parsed.ok ? save(parsed.input) : parsed;
  if (!result.ok) return json<EditorActionData>({ values, errors: result.errors, preview: null }, { status: 400 });
  return result;
}
