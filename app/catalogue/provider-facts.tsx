import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { providerFactRows, type ProviderFactsView } from "./provider-fact-rows";

export type { ProviderFactsView };

/** The provider facts buyers filter on, in one scannable list (worded in provider-fact-rows.ts). */
export function ProviderFacts({ p }: { p: ProviderFactsView }) {
  return <FactList rows={providerFactRows(p)} />;
}

function FactList({ rows }: { rows: { term: string; value: string }[] }) {
  return (
    <SummaryList>
      {rows.map((r) => (
        <SummaryListItem key={r.term}>
          <SummaryListItemTerm>{r.term}</SummaryListItemTerm>
          <SummaryListItemDescription>{r.value}</SummaryListItemDescription>
        </SummaryListItem>
      ))}
    </SummaryList>
  );
}
