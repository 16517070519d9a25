import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { Callout } from "@ag.ds-next/react/callout";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { todayIso, formatDate } from "~/platform/dates";
import { getProductBySlug } from "~/catalogue/product.server";
import { productFit } from "~/procurement/product-fit.server";
import { ProductFit } from "~/procurement/product-fit";
import { ShortlistOrCompare } from "~/shortlists/shortlist-or-compare";
import { getResponsibilityModel } from "~/responsibility/responsibility.server";
import { getVisitor } from "~/accounts/session.server";
import { hasRole } from "~/accounts/permissions";
import { ResponsibilitySection } from "~/responsibility/responsibility-section";
import { productReviewSection } from "~/reviews/section.server";
import { ReviewSection } from "~/reviews/review-section";
import { BadgeList } from "~/assurance/badge-list";
import { BadgeTimeline } from "~/assurance/badge-timeline";
import { ErrorPage } from "~/ui/error-page";
import { relatedArticlesForProduct } from "~/guidance/article.server";
import { RelatedGuidance } from "~/guidance/article-related";
import { hasListingHistory } from "~/listings/listing-change.server";
import { DATA_LOCATION_LABELS, type DataLocation } from "~/catalogue/vocabulary";
import { loadPurchase } from "~/procurement/purchase.server";
import { shortlistChoices } from "~/shortlists/shortlist.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.product.name} | Cloud Exchange` : "Product not found | Cloud Exchange" },
  { name: "description", content: data?.product.summary ?? "" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const today = todayIso();
  const product = getProductBySlug({ slug: params.slug ?? "", today });
  if (!product) throw json("We could not find that product.", { status: 404 });
  const responsibility = getResponsibilityModel({ productId: product.id });
  const visitor = await getVisitor(request);
  const { user } = visitor;
  const canEditResponsibility = hasRole(user, "admin");
  const fit = productFit({ purchase: loadPurchase(visitor), productId: product.id, name: product.name, today });
  const shortlists = user ? shortlistChoices({ userId: user.id }) : null;
  const reviews = productReviewSection({
    product: { id: product.id, providerId: product.provider.id },
    viewer: user,
    url: new URL(request.url),
    today,
  });
  const guidance = relatedArticlesForProduct({ productId: product.id, badgeKinds: product.badges.map((b) => b.kind) });
  const hasHistory = hasListingHistory({ productId: product.id });
  return json({ product, today, responsibility, canEditResponsibility, fit, shortlists, reviews, guidance, hasHistory });
}

export default function ProductPage() {
  const { product, today, responsibility, canEditResponsibility, fit, shortlists, reviews, guidance, hasHistory } =
    useLoaderData<typeof loader>();
  const p = product;
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/", label: "Home" }, { href: "/products", label: "Products" }, { label: p.name }]} />
        <Stack gap={0.5}>
          <H1>{p.name}</H1>
          <Text as="p" fontSize="md">
            {p.summary}
          </Text>
        </Stack>
        {p.verification === "verified" ? (
          // PageAlert rather than SectionAlert: the review section already ships it, and this page
          // is the heaviest in scripts (test/e2e/page-weight.test.ts).
          <PageAlert tone="success" title="Listing verified by Cloud Exchange">
            <Text as="p">
              We checked this listing's badges against their evidence{p.verifiedAt ? ` on ${formatDate(p.verifiedAt.slice(0, 10))}` : ""}.
            </Text>
          </PageAlert>
        ) : (
          <PageAlert tone="warning" title="As supplied by the provider, not verified">
            <Text as="p">Cloud Exchange has not checked this listing. Each badge shows how it is evidenced.</Text>
          </PageAlert>
        )}
        {p.source === "sample" ? (
          <Callout title="Sample data">
            <Text as="p">This product and its provider are fictional, for demonstration only.</Text>
          </Callout>
        ) : null}
        {p.source === "fedramp" ? (
          <Callout title="Mapped from the US FedRAMP Marketplace">
            <Text as="p">
              This listing comes from the public FedRAMP data feed. Australian fields were mapped from US equivalents and are not Australian
              assessments: {p.mappedFields.join(", ") || "see each badge"}.
            </Text>
          </Callout>
        ) : null}

        <section aria-labelledby="about">
          <H2 id="about">About this product</H2>
          <Prose>
            <p>{p.description}</p>
          </Prose>
          <SummaryList>
            <Item term="Provider">
              <TextLink href={`/providers/${p.provider.slug}`}>{p.provider.name}</TextLink>
            </Item>
            <Item term="Service model">
              {p.serviceModel}
              {p.deploymentModel ? `, ${p.deploymentModel}` : ""}
            </Item>
            <Item term="Categories">
              {p.categories.length
                ? p.categories.map((c, i) => (
                    <span key={c.slug}>
                      {i > 0 ? ", " : ""}
                      <TextLink href={`/products?category=${c.slug}`}>{c.name}</TextLink>
                    </span>
                  ))
                : "None listed"}
            </Item>
            <Item term="Data held">{DATA_LOCATION_LABELS[p.provider.dataLocation as DataLocation] ?? p.provider.dataLocation}</Item>
            <Item term="Community rules">
              {p.communityRulesRequired ? "Customers must sign the provider's community rules before onboarding" : "Not required"}
            </Item>
            <Item term="Listed">{formatDate(p.listedOn)}</Item>
            {hasHistory ? (
              <Item term="Changes">
                <TextLink href={`/products/${p.slug}/history`}>Listing history</TextLink>
              </Item>
            ) : null}
            {p.website ? (
              <Item term="Website">
                <TextLink href={p.website} rel="noopener noreferrer">
                  {p.website}
                </TextLink>
              </Item>
            ) : null}
          </SummaryList>
        </section>

        <section aria-labelledby="badges">
          <Stack gap={1}>
            <H2 id="badges">Certification and assurance</H2>
            <Text as="p">
              What each badge means and its currency rule: <TextLink href="/badges">about the badges</TextLink>.
            </Text>
            {p.badges.length === 0 ? (
              <Text as="p">This product lists no certifications.</Text>
            ) : (
              <>
                <BadgeTimeline badges={p.badges} today={today} />
                <BadgeList badges={p.badges} />
              </>
            )}
          </Stack>
        </section>

        <ProductFit fit={fit} name={p.name} />
        <ShortlistOrCompare slug={p.slug} name={p.name} shortlists={shortlists} />

        {responsibility ? (
          <ResponsibilitySection slug={p.slug} name={p.name} model={responsibility} canEdit={canEditResponsibility} />
        ) : null}

        <section aria-labelledby="agencies">
          <H2 id="agencies">Agencies using it</H2>
          {p.agencies.length === 0 ? (
            <Text as="p">No agency has recorded using this product yet.</Text>
          ) : (
            <Prose>
              <p>
                {p.agencies.filter((a) => a.relationship === "authorised").length} authorising,{" "}
                {p.agencies.filter((a) => a.relationship === "reusing").length} reusing another agency's assessment
                {p.agencies.some((a) => a.source !== "sample" && a.source !== "import") ? " (US agencies from the FedRAMP feed)" : ""}.
              </p>
              <ul>
                {p.agencies.map((a) => (
                  <li key={a.name}>
                    {a.name} ({a.relationship === "authorised" ? "authorised" : "reusing"})
                  </li>
                ))}
              </ul>
            </Prose>
          )}
        </section>

        <section aria-labelledby="relations">
          <H2 id="relations">Built on and built upon</H2>
          <Prose>
            <h3>Built on</h3>
            {p.builtOn.length === 0 ? <p>Not built on another listed product.</p> : <RelatedList items={p.builtOn} />}
            <h3>Products built on this one</h3>
            {p.builtUpon.length === 0 ? <p>No listed product is built on this one.</p> : <RelatedList items={p.builtUpon} />}
          </Prose>
        </section>

        <RelatedGuidance articles={guidance} />

        <ReviewSection section={reviews} productSlug={p.slug} />
      </Stack>
    </PageContent>
  );
}

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <SummaryListItem>
      <SummaryListItemTerm>{term}</SummaryListItemTerm>
      <SummaryListItemDescription>{children}</SummaryListItemDescription>
    </SummaryListItem>
  );
}

function RelatedList({ items }: { items: { slug: string; name: string; providerName: string; serviceModel: string }[] }) {
  return (
    <ul>
      {items.map((r) => (
        <li key={r.slug}>
          <a href={`/products/${r.slug}`}>{r.name}</a> ({r.serviceModel}, {r.providerName})
        </li>
      ))}
    </ul>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
