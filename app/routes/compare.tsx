import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { TextInput } from "@ag.ds-next/react/text-input";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { getVisitor } from "~/accounts/session.server";
import { todayIso } from "~/platform/dates";
import { alignProduct } from "~/procurement/alignment.server";
import { listingDetails } from "~/catalogue/listing-details.server";
import { catalogueEntries } from "~/catalogue/catalogue.server";
import { findByName, type NameMatch } from "~/compare/find-by-name.server";
import { productIdsBySlugs } from "~/catalogue/product.server";
import { loadPurchase } from "~/procurement/purchase.server";
import { loadRuleVersions } from "~/procurement/rules.server";
import { responsibilityRowsForCompare } from "~/responsibility/responsibility.server";
import { listShortlists } from "~/shortlists/shortlist.server";
import { AddToShortlist } from "~/shortlists/add-to-shortlist";
import { CompareTable } from "~/compare/compare-table";
import { ResponsibilityCompare } from "~/responsibility/responsibility-compare";
import { PRINT_STYLES } from "~/ui/print-styles";
import { readForm } from "~/platform/read-form.server";
import { compareAssessments } from "~/assessments/compare-rows.server";
import { comparePriceRows, estimateBasisFor } from "~/pricing/compare-prices.server";

export const MAX_COMPARED = 4;

export const meta: MetaFunction = () => [{ title: "Compare products | Cloud Exchange" }];

/** Accepts ?products=a,b,c and repeated ?products=a&products=b (what the catalogue's checkboxes send). */
function requestedSlugs(params: URLSearchParams): string[] {
  const slugs = params
    .getAll("products")
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(slugs)];
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const requested = requestedSlugs(url.searchParams);
  const messages: string[] = [];
  const found = productIdsBySlugs(requested.slice(0, 50));
  const unknown = requested.filter((s) => !found.some((f) => f.slug === s));
  if (unknown.length > 0) {
    messages.push(
      `We could not find ${unknown.length === 1 ? "this product" : "these products"}: ${unknown.map((s) => s.slice(0, 60)).join(", ")}.`,
    );
  }
  const known = requested.flatMap((s) => found.filter((f) => f.slug === s));
  if (known.length > MAX_COMPARED)
    messages.push(`You can compare up to ${MAX_COMPARED} products at once; the first ${MAX_COMPARED} are shown.`);
  const chosen = known.slice(0, MAX_COMPARED);

  const today = todayIso();
  const visitor = await getVisitor(request);
  const { user } = visitor;
  const purchase = loadPurchase(visitor);
  const rules = purchase ? loadRuleVersions() : [];
  const products = listingDetails({ productIds: chosen.map((c) => c.id), today }).map((l) => ({
    ...l,
    results: purchase ? alignProduct({ productId: l.id, name: l.name, purchase, rules, today }) : null,
  }));
  const here = `/compare?products=${chosen.map((c) => encodeURIComponent(c.slug)).join(",")}`;
  // "Add a product" by name: a GET, so it works without JavaScript.
  const typed = url.searchParams.get("add");
  let adding: { typed: string; error?: string; matches?: NameMatch[]; total?: number } | null = null;
  if (typed !== null) {
    if (chosen.length >= MAX_COMPARED) adding = { typed, error: `You are comparing ${MAX_COMPARED} products already: remove one first` };
    else {
      const found = findByName({ typed, entries: catalogueEntries(today), exclude: new Set(chosen.map((c) => c.id)) });
      if (found.kind === "found") throw redirect(`${here}${chosen.length ? "," : ""}${encodeURIComponent(found.match.slug)}`);
      adding = found.kind === "choose" ? { typed, matches: found.matches, total: found.total } : { typed, error: found.message };
    }
  }
  const prices = comparePriceRows({ products, today, basis: estimateBasisFor({ purchase, today }) });
  return json({
    products,
    prices,
    responsibility: responsibilityRowsForCompare(products.map((p) => p.id)).rows,
    messages,
    hasPurchase: !!purchase,
    assessments: compareAssessments({
      productIds: products.map((p) => p.id),
      userId: user?.id ?? null,
      classification: purchase?.classification ?? null,
    }),
    shortlists: user ? listShortlists({ userId: user.id }).map((s) => ({ id: s.id, name: s.name })) : null,
    adding,
    here,
    slugs: chosen.map((c) => c.slug),
  });
}

/** The catalogue's selection form posts here (to keep its CSRF token out of URLs); answer with the shareable address. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  // Only slug-shaped values go into the redirect: a form could otherwise build a Location header
  // hundreds of kilobytes long, which proxies and browsers refuse.
  const slugs = form
    .getAll("products")
    .map(String)
    .filter((s) => /^[a-z0-9][a-z0-9-]{0,119}$/.test(s))
    .slice(0, 50);
  return redirect(`/compare?products=${slugs.map(encodeURIComponent).join(",")}`);
}

export default function Compare() {
  const data = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <style media="print">{PRINT_STYLES}</style>
      <Stack gap={2}>
        <H1>Compare products</H1>
        {data.messages.length > 0 ? (
          <PageAlert tone="warning" title="Some products could not be compared">
            <ul>
              {data.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </PageAlert>
        ) : null}
        {data.products.length < MAX_COMPARED || data.adding ? <AddByName data={data} /> : null}
        {data.products.length === 0 ? (
          <Text as="p">
            Choose up to {MAX_COMPARED} products to compare from the <TextLink href="/products">catalogue</TextLink>.
          </Text>
        ) : (
          <>
            {!data.hasPurchase ? (
              <div className="no-print">
                <Text as="p">
                  <TextLink href="/purchase">Describe your proposed purchase</TextLink> to see how each product fits the procurement rules.
                </Text>
              </div>
            ) : null}
            <CompareTable
              products={data.products}
              assessments={data.assessments}
              prices={data.prices.rows}
              removeHref={(slug: string) => compareHref(data.slugs.filter((s) => s !== slug))}
            />
            {data.prices.estimateNote ? <Text as="p">{data.prices.estimateNote}</Text> : null}
            {data.assessments ? (
              <Text as="p">
                Agency assessments are judged against {data.assessments.judgedBy}.{" "}
                <TextLink href="/requirements">Set your requirements</TextLink>
              </Text>
            ) : null}
            <ResponsibilityCompare products={data.products} rows={data.responsibility} />
            <section aria-labelledby="shortlist-heading" className="no-print">
              <H2 id="shortlist-heading">Shortlist these products</H2>
              <AddToShortlist
                slugs={data.products.map((p) => p.slug)}
                shortlists={data.shortlists}
                redirectTo={data.here}
                label={`Add all ${data.products.length} to shortlist`}
              />
            </section>
          </>
        )}
      </Stack>
    </PageContent>
  );
}

function compareHref(slugs: string[]): string {
  return slugs.length ? `/compare?products=${slugs.map(encodeURIComponent).join(",")}` : "/compare";
}

/**
 * Type part of a name and add it: one match is added at once, several are offered as links, none
 * gets a message beside the field with what was typed kept.
 */
function AddByName({
  data,
}: {
  data: { slugs: string[]; adding: { typed: string; error?: string; matches?: NameMatch[]; total?: number } | null };
}) {
  const { adding } = data;
  return (
    <form method="get" action="/compare" aria-labelledby="add-heading" className="no-print">
      {data.slugs.length > 0 ? <input type="hidden" name="products" value={data.slugs.join(",")} /> : null}
      <Stack gap={1}>
        <H2 id="add-heading">Add a product</H2>
        <TextInput
          label="Product name"
          hideOptionalLabel
          hint={`Type part of its name or its provider's, for example "Wattle Grid". Up to ${MAX_COMPARED} products.`}
          name="add"
          id="add-product"
          {...{ defaultValue: adding?.typed ?? "" }}
          invalid={!!adding?.error}
          message={adding?.error}
          autoComplete="off"
          maxWidth="xl"
        />
        <div>
          <Button type="submit" variant="secondary">
            Add to comparison
          </Button>
        </div>
        {adding?.matches ? (
          <section aria-labelledby="matches-heading">
            <Text as="p" id="matches-heading" fontWeight="bold">
              {adding.total} products match “{adding.typed}”
              {adding.total! > adding.matches.length
                ? `: the first ${adding.matches.length} are shown, type more of the name to narrow them`
                : ""}
              . Choose one to add:
            </Text>
            <ul>
              {adding.matches.map((m) => (
                <li key={m.slug} style={{ paddingBlock: 4 }}>
                  <TextLink href={compareHref([...data.slugs, m.slug])}>
                    {m.name} ({m.providerName})
                  </TextLink>
                  {m.mapped ? " (mapped from FedRAMP)" : ""}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Stack>
    </form>
  );
}
