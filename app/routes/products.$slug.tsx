import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { todayIso, formatDate } from "~/platform/dates";
import { getProductBySlug } from "~/catalogue/product.server";
import { productFit } from "~/procurement/product-fit.server";
import { ProductFit } from "~/procurement/product-fit";
import { ProductGlance } from "~/catalogue/product-glance";
import { returnQuery } from "~/catalogue/facets.server";
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
import { loadPurchase } from "~/procurement/purchase.server";
import { shortlistChoices } from "~/shortlists/shortlist.server";
import { watchState } from "~/watches/watches.server";
import { listCategories } from "~/catalogue/catalogue.server";
import { glanceRows } from "~/catalogue/glance.server";
import { withWords } from "~/assurance/badge-words.server";
import { assessmentGlanceRows, productAssessmentsSection } from "~/assessments/product-section.server";

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
  const purchase = loadPurchase(visitor);
  const fit = productFit({ purchase, productId: product.id, name: product.name, today });
  const assessments = productAssessmentsSection({
    product: { id: product.id, slug: product.slug, providerId: product.provider.id },
    viewer: user,
    classification: purchase?.classification ?? null,
  });
  const shortlists = user ? shortlistChoices({ userId: user.id }) : null;
  const watch = user ? watchState({ userId: user.id, productId: product.id }) : null;
  const reviews = productReviewSection({
    product: { id: product.id, providerId: product.provider.id },
    viewer: user,
    url: new URL(request.url),
    today,
  });
  const guidance = relatedArticlesForProduct({ productId: product.id, badgeKinds: product.badges.map((b) => b.kind) });
  const hasHistory = hasListingHistory({ productId: product.id });
  const backTo = returnQuery(
    new URL(request.url).searchParams.get("from"),
    listCategories().map((c) => c.slug),
  );
  const glance = glanceRows(
    { ...product, rating: { score: reviews.summary.weighted, count: reviews.summary.count } },
    { line: fit.line, described: fit.described },
  );
  // Agencies' assessments sit with the other answers a buyer came for, after the price.
  if (assessments)
    glance.splice(
      glance.findIndex((r) => r.term === "Rating"),
      0,
      ...assessmentGlanceRows(assessments),
    );
  return json({
    product: { ...product, badges: product.badges.map(withWords) },
    today,
    responsibility,
    canEditResponsibility,
    fit,
    shortlists,
    watch,
    reviews,
    guidance,
    hasHistory,
    backTo,
    glance,
    assessments,
  });
}

/** The sections of the page, in order, for the in-page contents list. */
const SECTIONS = [
  ["badges", "Certification and assurance"],
  ["fit", "Fit with your purchase"],
  ["reviews", "Reviews"],
  ["who-secures-what", "Who secures what"],
  ["about", "About this product"],
  ["agencies", "Agencies using it"],
  ["relations", "Built on and built upon"],
] as const;

export default function ProductPage() {
  const { product, today, responsibility, canEditResponsibility, fit, shortlists, watch, reviews, guidance, hasHistory, backTo, glance } =
    useLoaderData<typeof loader>();
  const p = product;
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[{ href: "/", label: "Home" }, { href: `/products${backTo ? `?${backTo}` : ""}`, label: "Products" }, { label: p.name }]}
        />
        <Stack gap={0.5}>
          <H1>{p.name}</H1>
          <Text as="p" fontSize="md">
            {p.summary}
          </Text>
          <Text as="p">
            {p.serviceModel} by <TextLink href={`/providers/${p.provider.slug}`}>{p.provider.name}</TextLink>
          </Text>
        </Stack>
        <section aria-labelledby="glance">
          <Stack gap={1}>
            <H2 id="glance">At a glance</H2>
            <ProductGlance rows={glance} />
          </Stack>
        </section>
        <nav aria-labelledby="contents">
          <H2 id="contents" fontSize="md">
            On this page
          </H2>
          <style>{".contents-link { display: inline-block; min-height: 24px; padding-block: 2px; }"}</style>
          <ul style={{ columns: "14rem", margin: 0 }}>
            {SECTIONS.filter(([id]) => id !== "who-secures-what" || responsibility).map(([id, label]) => (
              <li key={id}>
                {/* 24 px tall at least, so neighbouring links in the columns are easy to hit (WCAG 2.5.8). */}
                <TextLink href={`#${id}`} className="contents-link">
                  {label}
                </TextLink>
              </li>
            ))}
          </ul>
        </nav>

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
        <ShortlistOrCompare slug={p.slug} name={p.name} shortlists={shortlists} watch={watch} />

        <ReviewSection section={reviews} productSlug={p.slug} />

        {responsibility ? (
          <ResponsibilitySection slug={p.slug} name={p.name} model={responsibility} canEdit={canEditResponsibility} />
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
            <Item term="Community rules">
              {p.communityRulesRequired ? "Customers must sign the provider's community rules before onboarding" : "Not required"}
            </Item>
            <Item term="Listed">{formatDate(p.listedOn)}</Item>
            {p.source === "fedramp" ? (
              <Item term="Mapped fields">
                Mapped from the US FedRAMP Marketplace, not Australian assessments: {p.mappedFields.join(", ") || "see each badge"}
              </Item>
            ) : null}
            {p.verification === "verified" && p.verifiedAt ? <Item term="Verified">{formatDate(p.verifiedAt.slice(0, 10))}</Item> : null}
            {hasHistory ? (
              <Item term="Changes">
                <TextLink href={`/products/${p.slug}/history`}>Listing history</TextLink>
              </Item>
            ) : null}
            {p.website ? (
              <Item term="Website">
                <TextLink href={p.website} rel="noopener noreferrer">
                  <span style={{ overflowWrap: "anywhere" }}>{p.website}</span>
                </TextLink>
              </Item>
            ) : null}
          </SummaryList>
        </section>

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
