import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "@ag.ds-next/react/breadcrumbs";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { audit } from "~/audit/audit.server";
import { verifyCsrf } from "~/accounts/csrf.server";
import { readForm } from "~/guidance/read-form.server";
import { requireRole } from "~/accounts/session.server";
import { EMPTY_FORM } from "~/guidance/article-input";
import { handleArticleForm, type EditorActionData } from "~/guidance/editor-action.server";
import { createArticle } from "~/guidance/article-write.server";
import { ArticleForm } from "~/guidance/article-form";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";
import { clientIp } from "~/platform/client-ip.server";

export const meta: MetaFunction = () => [{ title: "Write an article | Guidance | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "editor");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const user = await requireRole(request, "editor");
  const result = handleArticleForm(form, (input) => createArticle({ input, authorId: user.id }));
  if (result instanceof Response) return result;
  audit({ ip: clientIp(request), actor: user, action: "article.create", entity: "article", entityId: result.slug });
  return redirect(`/articles/${result.slug}`);
}

export default function NewArticle() {
  const data = useActionData<EditorActionData>();
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/", label: "Home" }, { href: "/articles", label: "Guidance" }, { label: "Write an article" }]} />
        <H1>Write an article</H1>
        <Text as="p">New articles start as drafts. Only editors see them until they are published.</Text>
        <ErrorSummary errors={data?.errors} />
        <ArticleForm
          values={data?.values ?? EMPTY_FORM}
          errors={data?.errors ?? {}}
          preview={data?.preview ?? null}
          submitLabel="Save draft"
        />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
