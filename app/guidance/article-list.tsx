import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import type { ArticleStatus } from "./workflow";
import { formatDate } from "~/platform/dates";
import { ArticleStatusBadge } from "./article-status";

export interface ArticleListItem {
  slug: string;
  title: string;
  summary: string;
  responsibleAgency: string;
  updatedAt: string;
  status?: ArticleStatus;
  tags: { slug: string; name: string }[];
}

export function ArticleList({ items, label, showStatus = false }: { items: ArticleListItem[]; label: string; showStatus?: boolean }) {
  return (
    <ul aria-label={label} style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {items.map((a) => (
        <li key={a.slug} style={{ borderBottom: "1px solid #ccc", padding: "1rem 0" }}>
          <Stack gap={0.5}>
            <H3>
              <TextLink href={`/articles/${a.slug}`}>{a.title}</TextLink>
            </H3>
            {showStatus && a.status ? <ArticleStatusBadge status={a.status} /> : null}
            <Text as="p">{a.summary}</Text>
            <Text as="p" fontSize="sm" color="muted">
              {a.responsibleAgency} · Updated {formatDate(a.updatedAt.slice(0, 10))}
              {a.tags.length ? ` · ${a.tags.map((t) => t.name).join(", ")}` : ""}
            </Text>
          </Stack>
        </li>
      ))}
    </ul>
  );
}
