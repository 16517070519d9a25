import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { Column, Columns } from "@ag.ds-next/react/columns";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { audit } from "~/audit/audit.server";
import { clientIp } from "~/platform/client-ip.server";
import { verifyCsrf } from "~/accounts/csrf.server";
import { readForm } from "~/platform/read-form.server";
import { checkRateLimit, describeWait } from "~/accounts/rate-limit.server";
import { getSessionData, getUser, requireRole, setSessionData } from "~/accounts/session.server";
import { readingMinutes } from "~/guidance/reading-time";
import { availableTransitions, canDo, canSeeUnpublished, isTransition, ARTICLE_STATUS_LABELS, TRANSITIONS } from "~/guidance/workflow";
import { renderMarkdown } from "~/platform/markdown.server";
import { getArticleBySlug } from "~/guidance/article.server";
import { recordHelpfulVote, transitionArticle } from "~/guidance/article-write.server";
import { ArticleBody } from "~/guidance/article-body";
import { ArticleHelpful } from "~/guidance/article-helpful";
import { ArticleMeta } from "~/guidance/article-meta";
import { ArticleToc } from "~/guidance/article-toc";
import { ArticleWorkflow } from "~/guidance/article-workflow";
import { ErrorPage } from "~/ui/error-page";
import { invalid, outcome } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.article.title} | Guidance | Cloud Exchange` : "Guidance not found | Cloud Exchange" },
  { name: "description", content: data?.article.summary ?? "" },
];

const VOTED_KEY = "articleHelpfulVotes";

function votedIds(session: Record<string, unknown>): number[] {
  const v = session[VOTED_KEY];
  return Array.isArray(v) ? v.filter((n): n is number => typeof n === "number") : [];
}

function findArticle(slug: string | undefined, editor: boolean) {
  const article = getArticleBySlug({ slug: slug ?? "", includeUnpublished: editor });
  // Unpublished articles answer 404, not 403, so their existence does not leak.
  if (!article) throw json("We could not find that guidance article.", { status: 404 });
  return article;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const editor = canSeeUnpublished(user);
  const a = findArticle(params.slug, editor);
  const { html, toc } = renderMarkdown(a.body);
  const done = new URL(request.url).searchParams.get("done");
  return json({
    article: {
      id: a.id,
      slug: a.slug,
      title: a.title,
      summary: a.summary,
      status: a.status,
      responsibleAgency: a.responsibleAgency,
      applicability: a.applicability,
      updatedAt: a.updatedAt,
      publishedAt: a.publishedAt,
      principles: a.principles,
      badgeKinds: a.badgeKinds,
      tags: a.tags,
      products: a.products,
    },
    html,
    toc,
    readingMinutes: readingMinutes(a.body),
    voted: votedIds(await getSessionData(request)).includes(a.id),
    helpfulCounts: editor ? { yes: a.helpfulYes, no: a.helpfulNo } : null,
    editor: editor ? { transitions: availableTransitions(user, a.status), canEdit: canDo(user, "edit", a.status) } : null,
    done: done && isTransition(done) ? ARTICLE_STATUS_LABELS[TRANSITIONS[done].to] : null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const intent = form.get("intent");

  if (intent === "helpful") {
    const a = findArticle(params.slug, false);
    const session = await getSessionData(request);
    const voted = votedIds(session);
    if (voted.includes(a.id)) return redirect(`/articles/${a.slug}#helpful`);
    const limit = checkRateLimit({ bucket: "article-helpful", key: clientIp(request) ?? "unknown", limit: 30, windowSeconds: 3600 });
    if (!limit.ok) {
      return invalid(
        outcome({ errors: { helpful: `Too many responses from your network. Try again in ${describeWait(limit.retryAfterSeconds)}.` } }),
        429,
      );
    }
    const answer = form.get("helpful");
    if (answer !== "yes" && answer !== "no") return invalid(outcome({ errors: { helpful: "Choose yes or no." } }));
    recordHelpfulVote({ articleId: a.id, helpful: answer === "yes" });
    const headers = await setSessionData(request, { [VOTED_KEY]: [...voted, a.id].slice(-200) });
    return redirect(`/articles/${a.slug}#helpful`, { headers });
  }

  if (intent === "transition") {
    const user = await requireRole(request, "editor");
    const a = findArticle(params.slug, true);
    const transition = String(form.get("transition") ?? "");
    if (!isTransition(transition)) throw json("That status change is not available.", { status: 400 });
    if (!canDo(user, transition, a.status)) {
      throw json(`A ${ARTICLE_STATUS_LABELS[a.status].toLowerCase()} article cannot be moved that way.`, { status: 409 });
    }
    const result = transitionArticle({ articleId: a.id, transition, editorId: user.id });
    if (!result.ok) throw json(result.reason, { status: 409 });
    audit({
      ip: clientIp(request),
      actor: user,
      action: `article.${transition}`,
      entity: "article",
      entityId: a.id,
      details: { slug: a.slug, from: result.from, to: result.to },
    });
    return redirect(`/articles/${a.slug}?done=${transition}`);
  }

  throw json("That action is not available here.", { status: 400 });
}

export default function ArticlePage() {
  const d = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const a = d.article;
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/", label: "Home" }, { href: "/articles", label: "Guidance" }, { label: a.title }]} />
        {d.done ? <PageAlert tone="success" title={`The article is now ${d.done.toLowerCase()}`} /> : null}
        {a.status !== "published" ? (
          <PageAlert tone="info" title={`${ARTICLE_STATUS_LABELS[a.status]}: not visible to the public`}>
            <Text as="p">Only editors can see this article until it is published.</Text>
          </PageAlert>
        ) : null}
        <Stack gap={0.5}>
          <H1>{a.title}</H1>
          <Text as="p" fontSize="md">
            {a.summary}
          </Text>
        </Stack>
        <Columns>
          <Column columnSpan={{ xs: 12, md: 8 }}>
            <Stack gap={2}>
              <ArticleToc toc={d.toc} />
              <ArticleBody html={d.html} />
              <ArticleHelpful voted={d.voted} counts={d.helpfulCounts} error={readReply(failed).error("helpful")} />
            </Stack>
          </Column>
          <Column columnSpan={{ xs: 12, md: 4 }}>
            <Stack gap={2}>
              <ArticleMeta {...a} readingMinutes={d.readingMinutes} />
              {d.editor ? (
                <ArticleWorkflow slug={a.slug} status={a.status} transitions={d.editor.transitions} canEdit={d.editor.canEdit} />
              ) : null}
            </Stack>
          </Column>
        </Columns>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
