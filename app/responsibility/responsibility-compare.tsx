/**
 * Several products' responsibility splits side by side. Rows where the products give an area to
 * different parties are shaded and labelled "Differs", so the reader's eye goes straight to them.
 */
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import type { CompareRow } from "./model";
import { DiffersMark, PartyLabel } from "./responsibility-party";

export interface CompareProduct {
  id: number;
  name: string;
  slug: string;
  serviceModel: string;
  communityRulesRequired: boolean;
}

export function ResponsibilityCompare({ products, rows }: { products: CompareProduct[]; rows: CompareRow[] }) {
  const differing = rows.filter((r) => r.differs).length;
  return (
    <TableScroll>
      <Table>
        <TableCaption>
          Who secures what
          <span style={{ display: "block", fontWeight: 400, fontSize: "0.875rem" }}>
            {differing === 0
              ? "These products split every area the same way."
              : `The split differs in ${differing} of ${rows.length} areas (shaded and marked).`}
          </span>
        </TableCaption>
        <TableHead>
          <TableRow>
            <TableHeader scope="col">Control area</TableHeader>
            {products.map((p) => (
              <TableHeader key={p.id} scope="col">
                <a href={`/products/${p.slug}`}>{p.name}</a> ({p.serviceModel})
              </TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.area} background={r.differs ? "warning" : undefined}>
              <TableCell as="th" scope="row" fontWeight="bold">
                {r.label}
                {r.differs ? (
                  <>
                    <br />
                    <DiffersMark>Differs</DiffersMark>
                  </>
                ) : null}
              </TableCell>
              {r.cells.map((c) => (
                <TableCell key={c.productId}>
                  <PartyLabel party={c.party} />
                  <span style={{ display: "block", fontSize: "0.875rem" }}>{c.note}</span>
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell as="th" scope="row" fontWeight="bold">
              Community rules to sign before onboarding
            </TableCell>
            {products.map((p) => (
              <TableCell key={p.id}>{p.communityRulesRequired ? "Required" : "Not required"}</TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </TableScroll>
  );
}
