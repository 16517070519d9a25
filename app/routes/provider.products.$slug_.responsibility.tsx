/**
 * /provider/products/:slug/responsibility: a provider representative proposes who secures what for
 * one of their products. The result is a proposal; the listing changes only when an editor approves
 * it at /admin/approvals (administrators edit directly at /products/:slug/responsibility).
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";

import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";

import { PageContent } from "@ag.ds-next/react/content";

import { H1 } from "@ag.ds-next/react/heading";

import { PageAlert } from "@ag.ds-next/react/page-alert";

import { Stack } from "@ag.ds-next/react/stack";

import { Text } from "@ag.ds-next/react/text";

import { TextLink } from "@ag.ds-next/react/text-link";

import { verifyCsrf } from "~/accounts/csrf.server";

import { formatDate } from "~/platform/dates";

import { requireProviderRep } from "~/accounts/session.server";

import { ownedProduct, pendingResponsibilityChange, proposeResponsibilityChange } from "~/listings/listing-change.server";

import { getResponsibilityModel, type ResponsibilityModel } from "~/responsibility/responsibility.server";

import { noteField, partyField, planOverrides } from "~/responsibility/form";

import { parseResponsibilityChange, parseResponsibilityForm } from "~/responsibility/form.server";

import { withArticle } from "~/responsibility/model";

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

async function load(request: Request, slug: string | undefined) {
  const user = await requireProviderRep(request);
  const product = ownedProduct({ providerId: user.providerId, slug: slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  const model = getResponsibilityModel({ productId: product.id });
  if (!model) throw json("We could not find that product among your listings.", { status: 404 });
  return { user, product, model };
}

/** A pending proposal as form values, so the representative edits it rather than starting again. */
function valuesOf(after: unknown, model: ResponsibilityModel): Record<string, string> {
  const parsed = parseResponsibilityChange(after, {
    serviceModel: model.serviceModel,
    current: model.rows,
    communityRulesRequired: model.communityRulesRequired,
  });
  if (!parsed.ok) {
    const typed = readReply(parsed.reply);
    return Object.fromEntries(
      model.rows.flatMap((r) => [partyField(r.area), noteField(r.area)]).map((name) => [name, typed.value(name) ?? ""]),
    );
  }
  const values: Record<string, string> = { communityRulesRequired: parsed.value.communityRulesRequired ? "on" : "" };
  for (const e of parsed.value.entries) {
    values[partyField(e.area)] = e.party;
    values[noteField(e.area)] = e.note;
  }
  return values;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { product, model } = await load(request, params.slug);
  const pending = pendingResponsibilityChange({ productId: product.id });
  return json({
    product: { slug: product.slug, name: product.name },
    model: {
      serviceModel: model.serviceModel,
      communityRulesRequired: model.communityRulesRequired,
      providerCommunityRules: model.providerCommunityRules,
      rows: model.rows,
    },
    pending: pending ? { createdAt: pending.createdAt, submittedBy: pending.submittedBy } : null,
    initialValues: pending ? valuesOf(pending.after, model) : {},
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const { user, product, model } = await load(request, params.slug);
  const parsed = parseResponsibilityForm(form, model.serviceModel);
  if (!parsed.ok) return invalid(parsed.reply);
  const { changes } = planOverrides({ serviceModel: model.serviceModel, current: model.rows, entries: parsed.value.entries });
  const communityChanged = parsed.value.communityRulesRequired !== model.communityRulesRequired;
  if (changes.length === 0 && !communityChanged) {
    return invalid(
      parsed.refuse({
        "": "This is the split the listing already shows. Change at least one area or the community rules, then propose it.",
      }),
    );
  }
  // Only what moves: approval keeps everything else as it is then, so an administrator's edit made
  // meanwhile (to another area, or to the community rules) is not undone by a proposal that never
  // touched it.
  const moved = new Set(changes.map((c) => c.area));
  const after = {
    entries: parsed.value.entries.filter((e) => moved.has(e.area)),
    ...(communityChanged ? { communityRulesRequired: parsed.value.communityRulesRequired } : {}),
  };
  const proposal = proposeResponsibilityChange({
    providerId: user.providerId,
    productId: product.id,
    userId: user.id,
    ip: clientIp(request),
    after,
  });
  if (proposal === null) throw json("We could not find that product among your listings.", { status: 404 });
  return redirect("/provider?proposed=1");
}

export default function ProposeResponsibility() {
  const { product, model, pending, initialValues } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/provider", label: "Provider dashboard" },
            { href: `/provider/products/${product.slug}`, label: product.name },
            { label: "Who secures what" },
          ]}
        />
        <H1>Who secures what: {product.name}</H1>
        <Text as="p">
          {withArticle(model.serviceModel).replace(/^./, (c) => c.toUpperCase())} product. Each area starts from the usual{" "}
          {model.serviceModel} split; change it where {product.name} differs, with a one-line note saying how. Your proposal waits for
          approval by Cloud Exchange: buyers keep seeing{" "}
          <TextLink href={`/products/${product.slug}#who-secures-what`}>the current split</TextLink> until an editor approves it.
        </Text>
        {pending ? (
          <PageAlert tone="info" title="A proposal for this product is already waiting for approval">
            <Text as="p">
              {pending.submittedBy ?? "A representative"} proposed it on {formatDate(pending.createdAt.slice(0, 10))}. The form shows that
              proposal; proposing again replaces it.
            </Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={reply.errors} />
        <ResponsibilityForm model={model} reply={reply} initial={initialValues} submitLabel="Propose this split" cancelHref="/provider" />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
