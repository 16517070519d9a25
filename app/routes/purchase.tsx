import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { getVisitor, setSessionData } from "~/accounts/session.server";
import { formatDate, todayIso } from "~/platform/dates";
import { formatAud } from "~/platform/money";
import { loadRuleVersions } from "~/procurement/rules.server";
import { clearPurchase, loadPurchase, savePurchase } from "~/procurement/purchase.server";
import { purchaseFormValues } from "~/procurement/purchase";
import { keepEstimate, parsePurchaseForm } from "~/procurement/purchase-form.server";
import { estimateHref } from "~/pricing/estimate";
import { evaluatePurchase, rulesNotInForce } from "~/procurement/rules";
import { CsrfInput } from "~/ui/csrf-input";
import { PurchaseForm } from "~/procurement/purchase-form";
import { PurchaseChecklist } from "~/procurement/purchase-checklist";
import { readForm } from "~/platform/read-form.server";
import { invalid } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";

export const meta: MetaFunction = () => [{ title: "Proposed purchase | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const visitor = await getVisitor(request);
  const { user } = visitor;
  const purchase = loadPurchase(visitor);
  const today = todayIso();
  const rules = loadRuleVersions();
  const status = new URL(request.url).searchParams.get("done");
  const fromEstimate = purchase?.costEstimate;
  return json({
    signedIn: !!user,
    purchase,
    values: purchase ? purchaseFormValues(purchase) : {},
    results: purchase ? evaluatePurchase({ purchase, product: null, rules, today }) : [],
    notInForce: purchase ? rulesNotInForce({ rules, signingDate: purchase.signingDate }) : [],
    done: status === "saved" || status === "cleared" || (status === "estimate" && fromEstimate) ? status : null,
    estimate: fromEstimate
      ? {
          productName: fromEstimate.productName,
          priceListFrom: fromEstimate.priceListFrom,
          href: estimateHref({
            productSlug: fromEstimate.productSlug,
            termMonths: purchase.initialTermMonths,
            extensionOptions: purchase.extensionMonths,
            quantities: fromEstimate.quantities,
          }),
        }
      : null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const visitor = await getVisitor(request);
  const { user } = visitor;
  if (form.get("intent") === "clear") {
    const headers = await setSessionData(request, clearPurchase({ user }));
    return redirect("/purchase?done=cleared", { headers });
  }
  const parsed = parsePurchaseForm(form, { today: todayIso() });
  if (!parsed.ok) return invalid(parsed.reply);
  const patch = savePurchase({ user, purchase: keepEstimate(loadPurchase(visitor), parsed.value) });
  const headers = patch ? await setSessionData(request, patch) : undefined;
  return redirect("/purchase?done=saved", { headers });
}

export default function PurchasePage() {
  const data = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const failed = reply.submitted;
  const p = data.purchase;
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Proposed purchase</H1>
        <Text as="p">
          Describe the purchase you are planning. Cloud Exchange checks it, and each product, against the procurement rules in force on the
          signing date.{" "}
          {data.signedIn ? "It is saved to your account." : "It is kept for this browser session; sign in to keep it on your account."}
        </Text>
        {data.done === "saved" && !failed ? (
          <PageAlert tone="success" title="Proposed purchase saved" focusOnMount>
            <Text as="p">
              <TextLink href="/products?fits=1">See products that meet every product rule for this purchase</TextLink>
            </Text>
          </PageAlert>
        ) : null}
        {data.done === "estimate" && data.estimate && p && !failed ? (
          <PageAlert
            tone="success"
            title={`Cost from an estimate for ${data.estimate.productName}: ${formatAud(p.costGstInc)} GST inclusive`}
            focusOnMount
          >
            <Text as="p">
              {formatAud(p.costExGst)} ex GST over {p.initialTermMonths + p.extensionMonths.reduce((a, b) => a + b, 0)} months. The rules
              below judge it; typing a different cost in the form replaces the estimate.
            </Text>
          </PageAlert>
        ) : null}
        {data.done === "cleared" && !failed ? <PageAlert tone="info" title="Proposed purchase cleared" focusOnMount /> : null}
        {p ? (
          <section aria-labelledby="summary-heading">
            <Stack gap={1}>
              <H2 id="summary-heading">Your purchase at a glance</H2>
              <Text as="p">
                {p.classification} data{p.sensitive ? ", sensitive" : ""}
                {p.wholeOfGovernment ? ", whole-of-government system" : ""}; {formatAud(p.costGstInc)} GST inclusive (
                {formatAud(p.costExGst)} ex GST); initial term {p.initialTermMonths} months
                {p.extensionMonths.length ? ` plus options of ${p.extensionMonths.join(", ")} months` : ""}; signing{" "}
                {formatDate(p.signingDate)}.
              </Text>
              {data.estimate ? (
                <Text as="p">
                  The cost is an estimate from the prices of {data.estimate.productName} in force from{" "}
                  {formatDate(data.estimate.priceListFrom)}: <TextLink href={data.estimate.href}>see or change the estimate</TextLink>.
                </Text>
              ) : null}
              <PurchaseChecklist results={data.results} notInForce={data.notInForce} signingDate={p.signingDate} />
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="intent" value="clear" />
                <Button type="submit" variant="tertiary">
                  Clear purchase
                </Button>
              </Form>
            </Stack>
          </section>
        ) : null}
        <H2>{p ? "Change your purchase" : "Describe your purchase"}</H2>
        <PurchaseForm stored={data.values} reply={reply} estimate={data.estimate} />
      </Stack>
    </PageContent>
  );
}
