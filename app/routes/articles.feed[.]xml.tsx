/** GET /articles/feed.xml: published guidance as an Atom feed. */
import { articlesFeed } from "~/guidance/atom";
import { renderMarkdown } from "~/platform/markdown.server";
import { feedArticles } from "~/guidance/article.server";
import { publicOrigin } from "~/platform/http-cache.server";

export async function loader() {
  const articles = feedArticles({ limit: 30 }).map((a) => ({ ...a, html: renderMarkdown(a.body).html }));
  const xml = articlesFeed({ origin: publicOrigin(), articles, generatedAt: new Date().toISOString() });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
