import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { Callout } from "@ag.ds-next/react/callout";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { getProviderBySlug } from "~/catalogue/provider.server";
import { ErrorPage } from "~/ui/error-page";
import { ProviderFacts } from "~/catalogue/provider-facts";
import { getUser } from "~/accounts/session.server";
import { watchState } from "~/watches/watches.server";
import { WatchControl } from "~/watches/watch-control";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.provider.name} | Cloud Exchange` : "Provider not found | Cloud Exchange" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const provider = getProviderBySlug({ slug: params.slug ?? "" });
  if (!provider) throw json("We could not find that provider.", { status: 404 });
  const user = await getUser(request);
  const watch = user ? watchState({ userId: user.id, providerId: provider.id }) : null;
  return json({ provider, watch, signedIn: !!user });
}

export default function ProviderPage() {
  const { provider: p, watch, signedIn } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/", label: "Home" }, { href: "/providers", label: "Providers" }, { label: p.name }]} />
        <H1>{p.name}</H1>
        <WatchControl
          target="provider"
          value={p.slug}
          noun="this provider"
          hint="Hear of every change to its products and its profile."
          watch={watch}
          signedIn={signedIn}
          redirectTo={`/providers/${p.slug}`}
        />
        {p.summary ? (
          <Text as="p" fontSize="md">
            {p.summary}
          </Text>
        ) : null}
        {p.source === "sample" ? (
          <Callout title="Sample data">
            <Text as="p">This provider is fictional, for demonstration only.</Text>
          </Callout>
        ) : null}
        {p.source === "fedramp" ? (
          <Callout title="From the US FedRAMP Marketplace">
            <Text as="p">Australian facts about this provider have not been supplied; defaults are shown.</Text>
          </Callout>
        ) : null}
        <section aria-labelledby="facts">
          <H2 id="facts">Ownership, data and people</H2>
          <ProviderFacts p={p} />
          {p.website ? (
            <Text as="p">
              Website:{" "}
              <TextLink href={p.website} rel="noopener noreferrer">
                {p.website}
              </TextLink>
            </Text>
          ) : null}
        </section>
        <section aria-labelledby="products">
          <H2 id="products">Products ({p.products.length})</H2>
          <ul>
            {p.products.map((x) => (
              <li key={x.slug}>
                <TextLink href={`/products/${x.slug}`}>{x.name}</TextLink> ({x.serviceModel}): {x.summary}
              </li>
            ))}
          </ul>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
