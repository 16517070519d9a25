import { Prose } from "@ag.ds-next/react/prose";

/** Styles for what the Markdown renderer emits beyond plain prose: callouts and link markers. */
const ARTICLE_STYLES = `
.article-body .callout { border-left: 0.5rem solid #00698f; background: #e6f0f4; padding: 0.75rem 1rem; margin: 1.5rem 0; }
.article-body .callout-tip { border-left-color: #0b7a3e; background: #e7f4ec; }
.article-body .callout-important { border-left-color: #4d2c91; background: #efeaf7; }
.article-body .callout-warning, .article-body .callout-caution { border-left-color: #b95800; background: #fdf1e6; }
.article-body .callout > :first-child { margin-top: 0; }
.article-body .callout-title { margin-bottom: 0.25rem; }
.article-body a.external-link::after { content: " \\2197"; }
.article-body .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.article-body table { display: block; overflow-x: auto; border-collapse: collapse; }
.article-body th, .article-body td { border-bottom: 1px solid #bbb; padding: 0.25rem 0.75rem 0.25rem 0; text-align: left; vertical-align: top; }
`;

/**
 * Shows an article's (or a preview's) body. The HTML was produced on the server by
 * app/platform/markdown.server.ts: marked's output passed through sanitize-html with an allow-list
 * that removes scripts, event handlers, styles, embeds, forms and javascript:/data: URLs, tested
 * against 145 attack strings in test/articles/markdown.test.ts. That is why it is safe here.
 */
export function ArticleBody({ html, label }: { html: string; label?: string }) {
  return (
    <div className="article-body" aria-label={label} role={label ? "region" : undefined}>
      {/* As raw HTML: React escapes the quotes and ">" of style text on the server but not in the
          browser, and that hydration mismatch re-renders the page without its design-system styles. */}
      <style dangerouslySetInnerHTML={{ __html: ARTICLE_STYLES }} />
      <Prose>
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </Prose>
    </div>
  );
}
