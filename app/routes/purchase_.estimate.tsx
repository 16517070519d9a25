/**
 * /purchase/estimate: the proposed purchase's cost built from one product's approved prices. The
 * file name escapes /purchase's layout (purchase_), as the page stands on its own.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { getVisitor, setSessionData } from "~/accounts/session.server";
import { formatDate, todayIso, type IsoDate } from "~/platform/dates";
import { readReply } from "~/platform/form-reply";
import { invalid } from "~/platform/forms.server";
import { formatAud } from "~/platform/money";
import { readForm } from "~/platform/read-form.server";
import { estimateHref } from "~/pricing/estimate";
import { ProductPicker, QuantitiesForm, UseEstimateForm, type EstimateDefaults } from "~/pricing/estimate-form";
import { estimateReply, parseEstimateForm, productPrices, productsWithPrices, type FormSource } from "~/pricing/estimate.server";
import { EstimateView } from "~/pricing/estimate-view";
import type { ProposedPurchase } from "~/procurement/purchase";
import { proposedPurchaseSchema } from "~/procurement/purchase-form.server";
import { loadPurchase, savePurchase } from "~/procurement/purchase.server";

export const meta: MetaFunction = () => [{ title: "Estimate the cost | Cloud Exchange" }];

function readEstimate(source: FormSource, today: IsoDate) {
  const slug = String(source.get("product") ?? "").trim();
  const product = slug ? productPrices({ slug, today }) : null;
  return { slug, product, parsed: slug ? parseEstimateForm(source, product) : null };
}

function defaultsFrom(purchase: ProposedPurchase | null, slug: string): EstimateDefaults {
  const stored = purchase?.costEstimate;
  return {
    termMonths: purchase ? String(purchase.initialTermMonths) : "",
    extensionMonths: purchase ? purchase.extensionMonths.join(", ") : "",
    quantities: stored && stored.productSlug === slug ? stored.quantities : {},
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const today = todayIso();
  const purchase = loadPurchase(await getVisitor(request));
  const { slug, product, parsed } = readEstimate(search, today);
  const priced = product?.list ? product : null;
  // Messages about the product show as soon as it is chosen; the rest once the buyer asks for the estimate.
  const productProblem = parsed && !parsed.ok && parsed.errors.product ? parsed.errors : null;
  const showing = search.get("show") === "1" && priced && parsed ? parsed : null;
  const errors = productProblem ?? (showing && !showing.ok ? showing.errors : null);
  const body = {
    products: productsWithPrices({ today }),
    hasPurchase: purchase !== null,
    selected: slug,
    product: priced
      ? {
          slug: priced.slug,
          name: priced.name,
          items: priced.list!.items,
          from: priced.list!.effectiveFrom,
          sample: priced.list!.source === "sample",
        }
      : null,
    defaults: defaultsFrom(purchase, slug),
    reply: errors || showing ? estimateReply(search, errors ?? {}) : null,
    result: showing?.ok ? { request: showing.request, estimate: showing.estimate } : null,
  };
  return json(body, { status: errors ? 400 : 200 });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const visitor = await getVisitor(request);
  const today = todayIso();
  const { product, parsed } = readEstimate(form, today);
  if (!parsed || !parsed.ok) return invalid(estimateReply(form, parsed?.errors ?? { product: "Choose a product from the list" }));
  const purchase = loadPurchase(visitor);
  if (!purchase) {
    return invalid(
      estimateReply(form, { "": "Describe your purchase first (on the proposed purchase page), then use this estimate for it" }),
    );
  }
  const { request: asked, estimate } = parsed;
  const next: ProposedPurchase = {
    ...purchase,
    costExGst: estimate.totalExGst,
    costGstInc: estimate.totalGstInc,
    // The estimate priced this term and these options: the purchase takes them too, so cost and term agree.
    initialTermMonths: asked.termMonths,
    extensionMonths: asked.extensionOptions,
    costEstimate: {
      productSlug: product!.slug,
      productName: product!.name,
      priceListFrom: product!.list!.effectiveFrom,
      quantities: asked.quantities,
      madeOn: today,
    },
  };
  if (!proposedPurchaseSchema.safeParse(next).success) {
    const message = `This estimate (${formatAud(estimate.totalGstInc)} GST inclusive) is more than a purchase can hold ($100,000,000,000): check the quantities`;
    return invalid(estimateReply(form, { "": message }));
  }
  const patch = savePurchase({ user: visitor.user, purchase: next });
  const headers = patch ? await setSessionData(request, patch) : undefined;
  return redirect("/purchase?done=estimate", { headers });
}

export default function PurchaseEstimatePage() {
  const data = useLoaderData<typeof loader>();
  const actionReply = useActionData<typeof action>();
  const reply = readReply(actionReply ?? data.reply);
  const { product, result } = data;
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Estimate the cost</H1>
        <Text as="p">
          Build your proposed purchase&apos;s whole-of-life cost from one product&apos;s approved prices: enter how much of each item you
          expect to use, and the term. The estimate shows every assumption it makes. You can still{" "}
          <TextLink href="/purchase">type a cost on your purchase</TextLink> instead; typing one replaces the estimate.
        </Text>
        {data.products.length === 0 ? <Text as="p">No product has approved prices in force yet.</Text> : null}
        <ProductPicker products={data.products} selected={data.selected} error={reply.error("product")} />
        {product ? (
          <section aria-labelledby="quantities-heading">
            <Stack gap={1}>
              <H2 id="quantities-heading">Quantities for {product.name}</H2>
              <Text as="p">
                Prices in force from {formatDate(product.from)}
                {product.sample ? ", sample prices for demonstration, not the provider's" : ""}. All prices are ex GST.
              </Text>
              <QuantitiesForm slug={product.slug} items={product.items} reply={reply} defaults={data.defaults} />
            </Stack>
          </section>
        ) : null}
        {product && result ? (
          <>
            <EstimateView estimate={result.estimate} productName={product.name} />
            {data.hasPurchase ? (
              <Stack gap={1}>
                <Text as="p">
                  Using it sets your purchase&apos;s cost to {formatAud(result.estimate.totalGstInc)} GST inclusive (
                  {formatAud(result.estimate.totalExGst)} ex GST), and its initial term and extension options to the ones above. The
                  procurement rules then judge it.
                </Text>
                <UseEstimateForm request={result.request} action={estimateHref(result.request)} />
              </Stack>
            ) : (
              <Text as="p">
                To use this estimate, <TextLink href="/purchase">describe your purchase first</TextLink>, then come back to this page: its
                address keeps your quantities.
              </Text>
            )}
          </>
        ) : null}
      </Stack>
    </PageContent>
  );
}
