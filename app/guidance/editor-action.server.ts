/**
 * The shared half of the new and edit pages' actions: "Preview" renders the typed Markdown and
 * hands the form back as typed; "Save" validates and calls the page's save, whose own refusals
 * (an address already taken, an unknown product) come back beside their fields. The caller has
 * already checked the CSRF token and the editor role.
 */
import type { FieldErrors, FormReply } from "~/platform/form-reply";
import { echo } from "~/platform/forms.server";
import { renderMarkdown } from "~/platform/markdown.server";
import type { ArticleInput } from "./article-input";
import { parseArticleForm } from "./article-input.server";

/** The form's reply, with the rendered preview when the editor asked for one. */
export type EditorReply = FormReply & { preview?: string };

export type EditorOutcome = { saved: { slug: string } } | { reply: EditorReply; status: number };

export function handleArticleForm(
  formData: FormData,
  save: (input: ArticleInput) => { ok: true; slug: string } | { ok: false; errors: FieldErrors },
): EditorOutcome {
  if (formData.get("intent") === "preview") {
    const body = String(formData.get("body") ?? "").replace(/\r\n?/g, "\n");
    return { reply: { ...echo(formData), preview: renderMarkdown(body).html }, status: 200 };
  }
  const form = parseArticleForm(formData);
  if (!form.ok) return { reply: form.reply, status: 400 };
  const result = save(form.value);
  if (!result.ok) return { reply: form.refuse(result.errors), status: 400 };
  return { saved: { slug: result.slug } };
}
