import { H2 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import { Text } from "@ag.ds-next/react/text";

/** "Related guidance" on a product page: articles linked to it or explaining its kinds of badge. */
export function RelatedGuidance({ articles }: { articles: { slug: string; title: string; summary: string }[] }) {
  return (
    <section aria-labelledby="related-guidance">
      <H2 id="related-guidance">Related guidance</H2>
      {articles.length === 0 ? (
        <Text as="p">
          No guidance is linked to this product yet. <a href="/articles">Browse all guidance</a>.
        </Text>
      ) : (
        <Prose>
          <ul>
            {articles.map((a) => (
              <li key={a.slug}>
                <a href={`/articles/${a.slug}`}>{a.title}</a>: {a.summary}
              </li>
            ))}
          </ul>
        </Prose>
      )}
    </section>
  );
}
