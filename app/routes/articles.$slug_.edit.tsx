import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { audit } from "~/audit/audit.server";
import { verifyCsrf } from "~/accounts/csrf.server";
import { readForm } from "~/platform/read-form.server";
import { requireRole } from "~/accounts/session.server";
import type { ArticleFormValues } from "~/guidance/article-input";
import { handleArticleForm, type EditorReply } from "~/guidance/editor-action.server";
import { ARTICLE_STATUS_LABELS, canDo } from "~/guidance/workflow";
import { getArticleBySlug } from "~/guidance/article.server";
import { updateArticle } from "~/guidance/article-write.server";
import { ArticleForm } from "~/guidance/article-form";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";
import { clientIp } from "~/platform/client-ip.server";
import { readReply } from "~/platform/form-reply";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Edit ${data?.title ?? "article"} | Guidance | Cloud Exchange` }];

function findArticle(slug: string | undefined) {
  const article = getArticleBySlug({ slug: slug ?? "", includeUnpublished: true });
  if (!article) throw json("We could not find that guidance article.", { status: 404 });
  return article;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "editor");
  const a = findArticle(params.slug);
  const values: ArticleFormValues = {
    title: a.title,
    slug: a.slug,
    summary: a.summary,
    body: a.body,
    responsibleAgency: a.responsibleAgency,
    applicability: a.applicability,
    principles: a.principles.map(String),
    badgeKinds: a.badgeKinds,
    tags: a.tags.map((t) => t.name).join(", "),
    products: a.products.map((p) => p.slug).join(", "),
  };
  return json({ slug: a.slug, title: a.title, status: a.status, editable: canDo(user, "edit", a.status), values });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireRole(request, "editor");
  const a = findArticle(params.slug);
  if (!canDo(user, "edit", a.status)) throw json("Archived articles cannot be edited; restore it as a draft first.", { status: 409 });
  const outcome = handleArticleForm(form, (input) => updateArticle({ articleId: a.id, input, editorId: user.id }));
  if ("reply" in outcome) return json(outcome.reply, { status: outcome.status });
  const result = outcome.saved;
  audit({
    ip: clientIp(request),
    actor: user,
    action: "article.edit",
    entity: "article",
    entityId: a.id,
    details: { slug: result.slug, status: a.status },
  });
  return redirect(`/articles/${result.slug}`);
}

export default function EditArticle() {
  const { slug, title, status, editable, values } = useLoaderData<typeof loader>();
  const data = useActionData<EditorReply>();
  const reply = readReply(data);
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/", label: "Home" },
            { href: "/articles", label: "Guidance" },
            { href: `/articles/${slug}`, label: title },
            { label: "Edit" },
          ]}
        />
        <H1>Edit: {title}</H1>
        <Text as="p">
          Status: {ARTICLE_STATUS_LABELS[status]}. Every save is kept as a revision;{" "}
          <a href={`/articles/${slug}/history`}>see the history</a>.
          {status === "published" ? " Saving changes a published article straight away." : ""}
        </Text>
        {editable ? (
          <>
            <ErrorSummary errors={reply.errors} />
            <ArticleForm stored={values} reply={reply} preview={data?.preview ?? null} submitLabel="Save changes" />
          </>
        ) : (
          <PageAlert tone="info" title="This article is archived">
            <Text as="p">Restore it as a draft from the article page before editing it.</Text>
          </PageAlert>
        )}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
