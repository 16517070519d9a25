import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { LinkList } from "@ag.ds-next/react/link-list";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { requireRole } from "~/accounts/session.server";
import { pendingProviderRequests } from "~/accounts/admin-users.server";
import { outboxCounts } from "~/notifications/outbox-admin.server";

export const meta: MetaFunction = () => [{ title: "Admin | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json({ pendingRequests: pendingProviderRequests().length, deadEmails: outboxCounts().dead });
}

export default function AdminHome() {
  const { pendingRequests, deadEmails } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Administration</H1>
        <Text as="p">
          {pendingRequests === 0
            ? "No provider representatives are waiting for approval."
            : `${pendingRequests} provider representative ${pendingRequests === 1 ? "request is" : "requests are"} waiting for approval.`}
        </Text>
        {deadEmails > 0 ? (
          <Text as="p">
            {deadEmails} {deadEmails === 1 ? "e-mail" : "e-mails"} could not be delivered: see the{" "}
            <TextLink href="/admin/outbox">outbox</TextLink>.
          </Text>
        ) : null}
        <nav aria-label="Administration">
          <LinkList
            links={[
              { label: "Moderation queue", href: "/admin/moderation" },
              { label: "Listing approvals", href: "/admin/approvals" },
              { label: "Users and roles", href: "/admin/users" },
              { label: "Agency e-mail domains", href: "/admin/domains" },
              { label: "E-mail outbox", href: "/admin/outbox" },
              { label: "Audit log", href: "/admin/audit" },
            ]}
          />
        </nav>
      </Stack>
    </PageContent>
  );
}
