/** /products/:slug/history: the listing's approved changes, each with the version it replaced. */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { BADGE_KIND_LABELS, type BadgeKind } from "~/assurance/vocabulary";
import { diffListing } from "~/listings/diff";
import { withWordDiffs } from "~/listings/word-diff.server";
import { formatDate } from "~/platform/dates";
import { listingHistory, productBySlug } from "~/listings/listing-change.server";
import { ErrorPage } from "~/ui/error-page";
import { FieldChanges } from "~/listings/field-changes";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Listing history: ${data.product.name} | Cloud Exchange` : "Not found | Cloud Exchange" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const product = productBySlug({ slug: params.slug ?? "" });
  if (!product) throw json("We could not find that product.", { status: 404 });
  const versions = listingHistory({ productId: product.id }).map((v) => {
    const kind = (v.after?.kind ?? v.previous.kind) as string | undefined;
    return {
      id: v.id,
      archivedAt: v.archivedAt,
      what:
        v.entity === "badge"
          ? `${BADGE_KIND_LABELS[kind as BadgeKind] ?? "Badge"}${Object.keys(v.previous).length ? " renewed" : " added"}`
          : "Product details",
      fields: v.after ? withWordDiffs(diffListing(v.previous, v.after)) : [],
    };
  });
  return json({ product: { slug: product.slug, name: product.name }, versions });
}

export default function ListingHistory() {
  const { product, versions } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/products", label: "Products" },
            { href: `/products/${product.slug}`, label: product.name },
            { label: "Listing history" },
          ]}
        />
        <H1>Listing history: {product.name}</H1>
        <Text as="p">Approved changes the provider proposed, newest first. "Before" is the archived previous version.</Text>
        {versions.length === 0 ? <Text as="p">This listing has not changed since it was published.</Text> : null}
        {versions.map((v) => (
          <section key={v.id} aria-labelledby={`version-${v.id}`}>
            <Stack gap={1}>
              <H2 id={`version-${v.id}`}>
                {v.what}, approved {formatDate(v.archivedAt.slice(0, 10))}
              </H2>
              <FieldChanges changes={v.fields} caption={v.what} />
            </Stack>
          </section>
        ))}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
