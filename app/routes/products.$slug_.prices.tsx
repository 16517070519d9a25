/**
 * /products/:slug/prices: the price list in force today, lists approved to start later, the service
 * documents with their dates and what the SLA promises, and every approved list as a timeline of
 * what changed. With no approved list the page says "Price on request" and shows the documents.
 */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import { productBySlug } from "~/listings/listing-change.server";
import { DOCUMENT_KINDS, DOCUMENT_LABELS } from "~/pricing/documents";
import { PriceListTable } from "~/pricing/price-list-table";
import { PriceTimeline } from "~/pricing/price-timeline";
import { priceHistory, priceListInForce, serviceDocumentsFor, upcomingLists } from "~/pricing/prices.server";
import { formatDate, todayIso } from "~/platform/dates";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage } from "~/ui/error-page";
import { ReferenceLink } from "~/ui/reference-link";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Prices: ${data.product.name} | Cloud Exchange` : "Product not found | Cloud Exchange" },
  { name: "description", content: data ? `Prices, price history and service documents of ${data.product.name}` : "" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const product = productBySlug({ slug: params.slug ?? "" });
  if (!product) throw json("We could not find that product.", { status: 404 });
  const today = todayIso();
  const inForce = priceListInForce({ productId: product.id, today });
  const documents = serviceDocumentsFor({ productId: product.id });
  return json({
    product: { slug: product.slug, name: product.name },
    today,
    inForce,
    upcoming: upcomingLists({ productId: product.id, today }),
    history: priceHistory({ productId: product.id }),
    documents: documents
      ? {
          list: DOCUMENT_KINDS.map((k) => ({ kind: k, label: DOCUMENT_LABELS[k], url: documents[`${k}Url`], date: documents[`${k}Date`] })),
          slaAvailability: documents.slaAvailability,
          supportHours: documents.supportHours,
        }
      : null,
  });
}

export default function ProductPrices() {
  const { product, today, inForce, upcoming, history, documents } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/products", label: "Products" },
            { href: `/products/${product.slug}`, label: product.name },
            { label: "Prices" },
          ]}
        />
        <H1>Prices: {product.name}</H1>
        <Text as="p">
          Prices as the provider proposed them and Cloud Exchange approved them, in Australian dollars ex GST unless marked. A tier's price
          applies to the units within it each month.
        </Text>
        <section aria-labelledby="in-force">
          <Stack gap={1}>
            <H2 id="in-force">{inForce ? `In force today, since ${formatDate(inForce.effectiveFrom)}` : "Price on request"}</H2>
            {inForce ? (
              <PriceListTable list={inForce} caption={`Prices of ${product.name} in force from ${formatDate(inForce.effectiveFrom)}`} />
            ) : (
              <Text as="p">The provider has no approved price list here yet: ask them, or read their pricing document below.</Text>
            )}
          </Stack>
        </section>
        {upcoming.length > 0 ? (
          <section aria-labelledby="upcoming">
            <Stack gap={1}>
              <H2 id="upcoming">Approved to start later</H2>
              {upcoming.map((l) => (
                <PriceListTable key={l.id} list={l} caption={`Prices of ${product.name} from ${formatDate(l.effectiveFrom)}`} />
              ))}
            </Stack>
          </section>
        ) : null}
        <section aria-labelledby="documents">
          <Stack gap={1}>
            <H2 id="documents">Service documents</H2>
            {documents ? (
              <SummaryList>
                {documents.list.map((d) => (
                  <SummaryListItem key={d.kind}>
                    <SummaryListItemTerm>{d.label}</SummaryListItemTerm>
                    <SummaryListItemDescription>
                      {d.url ? <ReferenceLink value={d.url} /> : "Not supplied"}
                      {d.date ? `, version of ${formatDate(d.date)}` : ""}
                    </SummaryListItemDescription>
                  </SummaryListItem>
                ))}
                <SummaryListItem>
                  <SummaryListItemTerm>SLA availability</SummaryListItemTerm>
                  <SummaryListItemDescription>
                    {documents.slaAvailability === null
                      ? "Not stated"
                      : `${documents.slaAvailability.toLocaleString("en-AU", { maximumFractionDigits: 3 })}%`}
                  </SummaryListItemDescription>
                </SummaryListItem>
                <SummaryListItem>
                  <SummaryListItemTerm>Support hours</SummaryListItemTerm>
                  <SummaryListItemDescription>{documents.supportHours ?? "Not stated"}</SummaryListItemDescription>
                </SummaryListItem>
              </SummaryList>
            ) : (
              <Text as="p">The provider has not supplied its service documents here.</Text>
            )}
          </Stack>
        </section>
        {history.length > 0 ? (
          <section aria-labelledby="history">
            <Stack gap={1}>
              <H2 id="history">Price history</H2>
              <Text as="p">Each approved list and how its prices moved from the one before (the first tier's price of each item).</Text>
              <PriceTimeline history={history} inForceId={inForce?.id ?? null} today={today} />
            </Stack>
          </section>
        ) : null}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
