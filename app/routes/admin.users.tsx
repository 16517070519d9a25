import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { Flex } from "@ag.ds-next/react/flex";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Pagination } from "@ag.ds-next/react/pagination";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { handleAdminUserAction } from "~/accounts/admin-actions.server";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireRole } from "~/accounts/session.server";
import { listUsers, pendingProviderRequests, USERS_PER_PAGE } from "~/accounts/admin-users.server";
import { CsrfInput } from "~/ui/csrf-input";
import { readForm } from "~/platform/read-form.server";
import { clientIp } from "~/platform/client-ip.server";
import { invalid, outcome } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { ErrorSummary } from "~/ui/error-summary";

export const meta: MetaFunction = () => [{ title: "Users | Admin | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const params = new URL(request.url).searchParams;
  const query = (params.get("q") ?? "").trim().slice(0, 100);
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const { users, total } = listUsers({ query, page });
  return json({
    adminId: admin.id,
    query,
    page,
    totalPages: Math.max(1, Math.ceil(total / USERS_PER_PAGE)),
    total,
    users,
    pending: pendingProviderRequests(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const admin = await requireRole(request, "admin");
  const result = handleAdminUserAction({ ip: clientIp(request), admin, formData });
  const reply = outcome(result);
  return reply.status === "error" ? invalid(reply) : json(reply);
}

function ActionButton({
  intent,
  fields,
  label,
  variant = "secondary",
}: {
  intent: string;
  fields: Record<string, string | number>;
  label: string;
  variant?: "secondary" | "tertiary";
}) {
  return (
    <Form method="post">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" size="sm" variant={variant}>
        {label}
      </Button>
    </Form>
  );
}

export default function AdminUsers() {
  const { adminId, query, page, totalPages, total, users, pending } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const href = (p: number) => `?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(p) })}`;
  return (
    <PageContent>
      <Stack gap={3}>
        <H1>Users and roles</H1>
        {reply.notice ? <PageAlert tone="success" title={reply.notice} focusOnMount /> : null}
        <ErrorSummary errors={reply.errors} />

        <Stack as="section" gap={1.5} aria-labelledby="pending-heading">
          <H2 id="pending-heading">Provider representatives waiting for approval</H2>
          {pending.length === 0 ? (
            <Text as="p">No requests are waiting.</Text>
          ) : (
            <TableScroll>
              <Table>
                <TableCaption>{pending.length} waiting</TableCaption>
                <TableHead>
                  <TableRow>
                    <TableHeader scope="col">Person</TableHeader>
                    <TableHeader scope="col">Provider</TableHeader>
                    <TableHeader scope="col">Asked</TableHeader>
                    <TableHeader scope="col">Decision</TableHeader>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {pending.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell>
                        {r.displayName} ({r.email}){r.emailVerifiedAt ? "" : ", e-mail not confirmed"}
                      </TableCell>
                      <TableCell>{r.providerName}</TableCell>
                      <TableCell>{r.requestedAt.slice(0, 10)}</TableCell>
                      <TableCell>
                        <Flex gap={0.5}>
                          <ActionButton
                            intent="approve-provider"
                            fields={{ requestId: r.id }}
                            label={`Approve ${r.displayName} for ${r.providerName}`}
                          />
                          <ActionButton intent="reject-provider" fields={{ requestId: r.id }} label="Decline" variant="tertiary" />
                        </Flex>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          )}
        </Stack>

        <Stack as="section" gap={1.5} aria-labelledby="users-heading">
          <H2 id="users-heading">Everyone</H2>
          <form method="get" role="search" aria-label="Users">
            <Flex gap={1} alignItems="flex-end">
              <TextInput id="q" name="q" label="Find by name or e-mail" {...{ defaultValue: query }} />
              <Button type="submit" variant="secondary">
                Find
              </Button>
            </Flex>
          </form>
          <TableScroll>
            <Table>
              <TableCaption>
                {total} {total === 1 ? "person" : "people"}
                {query ? ` matching "${query}"` : ""}
              </TableCaption>
              <TableHead>
                <TableRow>
                  <TableHeader scope="col">Person</TableHeader>
                  <TableHeader scope="col">Confirmed</TableHeader>
                  <TableHeader scope="col">Roles</TableHeader>
                  <TableHeader scope="col">Change roles</TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {users.map((u) => {
                  const has = (role: string) => u.roles.some((r) => r.role === role);
                  return (
                    <TableRow key={u.id}>
                      <TableCell>
                        {u.displayName}
                        <br />
                        {u.email}
                      </TableCell>
                      <TableCell>{u.emailVerifiedAt ? "Yes" : "No"}</TableCell>
                      <TableCell>
                        {u.roles.length === 0
                          ? "Buyer"
                          : u.roles.map((r) => (r.providerName ? `${r.role} (${r.providerName})` : r.role)).join(", ")}
                      </TableCell>
                      <TableCell>
                        <Flex gap={0.5} flexWrap="wrap">
                          {(["editor", "admin"] as const).map((role) =>
                            has(role) ? (
                              u.id === adminId && role === "admin" ? null : (
                                <ActionButton
                                  key={role}
                                  intent="revoke-role"
                                  fields={{ userId: u.id, role }}
                                  label={`Remove ${role} from ${u.displayName}`}
                                  variant="tertiary"
                                />
                              )
                            ) : (
                              <ActionButton
                                key={role}
                                intent="grant-role"
                                fields={{ userId: u.id, role }}
                                label={`Make ${u.displayName} ${role}`}
                              />
                            ),
                          )}
                        </Flex>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableScroll>
          {totalPages > 1 ? <Pagination currentPage={page} totalPages={totalPages} generateHref={href} /> : null}
        </Stack>
      </Stack>
    </PageContent>
  );
}
