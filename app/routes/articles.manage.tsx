import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { ButtonLink } from "@ag.ds-next/react/button";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { requireRole } from "~/accounts/session.server";
import { ARTICLE_STATUSES, ARTICLE_STATUS_LABELS, type ArticleStatus } from "~/guidance/workflow";
import { listArticlesForEditors } from "~/guidance/article.server";
import { ArticleList } from "~/guidance/article-list";
import { ErrorPage } from "~/ui/error-page";

export const meta: MetaFunction = () => [{ title: "Manage guidance | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "editor");
  const articles = listArticlesForEditors().map(({ slug, title, summary, responsibleAgency, updatedAt, status, tags }) => ({
    slug,
    title,
    summary,
    responsibleAgency,
    updatedAt,
    status: status as ArticleStatus,
    tags,
  }));
  return json({ articles });
}

/** Editors' view: every article grouped by workflow status, drafts first. */
export default function ManageArticles() {
  const { articles } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/", label: "Home" }, { href: "/articles", label: "Guidance" }, { label: "Manage" }]} />
        <H1>Manage guidance</H1>
        <div>
          <ButtonLink href="/articles/new">Write an article</ButtonLink>
        </div>
        {ARTICLE_STATUSES.map((status) => {
          const items = articles.filter((a) => a.status === status);
          return (
            <section key={status} aria-labelledby={`status-${status}`}>
              <H2 id={`status-${status}`}>
                {ARTICLE_STATUS_LABELS[status]} ({items.length})
              </H2>
              {items.length ? <ArticleList items={items} label={ARTICLE_STATUS_LABELS[status]} showStatus /> : <Text as="p">None.</Text>}
            </section>
          );
        })}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
