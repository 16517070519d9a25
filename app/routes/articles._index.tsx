import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Button, ButtonLink } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { Flex } from "@ag.ds-next/react/flex";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { getUser } from "~/accounts/session.server";
import { isPrincipleNumber, principleTitle, SECURE_CLOUD_PRINCIPLES } from "~/guidance/principles";
import { canSeeUnpublished } from "~/guidance/workflow";
import { listPublishedArticles, listPublishedTags } from "~/guidance/article.server";
import { ArticleList } from "~/guidance/article-list";

export const meta: MetaFunction = () => [
  { title: "Guidance | Cloud Exchange" },
  {
    name: "description",
    content: "Guidance on the Secure Cloud Strategy, IRAP, hosting certification, the Essential Eight and cloud procurement rules.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const problems: string[] = [];
  const rawPrinciple = url.searchParams.get("principle") ?? "";
  const principleNumber = Number(rawPrinciple);
  const principle = rawPrinciple && isPrincipleNumber(principleNumber) ? principleNumber : undefined;
  if (rawPrinciple && !principle) problems.push(`"${rawPrinciple}" is not one of the seven principles, so it was ignored.`);
  const tags = listPublishedTags();
  const rawTag = url.searchParams.get("tag") ?? "";
  const tag = tags.some((t) => t.slug === rawTag) ? rawTag : undefined;
  if (rawTag && !tag) problems.push(`No published guidance has the tag "${rawTag}", so it was ignored.`);
  const user = await getUser(request);
  const articles = listPublishedArticles({ principle, tag }).map(({ slug, title, summary, responsibleAgency, updatedAt, tags: t }) => ({
    slug,
    title,
    summary,
    responsibleAgency,
    updatedAt,
    tags: t,
  }));
  return json(
    { articles, tags, principle: principle ?? null, tag: tag ?? null, problems, isEditor: canSeeUnpublished(user) },
    { status: problems.length ? 400 : 200 },
  );
}

export default function Articles() {
  const d = useLoaderData<typeof loader>();
  const filtered = d.principle !== null || d.tag !== null;
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Guidance</H1>
        <Text as="p" fontSize="md">
          Practical guidance on choosing and buying cloud services under the Secure Cloud Strategy: assurance, hosting certification and the
          procurement rules. Subscribe with the <TextLink href="/articles/feed.xml">Atom feed</TextLink>.
        </Text>
        {d.isEditor ? (
          <Flex gap={1}>
            <ButtonLink href="/articles/new">Write an article</ButtonLink>
            <ButtonLink href="/articles/manage" variant="secondary">
              Drafts and all articles
            </ButtonLink>
          </Flex>
        ) : null}
        {d.problems.length > 0 ? (
          <PageAlert tone="warning" title="Some filters in the address were not understood">
            <ul>
              {d.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </PageAlert>
        ) : null}
        <form method="get" action="/articles" aria-labelledby="filter-heading">
          <Stack gap={1}>
            <H2 id="filter-heading" fontSize="md">
              Filter guidance
            </H2>
            <Flex gap={1} flexWrap="wrap" alignItems="flex-end">
              <Select
                label="Secure Cloud Strategy principle"
                hideOptionalLabel
                id="principle"
                name="principle"
                maxWidth="xl"
                options={[
                  { value: "", label: "All principles" },
                  ...SECURE_CLOUD_PRINCIPLES.map((p) => ({ value: String(p.number), label: `${p.number}. ${p.title}` })),
                ]}
                {...{ defaultValue: d.principle ? String(d.principle) : "" }}
              />
              <Select
                label="Tag"
                hideOptionalLabel
                id="tag"
                name="tag"
                options={[{ value: "", label: "All tags" }, ...d.tags.map((t) => ({ value: t.slug, label: `${t.name} (${t.count})` }))]}
                {...{ defaultValue: d.tag ?? "" }}
              />
              <Button type="submit">Apply filters</Button>
            </Flex>
            {filtered ? <TextLink href="/articles">Clear filters</TextLink> : null}
          </Stack>
        </form>
        <section aria-labelledby="results-heading">
          <H2 id="results-heading">
            {d.articles.length} {d.articles.length === 1 ? "article" : "articles"}
            {d.principle ? ` for principle ${d.principle}: ${principleTitle(d.principle)}` : ""}
            {d.tag ? ` tagged ${d.tags.find((t) => t.slug === d.tag)?.name ?? d.tag}` : ""}
          </H2>
          {d.articles.length === 0 ? (
            <Text as="p">No published guidance matches. Try fewer filters.</Text>
          ) : (
            <ArticleList items={d.articles} label="Published guidance" />
          )}
        </section>
      </Stack>
    </PageContent>
  );
}
