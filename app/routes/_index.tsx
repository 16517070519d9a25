import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Card, CardInner, CardLink } from "@ag.ds-next/react/card";
import { Columns } from "@ag.ds-next/react/columns";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2, H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { catalogueEntries } from "~/catalogue/catalogue.server";

export const meta: MetaFunction = () => [{ title: "Cloud Exchange" }];

export async function loader() {
  const entries = catalogueEntries();
  return json({
    products: entries.length,
    providers: new Set(entries.map((e) => e.providerSlug)).size,
    protectedCurrent: entries.filter((e) => e.irapLevel && e.irapLevel !== "OFFICIAL: Sensitive" && e.irapCurrency === "current").length,
    irapDue: entries.filter((e) => e.irapCurrency === "due").length,
  });
}

const ENTRY_POINTS = [
  { href: "/products", title: "Browse certified products", body: "Filter by IRAP level, hosting certification, Essential Eight and more." },
  {
    href: "/products?irap=PROTECTED&irapStatus=current",
    title: "PROTECTED, and current",
    body: "Products IRAP-assessed to PROTECTED or higher within the last 24 months.",
  },
  { href: "/badges", title: "Understand the badges", body: "What each certification means, how long it lasts and how it is evidenced." },
  { href: "/providers", title: "Compare providers", body: "Ownership, data location, staff clearances and security operations." },
];

export default function Home() {
  const d = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Find, judge and buy certified cloud services</H1>
        <Text as="p" fontSize="md">
          {d.products} products from {d.providers} providers, each with its certifications and how current they are. {d.protectedCurrent}{" "}
          are IRAP-assessed to PROTECTED or higher and current; {d.irapDue} have an IRAP reassessment due within 90 days.
        </Text>
        <H2>Start here</H2>
        <Columns as="ul" cols={{ xs: 1, sm: 2 }}>
          {ENTRY_POINTS.map((e) => (
            <Card as="li" key={e.href} shadow clickable>
              <CardInner>
                <Stack gap={0.5}>
                  <H3>
                    <CardLink href={e.href}>{e.title}</CardLink>
                  </H3>
                  <Text as="p">{e.body}</Text>
                </Stack>
              </CardInner>
            </Card>
          ))}
        </Columns>
      </Stack>
    </PageContent>
  );
}
