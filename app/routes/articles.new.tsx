import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { audit } from "~/audit/audit.server";
import { verifyCsrf } from "~/accounts/csrf.server";
import { readForm } from "~/platform/read-form.server";
import { requireRole } from "~/accounts/session.server";
import { EMPTY_FORM } from "~/guidance/article-input";
import { handleArticleForm, type EditorReply } from "~/guidance/editor-action.server";
import { createArticle } from "~/guidance/article-write.server";
import { ArticleForm } from "~/guidance/article-form";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";
import { clientIp } from "~/platform/client-ip.server";
import { readReply } from "~/platform/form-reply";

export const meta: MetaFunction = () => [{ title: "Write an article | Guidance | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "editor");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireRole(request, "editor");
  const outcome = handleArticleForm(form, (input) => createArticle({ input, authorId: user.id }));
  if ("reply" in outcome) return json(outcome.reply, { status: outcome.status });
  const result = outcome.saved;
  audit({ ip: clientIp(request), actor: user, action: "article.create", entity: "article", entityId: result.slug });
  return redirect(`/articles/${result.slug}`);
}

export default function NewArticle() {
  const data = useActionData<EditorReply>();
  const reply = readReply(data);
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/", label: "Home" }, { href: "/articles", label: "Guidance" }, { label: "Write an article" }]} />
        <H1>Write an article</H1>
        <Text as="p">New articles start as drafts. Only editors see them until they are published.</Text>
        <ErrorSummary errors={reply.errors} />
        <ArticleForm stored={EMPTY_FORM} reply={reply} preview={data?.preview ?? null} submitLabel="Save draft" />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
