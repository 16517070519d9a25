/**
 * /approaches: the approaches to market of the signed-in staff member's agency, newest first, with
 * how many responses each has (never what they say). Agency staff with an agency only (canStart).
 */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { Box } from "@ag.ds-next/react/box";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { requireUser } from "~/accounts/session.server";
import { listForAgency } from "~/approaches/approach.server";
import { ApproachStateBadge } from "~/approaches/approach-overview";
import { BUYER_NOTICES } from "~/approaches/buyer-notices";
import { formatCanberra } from "~/approaches/closing";
import { canStart } from "~/approaches/permissions";
import { ErrorPage, errorTitle } from "~/ui/error-page";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : "Approaches to market | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const allowed = canStart(user);
  if (!allowed.ok || user.agencyId === null)
    throw json(allowed.ok ? "Only agency staff can approach the market." : allowed.reason, { status: 403 });
  return json({ agencyName: user.agencyName, approaches: listForAgency({ agencyId: user.agencyId }) });
}

export default function Approaches() {
  const { agencyName, approaches } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const notice = params.get("done") === "deleted" ? BUYER_NOTICES.deleted : null;
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Approaches to market</H1>
        {notice ? (
          <PageAlert tone="success" title={notice.title}>
            <Text as="p">{notice.body}</Text>
          </PageAlert>
        ) : null}
        <Text as="p">
          {agencyName}&apos;s approaches: a requirement sent to the providers of shortlisted products, their questions and responses, the
          evaluation and the decision record.
        </Text>
        <section aria-labelledby="list-heading">
          <Stack gap={1}>
            <H2 id="list-heading">
              {approaches.length} {approaches.length === 1 ? "approach" : "approaches"}
            </H2>
            {approaches.length === 0 ? (
              <Text as="p">
                None yet. To start one, open one of <TextLink href="/shortlists">your shortlists</TextLink> and choose &quot;Approach the
                market with this shortlist&quot;. You will need a <TextLink href="/purchase">proposed purchase</TextLink> too: the rules are
                judged on it.
              </Text>
            ) : (
              <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {approaches.map((a) => (
                  <Box as="li" key={a.id} paddingY={1} borderBottom borderColor="muted">
                    <Stack gap={0.5}>
                      <Text as="p" fontWeight="bold">
                        <TextLink href={`/approaches/${a.id}`}>{a.title}</TextLink>
                      </Text>
                      <div>
                        <ApproachStateBadge state={a.state} />
                      </div>
                      <Text as="p" fontSize="sm">
                        {a.state === "draft" || a.state === "open" ? "Closes" : "Closed"} {formatCanberra(a.closesAt)}
                      </Text>
                      <Text as="p" fontSize="sm">
                        {a.invited} {a.invited === 1 ? "product" : "products"} invited · {a.responses}{" "}
                        {a.responses === 1 ? "response" : "responses"} · run by {a.ownerName ?? "a former member of staff"}
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
