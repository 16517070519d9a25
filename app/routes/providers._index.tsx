import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Pagination } from "@ag.ds-next/react/pagination";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TextLink } from "@ag.ds-next/react/text-link";
import { CLEARANCE_LABELS, DATA_LOCATION_LABELS, type Clearance, type DataLocation } from "~/catalogue/vocabulary";
import { listProviders } from "~/catalogue/provider.server";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { NOT_STATED, providerFactsStated } from "~/catalogue/provenance";

export const meta: MetaFunction = () => [{ title: "Providers | Cloud Exchange" }];

const PAGE_SIZE = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  const all = listProviders();
  const totalPages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const requested = Number(new URL(request.url).searchParams.get("page") ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, totalPages) : 1;
  return json({ providers: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: all.length, page, totalPages });
}

export default function Providers() {
  const { providers, total, page, totalPages } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Cloud providers</H1>
        <Text as="p">
          {total} providers, Australian listings first. Providers mapped from the US FedRAMP Marketplace state none of these facts.
        </Text>
        <TableScroll label="Providers">
          <Table striped>
            <TableCaption>Providers{totalPages > 1 ? `, page ${page} of ${totalPages}` : ""}</TableCaption>
            <TableHead>
              <TableRow>
                <TableHeader scope="col">Provider</TableHeader>
                <TableHeader scope="col">Australian owned</TableHeader>
                <TableHeader scope="col">Data held</TableHeader>
                <TableHeader scope="col">Staff clearance</TableHeader>
                <TableHeader scope="col">24/7 SOC</TableHeader>
                <TableHeader scope="col" textAlign="right">
                  Products
                </TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {providers.map((p) => {
                const stated = providerFactsStated(p.source);
                const fact = (text: string) => (stated ? text : NOT_STATED);
                return (
                  <TableRow key={p.id}>
                    <TableCell as="th" scope="row">
                      <TextLink href={`/providers/${p.slug}`}>{p.name}</TextLink>
                      {stated ? null : <span> (mapped from FedRAMP)</span>}
                    </TableCell>
                    <TableCell>{fact(p.australianOwned ? "Yes" : "No")}</TableCell>
                    <TableCell>{fact(DATA_LOCATION_LABELS[p.dataLocation as DataLocation] ?? p.dataLocation)}</TableCell>
                    <TableCell>{fact(CLEARANCE_LABELS[p.staffClearance as Clearance] ?? p.staffClearance)}</TableCell>
                    <TableCell>{fact(p.securityOperationsCentre ? "Yes" : "No")}</TableCell>
                    <TableCell textAlign="right">{p.productCount}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScroll>
        {totalPages > 1 ? <Pagination currentPage={page} totalPages={totalPages} generateHref={(n) => `/providers?page=${n}`} /> : null}
      </Stack>
    </PageContent>
  );
}
