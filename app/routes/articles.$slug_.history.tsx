import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { Flex } from "@ag.ds-next/react/flex";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCell, TableHead, TableHeader } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { requireRole } from "~/accounts/session.server";
import { diffLines, diffStats, revisionText } from "~/guidance/diff";
import { ARTICLE_STATUS_LABELS, isArticleStatus } from "~/guidance/workflow";
import { getArticleBySlug, getRevisionTexts, listRevisions } from "~/guidance/article.server";
import { ArticleDiff } from "~/guidance/article-diff";
import { ErrorPage } from "~/ui/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `History: ${data?.title ?? "article"} | Guidance | Cloud Exchange` },
];

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "editor");
  const a = getArticleBySlug({ slug: params.slug ?? "", includeUnpublished: true });
  if (!a) throw json("We could not find that guidance article.", { status: 404 });
  const revisions = listRevisions({ articleId: a.id });
  const url = new URL(request.url);
  const pick = (key: string, fallback: number | undefined) => {
    const raw = url.searchParams.get(key);
    if (raw === null || raw === "") return fallback;
    const id = Number(raw);
    return revisions.some((r) => r.id === id) ? id : null;
  };
  // Default: what the latest save changed.
  const to = pick("to", revisions[0]?.id);
  const from = pick("from", revisions[1]?.id ?? revisions[0]?.id);
  if (to === null || from === null) {
    throw json("Choose two revisions of this article from the lists.", { status: 400 });
  }
  const texts = getRevisionTexts({ articleId: a.id, ids: [from, to].filter((n): n is number => n !== undefined) });
  const text = (id: number | undefined) => {
    const r = texts.find((t) => t.id === id);
    return r ? revisionText(r) : "";
  };
  const lines = from !== undefined && to !== undefined ? diffLines(text(from), text(to)) : [];
  return json({
    slug: a.slug,
    title: a.title,
    revisions: revisions.map((r, i) => ({
      ...r,
      number: revisions.length - i,
      status: isArticleStatus(r.status) ? ARTICLE_STATUS_LABELS[r.status] : r.status,
    })),
    from: from ?? null,
    to: to ?? null,
    lines,
    stats: diffStats(lines),
  });
}

export default function ArticleHistory() {
  const d = useLoaderData<typeof loader>();
  const label = (id: number | null) => {
    const r = d.revisions.find((x) => x.id === id);
    return r ? `revision ${r.number} (${when(r.createdAt)})` : "";
  };
  const options = d.revisions.map((r) => ({ value: String(r.id), label: `Revision ${r.number}: ${when(r.createdAt)}, ${r.status}` }));
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/", label: "Home" },
            { href: "/articles", label: "Guidance" },
            { href: `/articles/${d.slug}`, label: d.title },
            { label: "History" },
          ]}
        />
        <H1>Revision history: {d.title}</H1>
        <section aria-labelledby="revisions-heading">
          <H2 id="revisions-heading">Revisions</H2>
          <TableScroll>
            <Table>
              <TableHead>
                <tr>
                  <TableHeader scope="col">Revision</TableHeader>
                  <TableHeader scope="col">Saved</TableHeader>
                  <TableHeader scope="col">By</TableHeader>
                  <TableHeader scope="col">Status</TableHeader>
                  <TableHeader scope="col">Title</TableHeader>
                </tr>
              </TableHead>
              <TableBody>
                {d.revisions.map((r) => (
                  <tr key={r.id}>
                    <TableCell>{r.number}</TableCell>
                    <TableCell>{when(r.createdAt)}</TableCell>
                    <TableCell>{r.editorName ?? "Unknown"}</TableCell>
                    <TableCell>{r.status}</TableCell>
                    <TableCell>{r.title}</TableCell>
                  </tr>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        </section>
        <section aria-labelledby="compare-heading">
          <Stack gap={1}>
            <H2 id="compare-heading">Compare two revisions</H2>
            <form method="get">
              <Flex gap={1} flexWrap="wrap" alignItems="flex-end">
                <Select
                  label="From (older)"
                  hideOptionalLabel
                  id="from"
                  name="from"
                  maxWidth="xl"
                  options={options}
                  {...{ defaultValue: String(d.from ?? "") }}
                />
                <Select
                  label="To (newer)"
                  hideOptionalLabel
                  id="to"
                  name="to"
                  maxWidth="xl"
                  options={options}
                  {...{ defaultValue: String(d.to ?? "") }}
                />
                <Button type="submit">Compare</Button>
              </Flex>
            </form>
            {d.from === d.to ? (
              <PageAlert tone="info" title="Only one revision chosen">
                <Text as="p">Choose two different revisions to see what changed.</Text>
              </PageAlert>
            ) : (
              <Text as="p" role="status">
                From {label(d.from)} to {label(d.to)}: {d.stats.added} {d.stats.added === 1 ? "line" : "lines"} added, {d.stats.removed}{" "}
                {d.stats.removed === 1 ? "line" : "lines"} removed.
              </Text>
            )}
            <ArticleDiff lines={d.lines} />
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
