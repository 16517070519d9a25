/**
 * /assessments: a staff member's own assessments, their colleagues' (so an agency sees what it has
 * already assessed before starting again), and the assessments their agency relies on. Agency
 * staff only: for anyone else the page says who can assess and how.
 */
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteError } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { requireUser } from "~/accounts/session.server";
import { AssessmentSummaryList } from "~/assessments/assessment-view";
import { assessmentsForStaff } from "~/assessments/assessment.server";
import { formatDate, todayIso } from "~/platform/dates";
import { ErrorPage, errorTitle } from "~/ui/error-page";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : "Assessments | Cloud Exchange" }];

const WHO_CAN_ASSESS =
  "Only agency staff can assess products and see their agency's assessments: sign in with a verified e-mail address of an Australian " +
  "Government agency (one ending in .gov.au, or a domain Cloud Exchange lists for an agency). Buyers and the public can still see " +
  "how many agencies assessed a product, and how they scored it, on the product's page.";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // Attributed work: an administrator without an agency address moderates assessments but has none of their own.
  if (!user.roles.includes("agency_staff")) throw json(WHO_CAN_ASSESS, { status: 403 });
  return json({
    agencyName: user.agencyName,
    today: todayIso(),
    ...assessmentsForStaff({ userId: user.id, agencyId: user.agencyId }),
  });
}

export default function Assessments() {
  const { agencyName, today, mine, agency, reliances } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={3}>
        <Stack gap={1}>
          <H1>Assessments</H1>
          <Text as="p">
            Agencies assess a product once against the <TextLink href="/framework">common assessment framework</TextLink>, and others rely
            on it. To assess a product, open its page in the <TextLink href="/products">catalogue</TextLink> and choose &quot;Assess this
            product&quot;.
          </Text>
          {agencyName ? null : (
            <Text as="p">
              Your account is not linked to an agency yet, so you cannot assess products or rely on assessments. Ask an administrator to
              link your agency&apos;s e-mail domain.
            </Text>
          )}
        </Stack>
        <section aria-labelledby="mine">
          <Stack gap={1}>
            <H2 id="mine">Your assessments</H2>
            <AssessmentSummaryList
              items={mine}
              label="Your assessments"
              empty="You have not assessed any products yet."
              editable
              today={today}
            />
          </Stack>
        </section>
        {agencyName ? (
          <>
            <section aria-labelledby="agency">
              <Stack gap={1}>
                <H2 id="agency">By colleagues at {agencyName}</H2>
                <AssessmentSummaryList
                  items={agency}
                  label={`Assessments by colleagues at ${agencyName}`}
                  empty="No colleague has assessed a product yet."
                  showAuthor
                  today={today}
                />
              </Stack>
            </section>
            <section aria-labelledby="relied">
              <Stack gap={1}>
                <H2 id="relied">Assessments {agencyName} relies on</H2>
                {reliances.length === 0 ? (
                  <Text as="p">Your agency does not rely on another agency&apos;s assessment yet.</Text>
                ) : (
                  <Stack as="ul" gap={1} aria-label={`Assessments ${agencyName} relies on`}>
                    {reliances.map((r) => (
                      <li key={r.id} style={{ listStyle: "none" }}>
                        <Text as="p">
                          <TextLink href={`/assessments/${r.assessmentId}`}>{r.productName}</TextLink>, assessed by {r.authorAgency}
                          {r.assessedOn ? ` on ${formatDate(r.assessedOn)}` : ""}. Relied on since {formatDate(r.createdAt.slice(0, 10))}.
                          {r.notes ? ` Notes: ${r.notes}` : ""}
                        </Text>
                      </li>
                    ))}
                  </Stack>
                )}
              </Stack>
            </section>
          </>
        ) : null}
      </Stack>
    </PageContent>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
