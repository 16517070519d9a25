import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageContent } from "@ag.ds-next/react/content";
import { H1 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TextLink } from "@ag.ds-next/react/text-link";
import { CLEARANCE_LABELS, DATA_LOCATION_LABELS, type Clearance, type DataLocation } from "~/domain/vocabulary";
import { listProviders } from "~/models/provider.server";

export const meta: MetaFunction = () => [{ title: "Providers | Cloud Exchange" }];

export async function loader() {
  return json({ providers: listProviders() });
}

export default function Providers() {
  const { providers } = useLoaderData<typeof loader>();
  return (
    <PageContent>
      <Stack gap={2}>
        <H1>Cloud providers</H1>
        <div style={{ overflowX: "auto" }}>
          <Table striped>
            <TableCaption>{providers.length} providers, with the facts buyers ask about first</TableCaption>
            <TableHead>
              <TableRow>
                <TableHeader scope="col">Provider</TableHeader>
                <TableHeader scope="col">Australian owned</TableHeader>
                <TableHeader scope="col">Data held</TableHeader>
                <TableHeader scope="col">Staff clearance</TableHeader>
                <TableHeader scope="col">24/7 SOC</TableHeader>
                <TableHeader scope="col" textAlign="right">Products</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {providers.map((p) => (
                <TableRow key={p.id}>
                  <TableCell as="th" scope="row">
                    <TextLink href={`/providers/${p.slug}`}>{p.name}</TextLink>
                  </TableCell>
                  <TableCell>{p.australianOwned ? "Yes" : "No"}</TableCell>
                  <TableCell>{DATA_LOCATION_LABELS[p.dataLocation as DataLocation] ?? p.dataLocation}</TableCell>
                  <TableCell>{CLEARANCE_LABELS[p.staffClearance as Clearance] ?? p.staffClearance}</TableCell>
                  <TableCell>{p.securityOperationsCentre ? "Yes" : "No"}</TableCell>
                  <TableCell textAlign="right">{p.productCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </Stack>
    </PageContent>
  );
}
