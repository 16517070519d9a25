import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Button } from "@ag.ds-next/react/button";
import { PageContent } from "@ag.ds-next/react/content";
import { Flex } from "@ag.ds-next/react/flex";
import { H1 } from "@ag.ds-next/react/heading";
import { Pagination } from "@ag.ds-next/react/pagination";
import { Select } from "@ag.ds-next/react/select";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { TextInput } from "@ag.ds-next/react/text-input";
import { AUDIT_PAGE_SIZE, auditVocabulary, listAudit } from "~/audit/audit.server";
import { requireRole } from "~/accounts/session.server";

export const meta: MetaFunction = () => [{ title: "Audit log | Admin | Cloud Exchange" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const params = new URL(request.url).searchParams;
  const filters = {
    action: params.get("action")?.slice(0, 100) || undefined,
    entity: params.get("entity")?.slice(0, 100) || undefined,
    entityId: params.get("entityId")?.trim().slice(0, 100) || undefined,
  };
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const { rows, total } = listAudit({ ...filters, page });
  return json({ filters, page, total, totalPages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), rows, ...auditVocabulary() });
}

export default function AdminAudit() {
  const { filters, page, total, totalPages, rows, actions, entities } = useLoaderData<typeof loader>();
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
    q.set("page", String(p));
    return `?${q}`;
  };
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Audit log</H1>
        <Text as="p">Every privileged change: who made it, what changed, when, and from which address. Newest first.</Text>
        <form method="get" aria-label="Filter the audit log">
          <Flex gap={1} alignItems="flex-end" flexWrap="wrap">
            <Select
              id="action"
              name="action"
              label="Action"
              placeholder="Any action"
              hideOptionalLabel
              options={actions.map((a) => ({ value: a, label: a }))}
              {...{ defaultValue: filters.action ?? "" }}
            />
            <Select
              id="entity"
              name="entity"
              label="Entity"
              placeholder="Any entity"
              hideOptionalLabel
              options={entities.map((e) => ({ value: e, label: e }))}
              {...{ defaultValue: filters.entity ?? "" }}
            />
            <TextInput
              id="entityId"
              name="entityId"
              label="Entity id"
              hideOptionalLabel
              maxWidth="sm"
              {...{ defaultValue: filters.entityId ?? "" }}
            />
            <Button type="submit" variant="secondary">
              Filter
            </Button>
          </Flex>
        </form>
        <TableScroll>
          <Table>
            <TableCaption>
              {total} {total === 1 ? "entry" : "entries"}
              {totalPages > 1 ? `, page ${page} of ${totalPages}` : ""}
            </TableCaption>
            <TableHead>
              <TableRow>
                <TableHeader scope="col">When (UTC)</TableHeader>
                <TableHeader scope="col">Who</TableHeader>
                <TableHeader scope="col">Action</TableHeader>
                <TableHeader scope="col">Entity</TableHeader>
                <TableHeader scope="col">From</TableHeader>
                <TableHeader scope="col">Details</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>{r.at.replace("T", " ").slice(0, 19)}</TableCell>
                  <TableCell>
                    {r.actorId === null
                      ? "System or visitor"
                      : r.actorName
                        ? `${r.actorName} (${r.actorEmail})`
                        : `Deleted user ${r.actorId}`}
                  </TableCell>
                  <TableCell>{r.action}</TableCell>
                  <TableCell>
                    {r.entity}
                    {r.entityId ? ` ${r.entityId}` : ""}
                  </TableCell>
                  <TableCell>{r.ip ?? "Unknown"}</TableCell>
                  <TableCell>
                    <code style={{ overflowWrap: "anywhere" }}>{Object.keys(r.details).length ? JSON.stringify(r.details) : ""}</code>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
        {totalPages > 1 ? <Pagination currentPage={page} totalPages={totalPages} generateHref={href} /> : null}
      </Stack>
    </PageContent>
  );
}
