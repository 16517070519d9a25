/**
 * /approaches/new?shortlist=ID: an agency staff member writes a draft approach to market from one of
 * their own shortlists. It needs their proposed purchase: the rules each invited product is judged
 * on before sending, and the "fits my purchase" products that may be invited too, come from it.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { getSessionData, requireUser } from "~/accounts/session.server";
import { ApproachForm } from "~/approaches/approach-form";
import { createApproach } from "~/approaches/approach.server";
import { choicesForNew, startingValues } from "~/approaches/buyer-pages.server";
import { parseApproachForm } from "~/approaches/form.server";
import { canStart } from "~/approaches/permissions";
import { clientIp } from "~/platform/client-ip.server";
import { readReply } from "~/platform/form-reply";
import { invalid } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { loadPurchase } from "~/procurement/purchase.server";
import { findOwnShortlist, listShortlists } from "~/shortlists/shortlist.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : "Approach the market | Cloud Exchange" }];

const NO_PURCHASE = "Describe your proposed purchase first: the rules each invited product is judged on come from it.";

async function authorise(request: Request) {
  const user = await requireUser(request);
  const allowed = canStart(user);
  if (!allowed.ok || user.agencyId === null)
    throw json(allowed.ok ? "Only agency staff can approach the market." : allowed.reason, { status: 403 });
  const param = new URL(request.url).searchParams.get("shortlist");
  const shortlist = param === null ? null : findOwnShortlist({ id: param, userId: user.id });
  if (param !== null && !shortlist) throw json("We could not find that shortlist.", { status: 404 });
  return { user, agencyId: user.agencyId, shortlist, purchase: loadPurchase({ user, sessionData: await getSessionData(request) }) };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, shortlist, purchase } = await authorise(request);
  if (!shortlist) return json({ step: "choose" as const, shortlists: listShortlists({ userId: user.id }) });
  if (!purchase) return json({ step: "purchase" as const, shortlist: { id: shortlist.id, name: shortlist.name } });
  const { shortlisted, fitting } = choicesForNew({ shortlist, purchase });
  return json({
    step: "write" as const,
    shortlist: { id: shortlist.id, name: shortlist.name },
    values: startingValues(purchase),
    products: shortlisted.map((p) => String(p.id)),
    shortlisted,
    fitting,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, agencyId, shortlist, purchase } = await authorise(request);
  if (!shortlist) throw json("Choose the shortlist the approach starts from.", { status: 400 });
  const { allowedProductIds } = purchase ? choicesForNew({ shortlist, purchase }) : { allowedProductIds: [] };
  const form = parseApproachForm(formData, { allowedProductIds });
  if (!form.ok) return invalid(form.reply);
  if (!purchase) return invalid(form.refuse({ "": NO_PURCHASE }), 409);
  const id = createApproach({ owner: user, agencyId, shortlistId: shortlist.id, purchase, input: form.value, ip: clientIp(request) });
  return redirect(`/approaches/${id}?done=created`);
}

export default function NewApproach() {
  const data = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/approaches", label: "Approaches to market" }, { label: "New" }]} />
        <H1>Approach the market</H1>
        {data.step === "choose" ? (
          <>
            <Text as="p">An approach starts from a shortlist: its products&apos; providers are the ones you invite. Choose one:</Text>
            {data.shortlists.length === 0 ? (
              <Text as="p">
                You have no shortlists yet. Add products from the <TextLink href="/products">catalogue</TextLink> to a shortlist first.
              </Text>
            ) : (
              <ul>
                {data.shortlists.map((s) => (
                  <li key={s.id}>
                    <TextLink href={`/approaches/new?shortlist=${s.id}`}>{s.name}</TextLink> ({s.items}{" "}
                    {s.items === 1 ? "product" : "products"})
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : data.step === "purchase" ? (
          <Text as="p">
            You have no proposed purchase yet. {NO_PURCHASE} <TextLink href="/purchase">Describe your proposed purchase</TextLink>, then
            come back to{" "}
            <TextLink href={`/approaches/new?shortlist=${data.shortlist.id}`}>approach the market with {data.shortlist.name}</TextLink>.
          </Text>
        ) : (
          <>
            <Text as="p">
              From your shortlist <TextLink href={`/shortlists/${data.shortlist.id}`}>{data.shortlist.name}</TextLink>. This saves a draft:
              only your agency can read it, and nothing is sent until you send it from its page.
            </Text>
            <ErrorSummary errors={reply.errors} />
            <ApproachForm
              values={data.values}
              products={data.products}
              shortlisted={data.shortlisted}
              fitting={data.fitting}
              reply={reply}
              submitLabel="Save the draft"
            />
          </>
        )}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
