/** /community: the latest published reviews, the most-reviewed products and the most-assessed ones. */
import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2, H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { formatDate } from "~/platform/dates";
import { mostReviewedProducts, recentPublishedReviews } from "~/reviews/review-listing.server";
import { formatRating } from "~/reviews/score";
import { Stars } from "~/reviews/review-card";
import { mostAssessedProducts } from "~/assessments/community.server";

export const meta: MetaFunction = () => [
  { title: "Community reviews and shared assessments | Cloud Exchange" },
  { name: "description", content: "Reviews of cloud services by verified Australian Government agency staff." },
];

export async function loader() {
  return json({
    recent: recentPublishedReviews({ limit: 12 }),
    popular: mostReviewedProducts({ limit: 10 }),
    assessed: mostAssessedProducts({ limit: 8 }),
  });
}

const excerpt = (text: string) => (text.length > 220 ? `${text.slice(0, 217).trimEnd()}…` : text);

export default function Community() {
  const { recent, popular, assessed } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <Stack gap={0.5}>
          <H1>Community reviews</H1>
          <Text as="p" fontSize="md">
            What agency staff say about the services they use. Every reviewer has a verified government e-mail address, declares any
            conflict of interest, and every review is moderated before it is published.
          </Text>
        </Stack>
        <section aria-labelledby="recent">
          <Stack gap={1}>
            <H2 id="recent">Recent reviews</H2>
            {recent.length === 0 ? <Text as="p">No reviews have been published yet.</Text> : null}
            {recent.map((r) => (
              <article key={r.id} aria-labelledby={`recent-${r.id}`}>
                <H3 id={`recent-${r.id}`}>
                  <TextLink href={`/products/${r.productSlug}#review-${r.id}`}>{r.title || r.productName}</TextLink>
                </H3>
                <Text as="p">
                  {r.productName} ({r.providerName}) · <Stars value={r.overall} /> · Verified: {r.agencyName ?? "agency staff"}
                  {r.publishedAt ? ` · ${formatDate(r.publishedAt.slice(0, 10))}` : ""}
                </Text>
                <Text as="p">{excerpt(r.pros)}</Text>
              </article>
            ))}
          </Stack>
        </section>
        <section aria-labelledby="popular">
          <Stack gap={1}>
            <H2 id="popular">Most-reviewed products</H2>
            {popular.length === 0 ? (
              <Text as="p">No product has reviews yet.</Text>
            ) : (
              <TableScroll>
                <Table striped>
                  <TableCaption>Products with the most published reviews</TableCaption>
                  <TableHead>
                    <tr>
                      <TableHeader scope="col">Product</TableHeader>
                      <TableHeader scope="col">Provider</TableHeader>
                      <TableHeader scope="col" textAlign="right">
                        Reviews
                      </TableHeader>
                      <TableHeader scope="col" textAlign="right">
                        Average rating
                      </TableHeader>
                    </tr>
                  </TableHead>
                  <TableBody>
                    {popular.map((p) => (
                      <tr key={p.slug}>
                        <TableCell>
                          <TextLink href={`/products/${p.slug}#reviews`}>{p.name}</TextLink>
                        </TableCell>
                        <TableCell>{p.providerName}</TableCell>
                        <TableCell textAlign="right">{p.count}</TableCell>
                        <TableCell textAlign="right">{formatRating(p.average)} out of 5</TableCell>
                      </tr>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
          </Stack>
        </section>
        <section aria-labelledby="assessed">
          <Stack gap={1}>
            <H2 id="assessed">Shared assessments</H2>
            <Text as="p">
              Agencies score services against the <TextLink href="/framework">common assessment framework</TextLink> once and share the
              result, so other agencies can rely on it instead of assessing the same service again. Anyone can see the scores; the
              assessments themselves are for government users. Set <TextLink href="/requirements">your requirements</TextLink> to see each
              product&apos;s gaps.
            </Text>
            {assessed.length === 0 ? (
              <Text as="p">No product has a published assessment yet.</Text>
            ) : (
              <TableScroll>
                <Table striped>
                  <TableCaption>Products assessed by the most agencies</TableCaption>
                  <TableHead>
                    <tr>
                      <TableHeader scope="col">Product</TableHeader>
                      <TableHeader scope="col" textAlign="right">
                        Assessed by
                      </TableHeader>
                      <TableHeader scope="col" textAlign="right">
                        Relied on by
                      </TableHeader>
                      <TableHeader scope="col">Latest assessment</TableHeader>
                    </tr>
                  </TableHead>
                  <TableBody>
                    {assessed.map((p) => (
                      <tr key={p.slug}>
                        <TableCell>
                          <TextLink href={`/products/${p.slug}/assessments`}>{p.name}</TextLink>
                        </TableCell>
                        <TableCell textAlign="right">{agencyCount(p.assessedBy)}</TableCell>
                        <TableCell textAlign="right">{agencyCount(p.reliedOnBy)}</TableCell>
                        <TableCell>{p.newest ? formatDate(p.newest) : "Not dated"}</TableCell>
                      </tr>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}

const agencyCount = (n: number) => `${n} ${n === 1 ? "agency" : "agencies"}`;
