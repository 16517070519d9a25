/**
 * /admin/outbox: how e-mail delivery is going (counts by status, the newest messages with their
 * attempts and last error) and a Retry button on each dead message. Administrators only; a retry
 * is audited.
 */
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { H1, H2 } from "@ag.ds-next/react/heading";
import { PageAlert } from "@ag.ds-next/react/page-alert";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { Text } from "@ag.ds-next/react/text";
import { verifyCsrf } from "~/accounts/csrf.server";
import { requireRole } from "~/accounts/session.server";
import { OUTBOX_STATUS_LABELS, OUTBOX_STATUSES } from "~/notifications/delivery";
import { newestOutboxMessages, outboxCounts, retryDeadMessage, retryFormSchema } from "~/notifications/outbox-admin.server";
import { clientIp } from "~/platform/client-ip.server";
import { formatDateTime } from "~/platform/dates";
import { invalid, parseForm } from "~/platform/forms.server";
import { readReply } from "~/platform/form-reply";
import { readForm } from "~/platform/read-form.server";
import { CsrfInput } from "~/ui/csrf-input";
import { ErrorSummary } from "~/ui/error-summary";
import { TableScroll } from "~/ui/table-scroll";

export const meta: MetaFunction = () => [{ title: "Outbox | Admin | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json({ counts: outboxCounts(), messages: newestOutboxMessages() });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  await verifyCsrf(request, formData);
  const admin = await requireRole(request, "admin");
  const form = parseForm(formData, retryFormSchema);
  if (!form.ok) return invalid(form.reply);
  const retried = retryDeadMessage({ id: form.value.id, actor: admin, ip: clientIp(request) });
  return redirect(retried ? `/admin/outbox?retried=${form.value.id}` : "/admin/outbox?retried=stale");
}

function when(instant: string | null): string {
  return instant ? formatDateTime(instant) : "";
}

export default function AdminOutbox() {
  const { counts, messages } = useLoaderData<typeof loader>();
  const reply = readReply(useActionData<typeof action>());
  const retried = useSearchParams()[0].get("retried");
  return (
    <PageContent>
      <Stack gap={3}>
        <H1>Outbox</H1>
        <Text as="p">
          Every e-mail Cloud Exchange sends waits here until the SMTP server accepts it. A refused or unreachable server is tried again
          after 1, 2, 4, 8 and 16 minutes; a message the server rejects outright, or that fails six times, is dead until you retry it.
        </Text>
        {retried === "stale" ? (
          <PageAlert tone="info" title="That message is no longer dead: someone has already retried it." focusOnMount />
        ) : retried ? (
          <PageAlert tone="success" title={`Message ${retried} is queued again and will be sent within a minute.`} focusOnMount />
        ) : null}
        <ErrorSummary errors={reply.errors} />
        <TableScroll>
          <Table>
            <TableCaption>Messages by status</TableCaption>
            <TableHead>
              <TableRow>
                <TableHeader scope="col">Status</TableHeader>
                <TableHeader scope="col">Messages</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {OUTBOX_STATUSES.map((status) => (
                <TableRow key={status}>
                  <TableHeader scope="row">{OUTBOX_STATUS_LABELS[status]}</TableHeader>
                  <TableCell>{counts[status]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
        <Stack as="section" gap={1.5} aria-labelledby="newest-heading">
          <H2 id="newest-heading">Newest messages</H2>
          {messages.length === 0 ? <Text as="p">The outbox is empty.</Text> : null}
          <TableScroll>
            <Table>
              <TableCaption>The {messages.length} newest messages, newest first</TableCaption>
              <TableHead>
                <TableRow>
                  <TableHeader scope="col">Message</TableHeader>
                  <TableHeader scope="col">To</TableHeader>
                  <TableHeader scope="col">Subject</TableHeader>
                  <TableHeader scope="col">Status</TableHeader>
                  <TableHeader scope="col">Attempts</TableHeader>
                  <TableHeader scope="col">Last error</TableHeader>
                  <TableHeader scope="col">Queued</TableHeader>
                  <TableHeader scope="col">Last attempt</TableHeader>
                  <TableHeader scope="col">Sent or next attempt</TableHeader>
                  <TableHeader scope="col">Action</TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {messages.map((m) => (
                  <TableRow key={m.id}>
                    <TableHeader scope="row">{m.id}</TableHeader>
                    <TableCell>{m.toAddress}</TableCell>
                    <TableCell>{m.subject}</TableCell>
                    <TableCell>{OUTBOX_STATUS_LABELS[m.status] ?? m.status}</TableCell>
                    <TableCell>{m.attempts}</TableCell>
                    <TableCell>{m.lastError ?? "None"}</TableCell>
                    <TableCell>{when(m.createdAt)}</TableCell>
                    <TableCell>{when(m.lastAttemptAt)}</TableCell>
                    <TableCell>{m.sentAt ? `Sent ${when(m.sentAt)}` : m.nextAttemptAt ? `Next ${when(m.nextAttemptAt)}` : ""}</TableCell>
                    <TableCell>
                      {m.status === "dead" ? (
                        <Form method="post">
                          <CsrfInput />
                          <input type="hidden" name="intent" value="retry" />
                          <input type="hidden" name="id" value={m.id} />
                          <Button type="submit" size="sm" variant="secondary">
                            Retry message {m.id}
                          </Button>
                        </Form>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        </Stack>
      </Stack>
    </PageContent>
  );
}
