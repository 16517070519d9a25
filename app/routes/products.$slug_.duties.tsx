/**
 * The agency's own duties under one product, as a checklist to print and keep in the contract file:
 * every area the agency holds alone, then every area it shares, with room to tick and sign.
 */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { formatDate, todayIso } from "~/platform/dates";
import { getResponsibilityModel, productForResponsibility } from "~/responsibility/responsibility.server";
import { agencyDuties, withArticle, type Duty } from "~/responsibility/model";
import { ErrorPage } from "~/ui/error-page";
import { PRINT_STYLES } from "~/ui/print-styles";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Agency duties: ${data.product.name} | Cloud Exchange` : "Agency duties | Cloud Exchange" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const product = productForResponsibility({ slug: params.slug ?? "" });
  const model = product ? getResponsibilityModel({ productId: product.id }) : null;
  if (!product || !model) throw json("We could not find that product.", { status: 404 });
  return json({
    product,
    serviceModel: model.serviceModel,
    communityRulesRequired: model.communityRulesRequired,
    duties: agencyDuties(model.rows),
    today: todayIso(),
  });
}

// Ticks and lines must survive on paper: no shading, boxes big enough to mark with a pen.
const CHECKLIST_STYLES = `
.duty { display: flex; gap: 0.75rem; align-items: flex-start; break-inside: avoid; page-break-inside: avoid; }
.duty input { width: 1.25rem; height: 1.25rem; margin-top: 0.2rem; flex: none; }
.sign-off { display: grid; grid-template-columns: max-content 1fr; gap: 1rem 0.75rem; max-width: 40rem; }
.sign-off span:nth-child(even) { border-bottom: 1px solid currentColor; min-height: 1.5rem; }
`;

function DutyItem({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <li className="duty">
      <input type="checkbox" id={id} />
      <div>
        <label htmlFor={id}>
          <strong>{title}</strong>
        </label>
        {children}
      </div>
    </li>
  );
}

function DutyList({ duties }: { duties: Duty[] }) {
  return (
    <ul style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: "1rem" }}>
      {duties.map((d) => (
        <DutyItem key={d.area} id={`duty-${d.area}`} title={d.label}>
          <Text as="p">{d.duty}</Text>
          {d.note ? (
            <Text as="p" fontSize="sm" color="muted">
              For this product: {d.note}
            </Text>
          ) : null}
        </DutyItem>
      ))}
    </ul>
  );
}

export default function Duties() {
  const { product, serviceModel, communityRulesRequired, duties, today } = useLoaderData<typeof loader>();
  const own = duties.filter((d) => d.party === "agency");
  const shared = duties.filter((d) => d.party === "shared");
  return (
    <PageContent>
      <style>{CHECKLIST_STYLES}</style>
      <style media="print">{PRINT_STYLES}</style>
      <Stack gap={2}>
        <div className="no-print">
          <Breadcrumbs
            links={[
              { href: "/products", label: "Products" },
              { href: `/products/${product.slug}`, label: product.name },
              { label: "Agency duties" },
            ]}
          />
        </div>
        <Stack gap={0.5}>
          <H1>Agency duties: {product.name}</H1>
          <Text as="p">
            {product.name} is {withArticle(serviceModel)} product from {product.providerName}. Under its shared responsibility model the
            agency holds {own.length} {own.length === 1 ? "area" : "areas"} itself and shares {shared.length} with the provider. Listed on
            Cloud Exchange as at {formatDate(today)}.
          </Text>
        </Stack>
        <div className="no-print">
          <Button type="button" onClick={() => window.print()}>
            Print this checklist
          </Button>
          <Text as="p" fontSize="sm">
            Or use your browser's print command: the site's menus are left off the printout.
          </Text>
        </div>

        <div className="sign-off" aria-label="Contract details to fill in" role="group">
          <span>Agency</span>
          <span />
          <span>Contract or work order</span>
          <span />
          <span>Checked by</span>
          <span />
          <span>Date</span>
          <span />
        </div>

        {communityRulesRequired ? (
          <section aria-labelledby="before-onboarding">
            <H2 id="before-onboarding">Before onboarding</H2>
            <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
              <DutyItem id="duty-community-rules" title="Sign the provider's community rules">
                <Text as="p">
                  {product.providerName} requires every customer agency to sign its community rules before using {product.name}.
                </Text>
              </DutyItem>
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="agency-duties">
          <H2 id="agency-duties">The agency's responsibility</H2>
          {own.length ? <DutyList duties={own} /> : <Text as="p">No area is the agency's alone under this product.</Text>}
        </section>

        <section aria-labelledby="shared-duties">
          <H2 id="shared-duties">Shared with the provider: the agency's part</H2>
          {shared.length ? <DutyList duties={shared} /> : <Text as="p">No area is shared under this product.</Text>}
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
