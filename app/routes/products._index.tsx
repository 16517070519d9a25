import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { Column, Columns } from "@ag.ds-next/react/columns";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Pagination } from "@ag.ds-next/react/pagination";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { facetCounts, filterEntries, PAGE_SIZE, sortEntries, toSearchParams } from "~/catalogue/facets";
import { parseCatalogueQuery } from "~/catalogue/facets.server";
import { catalogueEntries, listCategories } from "~/catalogue/catalogue.server";
import { catalogueAlignment } from "~/procurement/alignment.server";
import { loadPurchase } from "~/procurement/purchase.server";
import { shortlistChoices } from "~/shortlists/shortlist.server";
import { getVisitor } from "~/accounts/session.server";
import { catalogueTextMatch, narrowToText } from "~/catalogue/catalogue-search.server";
import { Checkbox } from "@ag.ds-next/react/checkbox";
import { CataloguePick, PICK_FORM_ID } from "~/compare/catalogue-pick";
import { ActiveProfileFilter, CatalogueFilters, filtersApplied } from "~/catalogue/catalogue-filters";
import { visitorProfile } from "~/assessments/buyer-assessments.server";
import { productAggregates, productsMeetingProfile } from "~/assessments/product-assessments.server";
import { ProductSummary } from "~/catalogue/product-summary";
import { OpenDataLinks } from "~/open-data/open-data-links";
import { normaliseSearch } from "~/saved-searches/saved-search.server";
import { watchState } from "~/watches/watches.server";
import { WatchControl } from "~/watches/watch-control";
import { estimatesForPurchase, priceLines } from "~/catalogue/catalogue-prices.server";
import { todayIso } from "~/platform/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Products (${data.total}) | Cloud Exchange` : "Products | Cloud Exchange" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const categoryList = listCategories();
  const categorySlugs = categoryList.map((c) => c.slug);
  const { query, problems } = parseCatalogueQuery(url.searchParams, categorySlugs);
  const entries = catalogueEntries();
  const text = await catalogueTextMatch(query.q);
  const visitor = await getVisitor(request);
  const purchase = loadPurchase(visitor);
  const alignment = purchase ? catalogueAlignment({ purchase, products: entries }) : null;
  const shortlists = visitor.user ? shortlistChoices({ userId: visitor.user.id }) : null;
  const notices: string[] = [];
  if (query.fits && !alignment) {
    notices.push("Describe your proposed purchase to see which products meet every product rule for it.");
    query.fits = false;
  }
  const found = visitorProfile({ userId: visitor.user?.id ?? null, classification: purchase?.classification ?? null });
  const meeting = found ? productsMeetingProfile(found.profile) : null;
  if (query.profile && !meeting) {
    notices.push("The assessment framework is not published yet, so no product can be judged against a requirements profile.");
    query.profile = false;
  }
  // "Meets every product rule" and "meets my requirements profile" combine with the facets by AND,
  // so they narrow the pool the facets count over.
  const searched = narrowToText(entries, text);
  const fitted = query.fits && alignment ? searched.filter((e) => alignment.get(e.id)?.fits) : searched;
  const pool = query.profile && meeting ? fitted.filter((e) => meeting.has(e.id)) : fitted;
  const filtered = filterEntries(pool, query);
  const today = todayIso();
  const hasEstimate = !!purchase?.costEstimate;
  const estimates = query.sort === "estimate" ? estimatesForPurchase({ purchase, entries: filtered, today }) : null;
  if (query.sort === "estimate" && !estimates) {
    notices.push("Build your purchase's cost from a product's prices to sort by estimated cost.");
    query.sort = query.q ? "relevance" : "name";
  }
  const matching = sortEntries(filtered, query.sort, text?.rank, estimates ?? undefined);
  const totalPages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const search = normaliseSearch(query);
  const watch = visitor.user ? watchState({ userId: visitor.user.id, search }) : null;
  const page = Math.min(query.page, totalPages);
  const shown = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const assessed = productAggregates(shown.map((e) => e.id));
  return json(
    {
      query,
      problems,
      categories: categoryList,
      counts: facetCounts(pool, query, categorySlugs),
      notices,
      hasPurchase: !!alignment,
      fitsCount: alignment ? filterEntries(searched, query).filter((e) => alignment.get(e.id)?.fits).length : 0,
      profileFilter:
        found && meeting
          ? {
              count: filterEntries(fitted, query).filter((e) => meeting.has(e.id)).length,
              hint: found.profile.saved
                ? `Your saved requirements profile, for ${found.profile.classification} data`
                : `The framework's minimums for ${found.profile.classification} data, until you set your own requirements`,
            }
          : null,
      assessedBy: Object.fromEntries(shown.map((e) => [e.id, assessed.get(e.id)?.assessedBy ?? 0])),
      prices: priceLines({ productIds: shown.map((e) => e.id), today, estimates }),
      hasEstimate,
      fit: Object.fromEntries(
        shown.map((e) => {
          const a = alignment?.get(e.id);
          return [e.id, a ? { label: a.summary.label, fits: a.fits } : null];
        }),
      ),
      shortlists,
      search,
      watch,
      here: `/products${url.search}`,
      backTo: toSearchParams(query).toString(),
      total: matching.length,
      catalogueSize: entries.length,
      page,
      totalPages,
      results: shown,
    },
    // Unknown filter values are the request's fault: say so, but still show the catalogue.
    { status: problems.length > 0 ? 400 : 200 },
  );
}

/**
 * Long badge labels wrap instead of widening a 390px page. The filters sit in a disclosure that is
 * closed on phones, so the results start near the top; from the md breakpoint up its summary is
 * hidden and its content always shown, whether or not JavaScript runs.
 */
const CATALOGUE_STYLES = `
.product-badges span { white-space: normal; max-width: 100%; }
.filter-disclosure > summary { cursor: pointer; padding: 0.75rem 1rem; border: 2px solid var(--agds-light-foreground-action, #00698f); border-radius: 4px; }
.skip-to-results:not(:focus) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (min-width: 768px) {
  .filter-disclosure > summary { display: none; }
  .filter-disclosure::details-content { content-visibility: visible; display: block; }
}
`;

export default function Products() {
  const data = useLoaderData<typeof loader>();
  const { query } = data;
  const pageHref = (n: number) => `/products?${toSearchParams({ ...query, page: n })}`;
  const first = (data.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(data.page * PAGE_SIZE, data.total);
  const applied = filtersApplied(query);

  return (
    <PageContent>
      {/* Long badge labels ("IRAP OFFICIAL: Sensitive, reassessment overdue") wrap instead of widening a 390px page. */}
      <style dangerouslySetInnerHTML={{ __html: CATALOGUE_STYLES }} />
      <Stack gap={2}>
        <H1>Cloud products</H1>
        {data.notices.length > 0 ? (
          <PageAlert tone="info" title="Filter or sort not applied">
            <Text as="p">
              {data.notices.join(" ")} <TextLink href="/purchase">Describe your purchase</TextLink>
            </Text>
          </PageAlert>
        ) : null}
        {data.problems.length > 0 ? (
          <PageAlert tone="warning" title="Some filters in the address were not understood">
            <ul>
              {data.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </PageAlert>
        ) : null}
        <WatchControl
          target="search"
          value={data.search}
          noun="this search"
          hint="Hear when a product starts or stops matching this search."
          watch={data.watch}
          signedIn={data.shortlists !== null}
          redirectTo={data.here}
        />
        <form method="get" action="/products" aria-label="Filter and sort products">
          {/* Twenty-odd filters come first on the page: keyboard users can jump past them. */}
          <a className="skip-to-results" href="#results-heading">
            Skip to the results
          </a>
          <Columns>
            <Column columnSpan={{ xs: 12, md: 4 }}>
              <details className="filter-disclosure">
                <summary>
                  <H2 as="span" fontSize="md">
                    Filter products{applied > 0 ? ` (${applied} applied)` : ""}
                  </H2>
                </summary>
                <CatalogueFilters query={query} counts={data.counts} categories={data.categories} profile={data.profileFilter} />
              </details>
            </Column>
            <Column columnSpan={{ xs: 12, md: 8 }}>
              <Stack gap={1}>
                <H2 id="results-heading" tabIndex={-1}>
                  {data.total === 0 ? "No products match" : `${data.total} of ${data.catalogueSize} products`}
                </H2>
                <ActiveProfileFilter query={query} />
                {data.hasPurchase ? (
                  <Checkbox name="fits" value="1" size="sm" {...{ defaultChecked: query.fits }}>
                    Meets every product rule for my purchase ({data.fitsCount})
                  </Checkbox>
                ) : (
                  <Text as="p" fontSize="xs">
                    <TextLink href="/purchase">Describe your proposed purchase</TextLink> to see how each product fits it.
                  </Text>
                )}
                <Select
                  label="Sort by"
                  name="sort"
                  {...{ defaultValue: query.sort }}
                  options={[
                    ...(query.q ? [{ value: "relevance", label: "Best match" }] : []),
                    { value: "name", label: "Name (A to Z)" },
                    { value: "newest", label: "Newest assessment" },
                    { value: "rating", label: "Highest rated" },
                    ...(data.hasEstimate ? [{ value: "estimate", label: "Estimated cost for your purchase (lowest first)" }] : []),
                  ]}
                />
                <div>
                  <Button type="submit" variant="secondary">
                    Apply filters and sort
                  </Button>
                </div>
                {data.total === 0 ? (
                  <Text as="p">
                    Try removing a filter, or <TextLink href="/products">clear all filters</TextLink>.
                  </Text>
                ) : (
                  <>
                    <Text as="p" fontSize="xs">
                      Showing {first} to {last}.
                    </Text>
                    <OpenDataLinks query={query} total={data.total} />
                    <ul aria-labelledby="results-heading" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                      {data.results.map((entry) => (
                        <ProductSummary
                          key={entry.id}
                          entry={entry}
                          fit={data.fit[entry.id]}
                          assessedBy={data.assessedBy[entry.id]}
                          price={data.prices[entry.id]}
                          pickForm={PICK_FORM_ID}
                          from={data.backTo}
                        />
                      ))}
                    </ul>
                  </>
                )}
                {data.totalPages > 1 ? <Pagination currentPage={data.page} totalPages={data.totalPages} generateHref={pageHref} /> : null}
              </Stack>
            </Column>
          </Columns>
        </form>
        {data.total > 0 ? <CataloguePick shortlists={data.shortlists} redirectTo={data.here} /> : null}
      </Stack>
    </PageContent>
  );
}
