import { json, type LinksFunction, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Prose } from "@ag.ds-next/react/prose";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { badgeTitle } from "~/assurance/labels";
import { formatDate, formatDayCount } from "~/platform/dates";
import { recentChanges } from "~/open-data/whats-new.server";
import { WHATS_NEW_DAYS } from "~/open-data/whats-new";

export const meta: MetaFunction = () => [{ title: "What's new | Cloud Exchange" }];

export const links: LinksFunction = () => [
  { rel: "alternate", type: "application/atom+xml", title: "Cloud Exchange: what's new", href: "/whats-new/feed.xml" },
];

export async function loader() {
  return json(recentChanges());
}

export default function WhatsNewPage() {
  const news = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <Stack gap={0.5}>
          <H1>What's new</H1>
          <Text as="p" fontSize="md">
            Products listed and assessments made since {formatDate(news.since)}, and badges due to lapse in the next {WHATS_NEW_DAYS} days.
          </Text>
          <Prose>
            <p>
              {/* A plain link: the feed is XML for a feed reader, not a page of this app. */}
              <a href="/whats-new/feed.xml" type="application/atom+xml">
                Follow these changes in a feed reader (Atom feed)
              </a>
            </p>
          </Prose>
        </Stack>

        <section aria-labelledby="new-listings">
          <H2 id="new-listings">Newly listed products ({news.newlyListed.length})</H2>
          <Prose>
            {news.newlyListed.length === 0 ? (
              <p>No products were listed in the last {WHATS_NEW_DAYS} days.</p>
            ) : (
              <ul>
                {news.newlyListed.map((p) => (
                  <li key={p.slug}>
                    <a href={`/products/${p.slug}`}>{p.name}</a> ({p.serviceModel}) by {p.providerName}, listed {formatDate(p.listedOn)}
                  </li>
                ))}
              </ul>
            )}
          </Prose>
        </section>

        <section aria-labelledby="new-assessments">
          <H2 id="new-assessments">New assessments ({news.newAssessments.length})</H2>
          <Prose>
            {news.newAssessments.length === 0 ? (
              <p>No badges were assessed in the last {WHATS_NEW_DAYS} days.</p>
            ) : (
              <ul>
                {news.newAssessments.map((b) => (
                  <li key={`${b.productSlug}-${b.kind}-${b.level}-${b.on}`}>
                    <a href={`/products/${b.productSlug}`}>{b.productName}</a>: {badgeTitle(b.kind, b.level)},{" "}
                    {b.kind === "soc2" ? "report period ended" : "dated"} {formatDate(b.on)}
                    {b.assessorName ? `, by ${b.assessorName}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </Prose>
        </section>

        <section aria-labelledby="lapsing">
          <H2 id="lapsing">Badges about to lapse ({news.lapsing.length})</H2>
          <Prose>
            {news.lapsing.length === 0 ? (
              <p>No badges are due to lapse in the next {WHATS_NEW_DAYS} days.</p>
            ) : (
              <ul>
                {news.lapsing.map((b) => (
                  <li key={`${b.productSlug}-${b.kind}`}>
                    <a href={`/products/${b.productSlug}`}>{b.productName}</a>: {badgeTitle(b.kind, b.level)}, current until{" "}
                    {formatDate(b.lapsesAfter)} ({b.daysToExpiry === 0 ? "lapses after today" : `${formatDayCount(b.daysToExpiry)} left`})
                  </li>
                ))}
              </ul>
            )}
          </Prose>
        </section>
      </Stack>
    </PageContent>
  );
}
