import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Pagination } from "@ag.ds-next/react/pagination";
import { Prose } from "@ag.ds-next/react/prose";
import { SearchBox, SearchBoxButton, SearchBoxInput } from "@ag.ds-next/react/search-box";
import { Stack } from "@ag.ds-next/react/stack";
import { SubNav } from "@ag.ds-next/react/sub-nav";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { readSearchPageParams } from "~/search/page-params.server";
import { search } from "~/search/search.server";
import { SEARCH_TABS, type DocType, type Segment, type SearchTabKey } from "~/search/types";

const PER_PAGE = 10;
const TYPE_LABELS: Record<DocType, string> = { product: "Product", provider: "Provider", article: "Guidance", review: "Review" };

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const params = readSearchPageParams(url.searchParams);
  const tab = SEARCH_TABS.find((t) => t.key === params.type) ?? SEARCH_TABS[0];
  const result = await search({ q: params.q, type: tab.type, page: params.page, perPage: PER_PAGE });
  return json({ ...result, tab: tab.key }, { headers: { "Cache-Control": "no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.query ? `${data.query} - Search | Cloud Exchange` : "Search | Cloud Exchange" },
  { name: "robots", content: "noindex" },
];

/** The URL for a state of this page; state lives in the URL only. */
function searchHref({ q, tab, page = 1 }: { q: string; tab: SearchTabKey; page?: number }): string {
  const params = new URLSearchParams({ q });
  if (tab !== "all") params.set("type", tab);
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}

/** Text with the matched words in <mark>; rendered as text, so nothing in the data becomes HTML. */
function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

export default function SearchPage() {
  const data = useLoaderData<typeof loader>();
  const { query, tab, counts, total, totalPages, page, results, didYouMean, status } = data;
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const tabLinks = SEARCH_TABS.map((t) => ({
    href: searchHref({ q: query, tab: t.key }),
    label: `${t.label} (${t.type ? counts[t.type] : all})`,
  }));
  const firstShown = (page - 1) * PER_PAGE + 1;

  return (
    <PageContent>
      <Stack gap={2}>
        <H1>{query ? `Search results for “${query}”` : "Search"}</H1>
        <SearchBox aria-label="Search Cloud Exchange">
          <SearchBoxInput name="q" label="Search products, providers, guidance and reviews" labelVisible defaultValue={query} />
          {tab !== "all" ? <input type="hidden" name="type" value={tab} /> : null}
          <SearchBoxButton>Search</SearchBoxButton>
        </SearchBox>

        {status === "warming" ? (
          <PageAlert tone="info" title="Search is warming up">
            <Text as="p">
              We are building the search index. <TextLink href={searchHref({ q: query, tab })}>Try again</TextLink> in a few seconds.
            </Text>
          </PageAlert>
        ) : null}

        {status === "ready" ? (
          <>
            <SubNav aria-label="Result types" activePath={searchHref({ q: query, tab })} links={tabLinks} />
            {counts.product > 0 ? (
              <Text as="p">
                <TextLink href={`/products?${new URLSearchParams({ q: query })}`}>
                  Filter the {counts.product === 1 ? "matching product" : `${counts.product} matching products`} by certification, service
                  model and more
                </TextLink>
              </Text>
            ) : null}
            {didYouMean ? (
              <Text as="p" fontSize="md">
                Did you mean <TextLink href={searchHref({ q: didYouMean, tab })}>{didYouMean}</TextLink>?
              </Text>
            ) : null}
            {total === 0 ? (
              <NoResults query={query} />
            ) : (
              <section aria-labelledby="results-heading">
                <Stack gap={1.5}>
                  <H2 id="results-heading">
                    {total === 1 ? "1 result" : `${total} results`}
                    {totalPages > 1 ? ` (showing ${firstShown} to ${firstShown + results.length - 1})` : ""}
                  </H2>
                  <ol style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "1.5rem" }}>
                    {results.map((r) => (
                      <li key={`${r.type}-${r.id}`}>
                        <Stack gap={0.25}>
                          <Text fontSize="xs" color="muted">
                            {TYPE_LABELS[r.type]}
                            {r.context ? ` · ${r.context}` : ""}
                          </Text>
                          <Text fontSize="md" fontWeight="bold">
                            <TextLink href={r.url}>
                              <Highlighted segments={r.title} />
                            </TextLink>
                          </Text>
                          {r.snippet.length ? (
                            <Text as="p">
                              <Highlighted segments={r.snippet} />
                            </Text>
                          ) : null}
                        </Stack>
                      </li>
                    ))}
                  </ol>
                  {totalPages > 1 ? (
                    <Pagination
                      aria-label="Search results pages"
                      currentPage={Math.min(page, totalPages)}
                      totalPages={totalPages}
                      generateHref={(p) => searchHref({ q: query, tab, page: p })}
                    />
                  ) : null}
                </Stack>
              </section>
            )}
          </>
        ) : null}

        {status === "blank" ? (
          <Text as="p">
            Type a product, provider, certification or topic, for example “kubernetes”, “IRAP PROTECTED” or “email archiving”.
          </Text>
        ) : null}
      </Stack>
    </PageContent>
  );
}

function NoResults({ query }: { query: string }) {
  return (
    <section aria-labelledby="no-results">
      <Stack gap={1}>
        <H2 id="no-results">No results for “{query}”</H2>
        <Prose>
          <ul>
            <li>Check the spelling, or try fewer or more general words.</li>
            <li>Search for the kind of service (“backup”, “identity”) rather than a brand.</li>
            <li>
              Browse the <a href="/products">product catalogue</a> or the <a href="/articles">guidance</a>.
            </li>
          </ul>
        </Prose>
      </Stack>
    </section>
  );
}
