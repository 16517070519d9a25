import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { Flex } from "@ag.ds-next/react/flex";
import { Select } from "@ag.ds-next/react/select";
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
  return json({
    products,
    responsibility: responsibilityRowsForCompare(products.map((p) => p.id)).rows,
    messages,
    hasPurchase: !!purchase,
    shortlists: user ? listShortlists({ userId: user.id }).map((s) => ({ id: s.id, name: s.name })) : null,
    // Room for more: offer the rest of the catalogue, by name, in a plain GET form.
    choices:
      chosen.length < MAX_COMPARED
        ? catalogueEntries(today)
            .filter((e) => !chosen.some((c) => c.id === e.id))
            .map((e) => ({ value: e.slug, label: `${e.name} (${e.providerName})` }))
            .sort((a, b) => a.label.localeCompare(b.label, "en-AU"))
        : [],
    here: `/compare?products=${chosen.map((c) => encodeURIComponent(c.slug)).join(",")}`,
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
        {data.choices.length > 0 ? (
          <form method="get" action="/compare" aria-label="Add a product to the comparison" className="no-print">
            {data.products.length > 0 ? <input type="hidden" name="products" value={data.products.map((p) => p.slug).join(",")} /> : null}
            <Flex gap={1} alignItems="flex-end" flexWrap="wrap">
              <Select
                label="Add a product to compare"
                name="products"
                id="add-product"
                options={data.choices}
                placeholder="Choose a product"
                maxWidth="xl"
              />
              <Button type="submit" variant="secondary">
                Add to comparison
              </Button>
            </Flex>
          </form>
        ) : null}
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
            <CompareTable products={data.products} />
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
