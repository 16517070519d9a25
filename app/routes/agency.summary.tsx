/**
 * /agency/summary: the dashboard's facts as one document for an agency's CISO: when it was made,
 * for which agency, and every product's compliance status and next dates. It prints without the
 * site's navigation (ui/print-styles.ts), as the evidence pack does.
 */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { requireUser } from "~/accounts/session.server";
import { agencyDashboard } from "~/agency/dashboard.server";
import { AgencyError } from "~/agency/agency-error";
import { NextSteps } from "~/agency/agency-lists";
import { ComplianceTiles } from "~/agency/compliance-tiles";
import { ProductCompliance } from "~/agency/product-compliance";
import { agencyAccess } from "~/agency/vocabulary";
import { formatDateTime, todayIso } from "~/platform/dates";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { PRINT_STYLES } from "~/ui/print-styles";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Service summary: ${data.dashboard.agency.name} | Cloud Exchange` : "Agency service summary | Cloud Exchange" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const access = agencyAccess(user);
  if (!access.ok) throw json({ reason: access.reason }, { status: 403 });
  const now = new Date();
  const dashboard = agencyDashboard({ agencyId: access.agencyId, userId: user.id, today: todayIso(now) });
  if (!dashboard) throw json("Your agency is no longer listed. Choose it again on your account page.", { status: 404 });
  return json({ dashboard, generated: formatDateTime(now), generatedBy: user.displayName });
}

export default function AgencySummary() {
  const { dashboard: d, generated, generatedBy } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <style media="print">{PRINT_STYLES}</style>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/agency", label: "Agency dashboard" }, { label: "Printable summary" }]} />
        <H1>Service summary: {d.agency.name}</H1>
        <Text as="p">
          Generated on {generated} by {generatedBy}. Compliance status as at {d.todayWords}, by the currency rules each framework sets (for
          example, an IRAP assessment is current for 24 months).
        </Text>
        <div className="no-print">
          <Text as="p">
            To print this summary or save it as a PDF, use your browser&apos;s Print command (Ctrl+P, or ⌘P on a Mac): the site&apos;s
            navigation is left out. <TextLink href="/agency">Back to the dashboard</TextLink>
          </Text>
        </div>
        {d.agency.sourceNote ? <Text as="p">{d.agency.sourceNote}</Text> : null}
        <Stack as="section" gap={1} aria-labelledby="status-heading">
          <H2 id="status-heading">Compliance at a glance</H2>
          <ComplianceTiles counts={d.counts} total={d.products.length} />
        </Stack>
        <NextSteps steps={d.nextSteps} all />
        <Stack as="section" gap={1.5} aria-labelledby="products-heading">
          <H2 id="products-heading">Every product your agency uses ({d.products.length})</H2>
          {d.products.length === 0 ? <Text as="p">Your agency&apos;s list is empty.</Text> : null}
          {d.products.map((p) => (
            <ProductCompliance key={p.productId} product={p} />
          ))}
        </Stack>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <AgencyError error={useRouteError()} />;
}
