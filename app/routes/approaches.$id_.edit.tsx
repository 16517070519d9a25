/**
 * /approaches/:id/edit: the owner changes a draft before sending it. Another agency's staff are
 * told it does not exist (404); colleagues may read it but not change it (403). Once sent, the
 * requirement and criteria are fixed, so this page sends the owner back to the approach.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { verifyCsrf } from "~/accounts/csrf.server";
import { getSessionData, requireUser } from "~/accounts/session.server";
import { ApproachForm } from "~/approaches/approach-form";
import { approachDetail, approachFacts, approachId, updateDraft } from "~/approaches/approach.server";
import { choicesForEdit, draftValues } from "~/approaches/buyer-pages.server";
import { parseApproachForm } from "~/approaches/form.server";
import { canManage } from "~/approaches/permissions";
import { clientIp } from "~/platform/client-ip.server";
import { readReply } from "~/platform/form-reply";
import { invalid } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { loadPurchase } from "~/procurement/purchase.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : data ? `Edit ${data.title} | Cloud Exchange` : "Cloud Exchange" },
];

async function authorise(request: Request, param: string | undefined) {
  const user = await requireUser(request);
  const id = approachId(param);
  const facts = id === null ? null : approachFacts(id);
  if (id === null || !facts) throw json("We could not find that approach to market.", { status: 404 });
  const allowed = canManage(user, facts);
  if (!allowed.ok) throw json(allowed.reason, { status: allowed.status });
  const detail = approachDetail(id)!;
  if (detail.status !== "draft") throw redirect(`/approaches/${id}?done=not-editable`);
  // The buyer's current purchase, if they still have one, so the rules are judged on what they now plan.
  const purchase = loadPurchase({ user, sessionData: await getSessionData(request) }) ?? detail.purchase;
  return { user, id, detail, purchase, choices: choicesForEdit({ detail, purchase }) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { id, detail, choices } = await authorise(request, params.id);
  const { values, products } = draftValues(detail);
  return json({ id, title: detail.title, values, products, shortlisted: choices.shortlisted, fitting: choices.fitting });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, id, purchase, choices } = await authorise(request, params.id);
  const form = parseApproachForm(formData, { allowedProductIds: choices.allowedProductIds });
  if (!form.ok) return invalid(form.reply);
  const saved = updateDraft({ approachId: id, purchase, input: form.value, actor: user, ip: clientIp(request) });
  if (!saved.ok) return invalid(form.refuse(saved.errors), 409);
  return redirect(`/approaches/${id}?done=saved`);
}

export default function EditApproach() {
  const data = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/approaches", label: "Approaches to market" },
            { href: `/approaches/${data.id}`, label: data.title },
            { label: "Edit" },
          ]}
        />
        <H1>Edit the draft</H1>
        <Text as="p">Only your agency can read a draft. Nothing is sent until you send it from its page.</Text>
        <ErrorSummary errors={reply.errors} />
        <ApproachForm
          values={data.values}
          products={data.products}
          shortlisted={data.shortlisted}
          fitting={data.fitting}
          reply={reply}
          submitLabel="Save the draft"
        />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
