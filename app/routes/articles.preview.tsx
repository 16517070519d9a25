/** POST /articles/preview: the editor's live preview. Renders Markdown to sanitised HTML as JSON. */
import { json, type ActionFunctionArgs } from "@remix-run/node";
import { verifyCsrf } from "~/accounts/csrf.server";
import { readForm } from "~/platform/read-form.server";
import { invalid, outcome } from "~/platform/forms.server";
import { requireRole } from "~/accounts/session.server";
import { renderMarkdown } from "~/platform/markdown.server";

const MAX_BODY = 100_000;

export async function loader() {
  throw json("Send the article text with POST.", { status: 405, headers: { Allow: "POST" } });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  await requireRole(request, "editor");
  const body = form.get("body");
  if (typeof body !== "string") return invalid(outcome({ errors: { body: "Send the article text in the body field." } }));
  if (body.length > MAX_BODY) return invalid(outcome({ errors: { body: "The article is too long to preview." } }), 413);
  const { html, toc } = renderMarkdown(body.replace(/\r\n?/g, "\n"));
  return json({ html, toc }, { headers: { "Cache-Control": "no-store" } });
}
