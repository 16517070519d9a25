/**
 * Published guidance as an Atom 1.0 feed (RFC 4287). Entry content is the article's sanitised
 * HTML, escaped as text inside <content type="html">, so the feed stays well-formed XML whatever
 * the article contains.
 */
import { atomFeed } from "~/platform/atom";

export interface FeedArticle {
  slug: string;
  title: string;
  summary: string;
  html: string;
  responsibleAgency: string;
  publishedAt: string | null;
  updatedAt: string;
}

export function articlesFeed({ origin, articles, generatedAt }: { origin: string; articles: FeedArticle[]; generatedAt: string }): string {
  return atomFeed({
    page: `${origin}/articles`,
    self: `${origin}/articles/feed.xml`,
    title: "Cloud Exchange guidance",
    subtitle: "Guidance on the Secure Cloud Strategy, assurance and cloud procurement for Australian government.",
    updated: generatedAt,
    entries: articles.map((a) => ({
      id: `${origin}/articles/${a.slug}`,
      title: a.title,
      updated: a.updatedAt,
      published: a.publishedAt,
      author: a.responsibleAgency,
      link: `${origin}/articles/${a.slug}`,
      summary: a.summary,
      html: a.html,
    })),
  });
}
