/**
 * /provider/products/:slug/prices: the product's approved price lists (in force and upcoming), any
 * proposal waiting, and the form to propose a new list, filled from the waiting proposal or else the
 * newest approved list. A proposal changes nothing buyers see until an editor approves it.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireProviderRep } from "~/accounts/session.server";
import { ownedProduct, pendingProductWideChange, proposePriceChange } from "~/listings/listing-change.server";
import { formShape, itemField, priceFormValues, tierField, typedShape, type PriceListValues } from "~/pricing/price-form";
import { priceListSchema } from "~/pricing/price-form.server";
import { PriceListForm } from "~/pricing/price-list-form";
import { PriceListTable } from "~/pricing/price-list-table";
import { newestApprovedList, priceListInForce, upcomingLists } from "~/pricing/prices.server";
import { clientIp } from "~/platform/client-ip.server";
import { formatDate, todayIso } from "~/platform/dates";
import { readReply } from "~/platform/form-reply";
import { echo, invalid, parseForm } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Prices: ${data.product.name} | Cloud Exchange` : "Prices | Cloud Exchange" },
];

async function owned(request: Request, slug: string | undefined) {
  const user = await requireProviderRep(request);
  const product = ownedProduct({ providerId: user.providerId, slug: slug ?? "" });
  if (!product) throw json("We could not find that product among your listings.", { status: 404 });
  return { user, product };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { product } = await owned(request, params.slug);
  const today = todayIso();
  const pending = pendingProductWideChange({ productId: product.id, entity: "prices" });
  const proposal = pending ? (pending.after as unknown as PriceListValues) : null;
  // A new list usually changes a few prices of the last one, so it starts from that (not its date).
  const start = proposal ?? newestApprovedList({ productId: product.id });
  const initial = priceFormValues(start);
  if (proposal) initial.effectiveFrom = proposal.effectiveFrom;
  return json({
    product: { slug: product.slug, name: product.name },
    today,
    inForce: priceListInForce({ productId: product.id, today }),
    upcoming: upcomingLists({ productId: product.id, today }),
    pending: pending ? { id: pending.id, createdAt: pending.createdAt, submittedBy: pending.submittedBy, list: proposal! } : null,
    initial,
    shape: formShape(start?.items.map((i) => i.tiers.length) ?? [], { spareItems: start ? 1 : 2 }),
  });
}

/** How many tier rows item `i` was sent with, from the highest tier index among the form's names. */
function tiersSent(form: FormData, i: number): number {
  const pattern = new RegExp(`^items\\[${i}\\]\\.tiers\\[(\\d+)\\]\\.`);
  return [...form.keys()].reduce((n, key) => Math.max(n, Number(pattern.exec(key)?.[1] ?? -1) + 1), 0);
}

function itemsSent(form: FormData): number {
  return [...form.keys()].reduce((n, key) => Math.max(n, Number(/^items\[(\d+)\]\./.exec(key)?.[1] ?? -1) + 1), 0);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  await verifyCsrf(request, form);
  const { user, product } = await owned(request, params.slug);
  const sent = String(form.get("intent") ?? "propose");
  // Another row: the form comes back as typed, with one empty field that makes the new row.
  if (sent === "add-item") {
    const i = itemsSent(form);
    form.append(itemField(i, "name"), "");
    form.append(tierField(i, 0, "price"), "");
    return json(echo(form));
  }
  const tierFor = /^add-tier:(\d{1,2})$/.exec(sent);
  if (tierFor) {
    const i = Number(tierFor[1]);
    form.append(tierField(i, tiersSent(form, i), "price"), "");
    return json(echo(form));
  }
  const parsed = parseForm(form, priceListSchema({ today: todayIso() }));
  if (!parsed.ok) return invalid(parsed.reply);
  const change = proposePriceChange({
    providerId: user.providerId,
    productId: product.id,
    userId: user.id,
    ip: clientIp(request),
    after: parsed.value,
  });
  if (!change) throw json("We could not find that product among your listings.", { status: 404 });
  return redirect(`/provider/products/${product.slug}/prices?proposed=1`);
}

export default function ProviderPrices() {
  const { product, today, inForce, upcoming, pending, initial, shape } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const reply = readReply(data);
  const rows = typedShape(data) ?? shape;
  const [params] = useSearchParams();
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs
          links={[
            { href: "/provider", label: "Provider dashboard" },
            { href: `/provider/products/${product.slug}`, label: product.name },
            { label: "Prices" },
          ]}
        />
        <H1>Prices for {product.name}</H1>
        {params.get("proposed") ? (
          <PageAlert tone="success" title="Your price list is waiting for approval">
            <Text as="p">Cloud Exchange checks it before buyers see it. You can change it below until then.</Text>
          </PageAlert>
        ) : null}
        <Text as="p">
          A new list is a proposal: buyers see it from its start date once Cloud Exchange approves it. Approved lists are never edited; each
          stays in the product's <TextLink href={`/products/${product.slug}/prices`}>price history</TextLink>.
        </Text>
        <ErrorSummary errors={reply.errors} />
        <section aria-labelledby="in-force">
          <Stack gap={1}>
            <H2 id="in-force">In force today</H2>
            {inForce ? (
              <PriceListTable list={inForce} caption={`Prices in force from ${formatDate(inForce.effectiveFrom)}`} />
            ) : (
              <Text as="p">No approved prices yet: buyers see "Price on request".</Text>
            )}
            {upcoming.map((l) => (
              <PriceListTable key={l.id} list={l} caption={`Approved prices from ${formatDate(l.effectiveFrom)}`} />
            ))}
          </Stack>
        </section>
        {pending ? (
          <PageAlert tone="info" title={`A price list from ${formatDate(pending.list.effectiveFrom)} is waiting for approval`}>
            <Text as="p">
              Proposed by {pending.submittedBy ?? "a former representative"} on {formatDate(pending.createdAt.slice(0, 10))}. The form holds
              it; proposing again replaces it.
            </Text>
          </PageAlert>
        ) : null}
        <section aria-labelledby="propose">
          <Stack gap={1}>
            <H2 id="propose">Propose a price list</H2>
            <PriceListForm reply={reply} initial={initial} shape={rows.length ? rows : [2]} today={today} />
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
