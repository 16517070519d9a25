/**
 * /agency: an agency's service dashboard, for its own staff. The products the agency uses with
 * their compliance status, price changes, colleagues' reviews and what to do next; staff keep the
 * list right here (every change audited). Everyone else gets a 403 page saying who can use it.
 */
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireUser } from "~/accounts/session.server";
import { addableProductNames, handleAgencyAction } from "~/agency/agency-actions.server";
import { agencyDashboard } from "~/agency/dashboard.server";
import { AddProductForm, EntryForms } from "~/agency/agency-forms";
import { AgencyError } from "~/agency/agency-error";
import { ColleagueReviews, NextSteps } from "~/agency/agency-lists";
import { ComplianceTiles } from "~/agency/compliance-tiles";
import { ProductCompliance } from "~/agency/product-compliance";
import { agencyAccess } from "~/agency/vocabulary";
import { clientIp } from "~/platform/client-ip.server";
import { todayIso } from "~/platform/dates";
import { readReply } from "~/platform/form-reply";
import { invalid } from "~/platform/forms.server";
import { readForm } from "~/platform/read-form.server";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.dashboard.agency.name}: service dashboard | Cloud Exchange` : "Agency dashboard | Cloud Exchange" },
];

/** Signed in (else to the login page), agency staff, with an agency chosen: the 403 says which is missing. */
async function requireAgencyStaff(request: Request) {
  const user = await requireUser(request);
  const access = agencyAccess(user);
  if (!access.ok) throw json({ reason: access.reason }, { status: 403 });
  return { user, agencyId: access.agencyId };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, agencyId } = await requireAgencyStaff(request);
  const today = todayIso();
  const dashboard = agencyDashboard({ agencyId, userId: user.id, today });
  if (!dashboard) throw json("Your agency is no longer listed. Choose it again on your account page.", { status: 404 });
  return json({ dashboard, productNames: addableProductNames({ today, onList: dashboard.products.map((p) => p.productId) }) });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const { user, agencyId } = await requireAgencyStaff(request);
  const reply = handleAgencyAction({ ip: clientIp(request), user, agencyId, formData, today: todayIso() });
  return reply.status === "error" ? invalid(reply) : json(reply);
}

export default function AgencyDashboardPage() {
  const { dashboard: d, productNames } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const total = d.products.length;
  return (
    <PageContent>
      <Stack gap={3}>
        <Stack gap={1}>
          <H1>{d.agency.name}: service dashboard</H1>
          <Text as="p">
            The products your agency uses, their compliance status on {d.todayWords}, their prices and your colleagues&apos; reviews.{" "}
            <TextLink href="/agency/summary">Printable summary for your CISO</TextLink>
          </Text>
          {d.agency.sourceNote ? (
            <PageAlert tone="info" title="Where this list came from">
              <Text as="p">{d.agency.sourceNote}</Text>
            </PageAlert>
          ) : null}
        </Stack>
        {reply.notice ? <PageAlert tone="success" title={reply.notice} focusOnMount /> : null}
        <ErrorSummary errors={reply.errors.filter((e) => e.name === "")} />

        <Stack as="section" gap={1} aria-labelledby="glance-heading">
          <H2 id="glance-heading">At a glance</H2>
          <Text as="p">
            {total === 0
              ? "Your agency's list is empty: add the products it uses below."
              : `${total} ${total === 1 ? "product" : "products"}, each counted by its most urgent badge.`}
          </Text>
          <ComplianceTiles counts={d.counts} total={total} />
        </Stack>

        <NextSteps steps={d.nextSteps} />

        <Stack as="section" gap={1.5} aria-labelledby="products-heading">
          <H2 id="products-heading">Products your agency uses</H2>
          {d.products.map((p) => (
            <ProductCompliance key={p.productId} product={p}>
              <EntryForms product={p} reply={reply} />
            </ProductCompliance>
          ))}
        </Stack>

        <ColleagueReviews reviews={d.reviews} ownPending={d.ownPending} />

        <AddProductForm reply={reply} productNames={productNames} />
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <AgencyError error={useRouteError()} />;
}
