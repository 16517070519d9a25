/**
 * Published guidance as an Atom 1.0 feed (RFC 4287). Entry content is the article's sanitised
 * HTML, escaped as text inside <content type="html">, so the feed stays well-formed XML whatever
 * the article contains.
 */
import { xmlText } from "~/open-data/atom";

export interface FeedArticle {
  slug: string;
  title: string;
  summary: string;
  html: string;
  responsibleAgency: string;
  publishedAt: string | null;
  updatedAt: string;
}

/** Atom wants RFC 3339 timestamps; stored ones are ISO-8601 UTC already, dates get midnight. */
const moment = (value: string) => (value.length === 10 ? `${value}T00:00:00Z` : value);

export function articlesFeed({ origin, articles, generatedAt }: { origin: string; articles: FeedArticle[]; generatedAt: string }): string {
  const updated = articles.reduce((max, a) => (a.updatedAt > max ? a.updatedAt : max), "") || generatedAt;
  const entries = articles.map((a) => {
    const link = `${origin}/articles/${a.slug}`;
    return `  <entry>
    <id>${xmlText(link)}</id>
    <title>${xmlText(a.title)}</title>
    <updated>${moment(a.updatedAt)}</updated>
${a.publishedAt ? `    <published>${moment(a.publishedAt)}</published>\n` : ""}    <author><name>${xmlText(a.responsibleAgency)}</name></author>
    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>
    <summary>${xmlText(a.summary)}</summary>
    <content type="html">${xmlText(a.html)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-AU">
  <id>${xmlText(`${origin}/articles`)}</id>
  <title>Cloud Exchange guidance</title>
  <subtitle>Guidance on the Secure Cloud Strategy, assurance and cloud procurement for Australian government.</subtitle>
  <updated>${moment(updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(`${origin}/articles/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(`${origin}/articles`)}"/>
  <author><name>Cloud Exchange</name></author>
${entries.join("\n")}
</feed>
`;
}
