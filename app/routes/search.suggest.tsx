import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { suggest } from "~/search/search.server";

/**
 * GET /search/suggest?q=...: JSON suggestions for the header search box while someone types
 * (top products and guidance). A resource route: it renders nothing.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const suggestions = q.trim().length < 2 ? [] : await suggest({ q });
  return json({ query: q, suggestions }, { headers: { "Cache-Control": "private, max-age=30" } });
}
