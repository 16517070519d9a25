import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { BADGE_KIND_LABELS } from "~/assurance/vocabulary";
import { formatDate } from "~/platform/dates";
import { catalogueInsights } from "~/open-data/insights.server";
import { BarChart } from "~/ui/charts/bar-chart";
import { ChartLegend, StackedBarChart, type Segment } from "~/ui/charts/stacked-bar-chart";

export const meta: MetaFunction = () => [{ title: "Insights | Cloud Exchange" }];

export async function loader() {
  return json(catalogueInsights());
}

const CURRENCY_SEGMENTS: Segment[] = [
  { key: "current", label: "Current", colour: "current" },
  { key: "due", label: "Due within 90 days", colour: "due" },
  { key: "overdue", label: "Overdue or expired", colour: "overdue" },
];

const SME_SEGMENTS: Segment[] = [
  { key: "sme", label: "SME", colour: "accent" },
  { key: "other", label: "Not an SME", colour: "neutral" },
];

const list = (parts: string[]) => (parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`);

export default function InsightsPage() {
  const data = useLoaderData<typeof loader>();
  const reviewTotal = data.ratings.reduce((n, r) => n + r.count, 0);
  const providerTotal = data.sme.sme + data.sme.other;
  return (
    <PageContent>
      <Stack gap={3}>
        <Stack gap={0.5}>
          <H1>Insights</H1>
          <Text as="p" fontSize="md">
            The catalogue as a whole on {formatDate(data.today)}: {data.productCount} products. Each chart has its numbers in a table below
            it, and the <TextLink href="/data-dictionary">open data</TextLink> has them product by product.
          </Text>
        </Stack>

        <section aria-labelledby="irap-heading">
          <Stack gap={1}>
            <H2 id="irap-heading">Products by highest classification assessed</H2>
            <Text as="p">The highest level each product's IRAP assessments cover, whatever their currency.</Text>
            <BarChart
              id="irap-chart"
              title="Products by highest IRAP level assessed"
              summary={`Of ${data.productCount} products: ${list(data.irapLevels.map((l) => `${l.count} ${l.level === "none" ? "with no IRAP assessment" : `assessed to ${l.level}`}`))}.`}
              bars={data.irapLevels.map((l) => ({
                label: l.level === "none" ? "No IRAP assessment" : l.level,
                value: l.count,
                colour: l.level === "none" ? "neutral" : "primary",
              }))}
              unit="products"
              valueHeading="Products"
            />
          </Stack>
        </section>

        <section aria-labelledby="currency-heading">
          <Stack gap={1}>
            <H2 id="currency-heading">Badge currency across the catalogue</H2>
            <Text as="p">
              Each product's latest badge of each kind, by whether it is current, due within 90 days or overdue. Hosting Certification
              Framework and Essential Eight badges have no expiry, so they are not shown.{" "}
              <TextLink href="/badges">How currency is judged</TextLink>.
            </Text>
            <ChartLegend segments={CURRENCY_SEGMENTS} />
            <StackedBarChart
              id="currency-chart"
              title="Badge currency by kind of badge"
              summary={data.currency
                .map((c) => `${BADGE_KIND_LABELS[c.kind]}: ${c.counts.current} current, ${c.counts.due} due, ${c.counts.overdue} overdue`)
                .join("; ")}
              segments={CURRENCY_SEGMENTS}
              rows={data.currency.map((c) => ({ label: BADGE_KIND_LABELS[c.kind], values: c.counts }))}
            />
          </Stack>
        </section>

        <section aria-labelledby="ratings-heading">
          <Stack gap={1}>
            <H2 id="ratings-heading">Ratings of published reviews</H2>
            {reviewTotal === 0 ? (
              <Text as="p">No reviews have been published yet, so there are no ratings to show.</Text>
            ) : (
              <BarChart
                id="ratings-chart"
                title="Published reviews by overall rating"
                summary={`${reviewTotal} published reviews: ${list(data.ratings.map((r) => `${r.count} rated ${r.stars}`))}.`}
                bars={data.ratings.map((r) => ({ label: `${r.stars} out of 5`, value: r.count }))}
                unit="reviews"
                valueHeading="Reviews"
              />
            )}
          </Stack>
        </section>

        <section aria-labelledby="sme-heading">
          <Stack gap={1}>
            <H2 id="sme-heading">Share of providers that are SMEs</H2>
            <Text as="p">Providers with at least one listed product, by whether they are a small or medium enterprise.</Text>
            <ChartLegend segments={SME_SEGMENTS} />
            <StackedBarChart
              id="sme-chart"
              title="Providers that are SMEs"
              summary={`${data.sme.sme} of ${providerTotal} providers are SMEs${providerTotal ? ` (${Math.round((data.sme.sme / providerTotal) * 100)}%)` : ""}.`}
              segments={SME_SEGMENTS}
              rows={[{ label: "Providers", values: data.sme }]}
              showPercent
            />
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}
