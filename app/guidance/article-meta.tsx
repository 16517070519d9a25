import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { TextLink } from "@ag.ds-next/react/text-link";
import type { ReactNode } from "react";
import { principleTitle } from "./principles";
import type { ArticleStatus } from "./workflow";
import { BADGE_KIND_LABELS, type BadgeKind } from "~/assurance/vocabulary";
import { formatDate } from "~/platform/dates";
import { ArticleStatusBadge } from "./article-status";

export interface ArticleMetaProps {
  responsibleAgency: string;
  updatedAt: string;
  publishedAt: string | null;
  status: ArticleStatus;
  applicability: string;
  readingMinutes: number;
  principles: number[];
  badgeKinds: string[];
  tags: { slug: string; name: string }[];
  products: { slug: string; name: string; providerName: string }[];
}

/** The facts the Australian Government Architecture site shows on every guidance page, and more. */
export function ArticleMeta(a: ArticleMetaProps) {
  return (
    <SummaryList>
      <Item term="Responsible agency">{a.responsibleAgency}</Item>
      <Item term="Last updated">{formatDate(a.updatedAt.slice(0, 10))}</Item>
      {a.publishedAt ? <Item term="First published">{formatDate(a.publishedAt.slice(0, 10))}</Item> : null}
      <Item term="Status">
        <ArticleStatusBadge status={a.status} />
      </Item>
      <Item term="Applies to">{a.applicability || "All agencies"}</Item>
      <Item term="Reading time">{a.readingMinutes === 1 ? "1 minute" : `${a.readingMinutes} minutes`}</Item>
      <Item term="Secure Cloud Strategy principles">
        {a.principles.length === 0 ? (
          "None"
        ) : (
          <ul>
            {a.principles.map((n) => (
              <li key={n}>
                <TextLink href={`/articles?principle=${n}`}>{`${n}. ${principleTitle(n)}`}</TextLink>
              </li>
            ))}
          </ul>
        )}
      </Item>
      {a.badgeKinds.length > 0 ? (
        <Item term="Badges explained">
          <ul>
            {a.badgeKinds.map((k) => (
              <li key={k}>
                <TextLink href={`/badges#${k}`}>{BADGE_KIND_LABELS[k as BadgeKind] ?? k}</TextLink>
              </li>
            ))}
          </ul>
        </Item>
      ) : null}
      {a.tags.length > 0 ? (
        <Item term="Tags">
          <ul>
            {a.tags.map((t) => (
              <li key={t.slug}>
                <TextLink href={`/articles?tag=${t.slug}`}>{t.name}</TextLink>
              </li>
            ))}
          </ul>
        </Item>
      ) : null}
      {a.products.length > 0 ? (
        <Item term="Related products">
          <ul>
            {a.products.map((p) => (
              <li key={p.slug}>
                <TextLink href={`/products/${p.slug}`}>{p.name}</TextLink> ({p.providerName})
              </li>
            ))}
          </ul>
        </Item>
      ) : null}
    </SummaryList>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <SummaryListItem>
      <SummaryListItemTerm>{term}</SummaryListItemTerm>
      <SummaryListItemDescription>{children}</SummaryListItemDescription>
    </SummaryListItem>
  );
}
