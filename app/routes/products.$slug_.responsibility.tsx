/**
 * Administrators edit who secures what for one product. (Provider representatives propose the same
 * edit at /provider/products/:slug/responsibility, through the approval queue; this page is the
 * direct path for administrators.)
 * Named with `$slug_` so it is its own page, not a child of the product page's layout.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";

import { useActionData, useLoaderData, useNavigation, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";

import { PageContent } from "@ag.ds-next/react/content";

import { H1 } from "@ag.ds-next/react/heading";

import { Stack } from "@ag.ds-next/react/stack";

import { Text } from "@ag.ds-next/react/text";

import { verifyCsrf } from "~/accounts/csrf.server";

import { requireRole } from "~/accounts/session.server";

import { getResponsibilityModel, productForResponsibility, saveResponsibility } from "~/responsibility/responsibility.server";

import { parseResponsibilityForm } from "~/responsibility/form.server";

import { serviceModelOrFallback, withArticle } from "~/responsibility/model";

import { ErrorPage } from "~/ui/error-page";

import { ErrorSummary } from "~/ui/error-summary";

import { ResponsibilityForm } from "~/responsibility/responsibility-fields";

import { readForm } from "~/platform/read-form.server";

import { clientIp } from "~/platform/client-ip.server";

import { invalid } from "~/platform/forms.server";

import { readReply } from "~/platform/form-reply";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Who secures what: ${data.product.name} | Cloud Exchange` : "Who secures what | Cloud Exchange" },
];

function load(slug: string | undefined) {
  const product = productForResponsibility({ slug: slug ?? "" });
  const model = product ? getResponsibilityModel({ productId: product.id }) : null;
  if (!product || !model) throw json("We could not find that product.", { status: 404 });
  return { product, model };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json(load(params.slug));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const actor = await requireRole(request, "admin");
  const { product } = load(params.slug);
  const parsed = parseResponsibilityForm(form, serviceModelOrFallback(product.serviceModel));
  if (!parsed.ok) return invalid(parsed.reply);
  saveResponsibility({ ip: clientIp(request), actor, productId: product.id, form: parsed.value });
  return redirect(`/products/${product.slug}#who-secures-what`);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export default function EditResponsibility() {
  const { product, model } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const saving = useNavigation().state === "submitting";
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/products", label: "Products" },
            { href: `/products/${product.slug}`, label: product.name },
            { label: "Who secures what" },
          ]}
        />
        <H1>Who secures what: {product.name}</H1>
        <Text as="p">
          {capitalise(withArticle(model.serviceModel))} product from {product.providerName}. Each area starts from the usual{" "}
          {model.serviceModel} split; change it where this product differs, with a one-line note saying how. Every change is recorded in the
          audit log.
        </Text>
        <ErrorSummary errors={reply.errors} />
        <ResponsibilityForm
          model={model}
          reply={reply}
          submitLabel="Save who secures what"
          cancelHref={`/products/${product.slug}`}
          saving={saving}
        />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
