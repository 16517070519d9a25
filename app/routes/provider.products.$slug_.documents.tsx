/**
 * /provider/products/:slug/documents: propose the product's service documents (definition, pricing,
 * terms, SLA: a link and the version's date each) and what the SLA promises. Buyers see them once an
 * editor approves; the version they replace is kept in the listing's history.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { Fieldset } from "@ag.ds-next/react/fieldset";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireProviderRep } from "~/accounts/session.server";
import { ownedProduct, pendingProductWideChange, proposeDocumentsChange } from "~/listings/listing-change.server";
import { DOCUMENT_FIELDS, DOCUMENT_KINDS, DOCUMENT_LABELS } from "~/pricing/documents";
import { documentsSchema } from "~/pricing/documents-form.server";
import { serviceDocumentsSnapshot } from "~/pricing/prices.server";
import { clientIp } from "~/platform/client-ip.server";
import { formatDate, todayIso } from "~/platform/dates";
import { readReply } from "~/platform/form-reply";
import { invalid, parseForm } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Service documents: ${data.product.name} | Cloud Exchange` : "Service documents | Cloud Exchange" },
];

async function owned(request: Request, slug: string | undefined) {
  const user = await requireProviderRep(request);
  const product = ownedProduct({ providerId: user.providerId, slug: slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  return { user, product };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { product } = await owned(request, params.slug);
  const pending = pendingProductWideChange({ productId: product.id, entity: "documents" });
  const start: Record<string, unknown> = pending?.after ?? serviceDocumentsSnapshot({ productId: product.id }) ?? {};
  const initial = Object.fromEntries(DOCUMENT_FIELDS.map((f) => [f, start[f] === null || start[f] === undefined ? "" : String(start[f])]));
  return json({
    product: { slug: product.slug, name: product.name },
    today: todayIso(),
    initial,
    pending: pending ? { createdAt: pending.createdAt, submittedBy: pending.submittedBy } : null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const { user, product } = await owned(request, params.slug);
  const parsed = parseForm(form, documentsSchema({ today: todayIso() }));
  if (!parsed.ok) return invalid(parsed.reply);
  const change = proposeDocumentsChange({
    providerId: user.providerId,
    productId: product.id,
    userId: user.id,
    ip: clientIp(request),
    after: parsed.value,
  });
  if (!change) throw json("We could not find that product among your listings.", { status: 404 });
  return redirect(`/provider/products/${product.slug}/documents?proposed=1`);
}

export default function ProviderDocuments() {
  const { product, today, initial, pending } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const [params] = useSearchParams();
  const field = (name: string) => {
    const f = reply.field(name, initial[name] ?? "");
    return { ...f, ...{ defaultValue: f.defaultValue } };
  };
  return (
    <PageContent>
      <Stack gap={2} maxWidth={720}>
        <Breadcrumbs
          links={[
            { href: "/provider", label: "Provider dashboard" },
            { href: `/provider/products/${product.slug}`, label: product.name },
            { label: "Service documents" },
          ]}
        />
        <H1>Service documents for {product.name}</H1>
        {params.get("proposed") ? <PageAlert tone="success" title="Your documents are waiting for approval" /> : null}
        {pending ? (
          <PageAlert tone="info" title="A proposal is waiting for approval">
            <Text as="p">
              Proposed by {pending.submittedBy ?? "a former representative"} on {formatDate(pending.createdAt.slice(0, 10))}. The form holds
              it; proposing again replaces it.
            </Text>
          </PageAlert>
        ) : null}
        <Text as="p">
          Every field is optional. Links start with https:// (or http://); a date is the date of the version the link opens.
        </Text>
        <ErrorSummary errors={reply.errors} />
        <Form method="post" noValidate>
          <CsrfInput />
          <FormStack>
            {DOCUMENT_KINDS.map((k) => (
              <Fieldset key={k} legend={DOCUMENT_LABELS[k]}>
                <FormStack>
                  <TextInput label="Link" hint="https://…" maxWidth="xl" required={false} {...field(`${k}Url`)} />
                  <TextInput
                    label="Date of this version"
                    hint={`A date like ${today}, not in the future`}
                    maxWidth="md"
                    required={false}
                    {...field(`${k}Date`)}
                  />
                </FormStack>
              </Fieldset>
            ))}
            <TextInput label="SLA availability (%)" hint="Like 99.95" maxWidth="sm" required={false} {...field("slaAvailability")} />
            <TextInput
              label="Support hours"
              hint="Like 24x7 for severity 1; 8am to 6pm AEST business days otherwise"
              maxWidth="xl"
              required={false}
              {...field("supportHours")}
            />
            <div>
              <Button type="submit">Propose these documents</Button>
            </div>
          </FormStack>
        </Form>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
