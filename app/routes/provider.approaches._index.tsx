/**
 * /provider/approaches: the approaches to market the representative's provider is invited to, open
 * ones first, with when each closes (Canberra time) and whether the provider has responded. Drafts
 * never appear: a seller learns of an approach when it is sent. Approved representatives only (403).
 */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { requireProviderRep } from "~/accounts/session.server";
import { ApproachStateBadge } from "~/approaches/approach-overview";
import { formatCanberra } from "~/approaches/closing";
import { sellerInvitations } from "~/approaches/seller-pages.server";
import { Breadcrumbs } from "~/ui/breadcrumbs";
import { ErrorPage, errorTitle } from "~/ui/error-page";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : "Approaches to market | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProviderRep(request);
  return json({ approaches: sellerInvitations({ providerId: user.providerId }) });
}

export default function ProviderApproaches() {
  const { approaches } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <Breadcrumbs links={[{ href: "/provider", label: "Provider dashboard" }, { label: "Approaches to market" }]} />
        <H1>Approaches to market</H1>
        <Text as="p">
          Agencies invite your products to respond to their requirements. Read each requirement, ask the buyer questions (privately: the
          answer goes to every invited seller without naming you) and respond before the close.
        </Text>
        <section aria-labelledby="list-heading">
          <Stack gap={1}>
            <H2 id="list-heading">
              {approaches.length} {approaches.length === 1 ? "invitation" : "invitations"}
            </H2>
            {approaches.length === 0 ? (
              <Text as="p">No agency has invited your products yet. You are e-mailed when one does.</Text>
            ) : (
              <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {approaches.map((a) => (
                  <Box as="li" key={a.id} paddingY={1} borderBottom borderColor="muted">
                    <Stack gap={0.5}>
                      <Text as="p" fontWeight="bold">
                        <TextLink href={`/provider/approaches/${a.id}`}>{a.title}</TextLink>
                      </Text>
                      <Text as="p" fontSize="sm">
                        {a.agencyName}
                      </Text>
                      <div>
                        <ApproachStateBadge state={a.state} />
                      </div>
                      <Text as="p" fontSize="sm">
                        {a.state === "open" ? "Closes" : "Closed"} {formatCanberra(a.closesAt)}
                        {a.timeLeft ? ` (${a.timeLeft})` : ""}
                      </Text>
                      <Text as="p" fontSize="sm">
                        {a.responded === 0
                          ? a.state === "open"
                            ? "You have not responded yet."
                            : "You did not respond."
                          : `You have responded for ${a.responded} ${a.responded === 1 ? "product" : "products"}.`}
                      </Text>
                    </Stack>
                  </Box>
                ))}
              </ul>
            )}
          </Stack>
        </section>
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
