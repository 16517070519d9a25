import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import type { ReactNode } from "react";
import { CLEARANCE_LABELS, DATA_LOCATION_LABELS, type Clearance, type DataLocation } from "./vocabulary";
import type { ListingProvider } from "./listing";
import { NOT_STATED, providerFactsStated } from "./provenance";

export type ProviderFactsView = Omit<ListingProvider, "name" | "slug">;

/**
 * The provider facts buyers filter on (docs/domain.md), in one scannable list. Facts nobody stated
 * (a listing mapped from FedRAMP) read "Not stated", never as a negative answer.
 */
export function ProviderFacts({ p }: { p: ProviderFactsView }) {
  if (!providerFactsStated(p.source)) {
    return (
      <SummaryList>
        {[
          "Ownership and control",
          "Data held",
          "Support staff",
          "Security operations",
          "Community rules",
          "Environments per data level",
          "Business",
        ].map((term) => (
          <Row key={term} term={term}>
            {NOT_STATED}
          </Row>
        ))}
      </SummaryList>
    );
  }
  return (
    <SummaryList>
      <Row term="Ownership and control">
        {p.australianOwned ? "Australian owned and controlled" : "Not Australian owned"}
        {p.ownershipNote ? `. ${p.ownershipNote}` : ""}
      </Row>
      {p.headquarters ? <Row term="Headquarters">{p.headquarters}</Row> : null}
      <Row term="Data held">
        {DATA_LOCATION_LABELS[p.dataLocation as DataLocation] ?? p.dataLocation}
        {p.dataCentres.length ? ` (${p.dataCentres.join(", ")})` : ""}
      </Row>
      <Row term="Support staff">
        {p.supportStaffLocation === "onshore"
          ? "In Australia"
          : p.supportStaffLocation === "both"
            ? "In Australia and overseas"
            : "Overseas"}
        , {CLEARANCE_LABELS[p.staffClearance as Clearance] ?? p.staffClearance}
        {p.staffClearance !== "none" ? " clearance" : ""}
      </Row>
      <Row term="Security operations">
        {p.securityOperationsCentre ? "24/7 security operations centre" : "No 24/7 security operations centre"}
      </Row>
      <Row term="Community rules">{p.communityRules ? "Customers sign community rules (e.g. an information security policy)" : "None"}</Row>
      <Row term="Environments per data level">{p.environments.length ? p.environments.join(", ") : "One shared environment"}</Row>
      <Row term="Business">
        {[p.sme ? "Small or medium enterprise" : "Large enterprise", p.indigenousBusiness ? "Indigenous business" : null]
          .filter(Boolean)
          .join(", ")}
      </Row>
    </SummaryList>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <SummaryListItem>
      <SummaryListItemTerm>{term}</SummaryListItemTerm>
      <SummaryListItemDescription>{children}</SummaryListItemDescription>
    </SummaryListItem>
  );
}
