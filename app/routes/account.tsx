import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { FormStack } from "@ag.ds-next/react/form-stack";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { ROLE_LABELS } from "~/accounts/permissions";
import { verifyCsrf } from "~/accounts/csrf.server";
import { destroySession, requireUser } from "~/accounts/session.server";
import { agencyChoices, handleAccountAction } from "~/accounts/account-actions.server";
import { listProviders, providerRoleRows } from "~/accounts/user.server";
import { CsrfInput } from "~/ui/csrf-input";
import { reviewsByAuthor } from "~/reviews/review-listing.server";
import { OwnReviewList } from "~/reviews/review-own-list";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";
import { invalid, outcome } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction = () => [{ title: "Your account | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // Only staff on a government address pick an agency: admins pass hasRole, so ask the list itself.
  const agencyStaff = user.roles.includes("agency_staff");
  return json({
    user: {
      displayName: user.displayName,
      email: user.email,
      emailVerified: user.emailVerified,
      agencyName: user.agencyName,
      agencyId: user.agencyId,
    },
    roles: user.roles.map((r) => ROLE_LABELS[r]),
    reviewsListings: user.roles.includes("editor") || user.roles.includes("admin"),
    agencyStaff,
    agencies: agencyStaff ? agencyChoices() : [],
    providers: listProviders(),
    providerRoles: providerRoleRows(user.id).map((r) => ({ id: r.id, providerName: r.providerName, approved: r.approvedAt !== null })),
    reviews: reviewsByAuthor({ userId: user.id }),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const user = await requireUser(request);
  const result = handleAccountAction({ ip: clientIp(request), user, formData });
  if (result.signedOut) return redirect("/login?notice=signed-out", { headers: destroySession(request) });
  const reply = outcome(result);
  return reply.status === "error" ? invalid(reply) : json(reply);
}

export default function Account() {
  const { user, roles, reviewsListings, agencyStaff, agencies, providers, providerRoles, reviews } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  return (
    <PageContent>
      <Stack gap={3}>
        <H1>Your account</H1>
        {reply.notice ? (
          <PageAlert tone="success" title="Done" focusOnMount>
            <Text as="p">{reply.notice}</Text>
          </PageAlert>
        ) : null}
        <ErrorSummary errors={reply.errors} />

        <Stack as="section" gap={1.5} aria-labelledby="details-heading">
          <H2 id="details-heading">Your details</H2>
          <SummaryList>
            <SummaryListItem>
              <SummaryListItemTerm>Name</SummaryListItemTerm>
              <SummaryListItemDescription>{user.displayName}</SummaryListItemDescription>
            </SummaryListItem>
            <SummaryListItem>
              <SummaryListItemTerm>E-mail address</SummaryListItemTerm>
              <SummaryListItemDescription>
                {user.email}{" "}
                {user.emailVerified ? (
                  <StatusBadge appearance="subtle" tone="successMedium" label="Confirmed" />
                ) : (
                  <StatusBadge appearance="subtle" tone="warningMedium" label="Not confirmed" />
                )}
              </SummaryListItemDescription>
            </SummaryListItem>
            <SummaryListItem>
              <SummaryListItemTerm>Roles</SummaryListItemTerm>
              <SummaryListItemDescription>
                {roles.join(", ")}
                {reviewsListings ? (
                  <>
                    {" "}
                    (<TextLink href="/admin/approvals">listing approvals</TextLink>)
                  </>
                ) : null}
              </SummaryListItemDescription>
            </SummaryListItem>
            <SummaryListItem>
              <SummaryListItemTerm>Agency</SummaryListItemTerm>
              <SummaryListItemDescription>{user.agencyName ?? "None"}</SummaryListItemDescription>
            </SummaryListItem>
          </SummaryList>
          {!user.emailVerified ? (
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="intent" value="resend-verification" />
              <Stack gap={1}>
                <Text as="p">
                  Follow the link we e-mailed you to confirm your address. A government address is recognised as agency staff once
                  confirmed.
                </Text>
                <div>
                  <Button type="submit" variant="secondary">
                    Resend confirmation e-mail
                  </Button>
                </div>
              </Stack>
            </Form>
          ) : null}
        </Stack>

        {agencyStaff ? (
          <Stack as="section" gap={1.5} aria-labelledby="agency-heading">
            <H2 id="agency-heading">Your agency</H2>
            {user.agencyId ? (
              <Text as="p">
                <TextLink href="/agency">Your agency&apos;s service dashboard: the products it uses, their compliance and prices</TextLink>
              </Text>
            ) : null}
            {user.agencyId ? (
              <Text as="p">
                <TextLink href="/approaches">
                  Your agency&apos;s approaches to market: requirements sent to sellers, their responses and decisions
                </TextLink>
              </Text>
            ) : null}
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="intent" value="set-agency" />
              <FormStack>
                <Select
                  id="agencyId"
                  name="agencyId"
                  label="Agency you work for"
                  placeholder="Choose your agency"
                  required
                  invalid={reply.invalid("agencyId")}
                  message={reply.error("agencyId")}
                  options={agencies.map((a) => ({ value: String(a.id), label: a.name }))}
                  {...{ defaultValue: user.agencyId ? String(user.agencyId) : "" }}
                />
                <div>
                  <Button type="submit" variant="secondary">
                    Save agency
                  </Button>
                </div>
              </FormStack>
            </Form>
          </Stack>
        ) : null}

        <Stack as="section" gap={1.5} aria-labelledby="provider-heading">
          <H2 id="provider-heading">Representing a provider</H2>
          {providerRoles.length > 0 ? (
            <ul>
              {providerRoles.map((r) => (
                <li key={r.id}>
                  {r.providerName}: {r.approved ? "approved" : "waiting for an administrator to approve"}
                </li>
              ))}
            </ul>
          ) : null}
          {providerRoles.some((r) => r.approved) ? (
            <Text as="p">
              <TextLink href="/provider">Your provider dashboard</TextLink>
            </Text>
          ) : null}
          <Text as="p">
            If you work for a cloud provider, ask to represent it. An administrator checks the request before you can propose listing
            changes or reply to reviews.
          </Text>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="request-provider" />
            <FormStack>
              <Select
                id="providerId"
                name="providerId"
                label="Provider"
                placeholder="Choose a provider"
                required
                invalid={reply.invalid("providerId")}
                message={reply.error("providerId")}
                options={providers.map((p) => ({ value: String(p.id), label: p.name }))}
              />
              <div>
                <Button type="submit" variant="secondary">
                  Ask to represent this provider
                </Button>
              </div>
            </FormStack>
          </Form>
        </Stack>

        <Stack as="section" gap={1.5} aria-labelledby="reviews-heading">
          <H2 id="reviews-heading">Your reviews</H2>
          <OwnReviewList reviews={reviews} />
        </Stack>

        <Stack as="section" gap={1.5} aria-labelledby="assessments-heading">
          <H2 id="assessments-heading">Assessments and requirements</H2>
          {agencyStaff ? (
            <Text as="p">
              <TextLink href="/assessments">Your and your agency&apos;s assessments, and the assessments your agency relies on</TextLink>
            </Text>
          ) : null}
          <Text as="p">
            <TextLink href="/requirements">Your requirements profile: the minimum score you need for each quality</TextLink>
          </Text>
        </Stack>

        <Stack as="section" gap={1.5} aria-labelledby="notifications-heading">
          <H2 id="notifications-heading">Notifications</H2>
          <Text as="p">
            <TextLink href="/account/notifications">
              Choose what we e-mail you, what you watch and how you hear of it, and your feed
            </TextLink>
          </Text>
        </Stack>

        <Stack as="section" gap={1.5} aria-labelledby="security-heading">
          <H2 id="security-heading">Signing in</H2>
          <Text as="p">Signed in on a shared or lost device? Sign out on every device and browser at once.</Text>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="sign-out-everywhere" />
            <Button type="submit" variant="secondary">
              Sign out everywhere
            </Button>
          </Form>
        </Stack>
      </Stack>
    </PageContent>
  );
}
