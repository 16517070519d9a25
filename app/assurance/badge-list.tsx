import { Box } from "@ag.ds-next/react/box";
import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import type { BadgeView } from "./badge-view";
import { badgeSentence, badgeTitle } from "./labels";
import { E8_STRATEGIES, E8_STRATEGY_LABELS, EVIDENCE_LABELS, type EvidenceLevel } from "./vocabulary";
import { formatDate } from "~/platform/dates";
import { CurrencyStatus } from "./currency-status";

/** Every badge with its level, dates, assessor, scope, evidence and currency, in words. */
export function BadgeList({ badges }: { badges: BadgeView[] }) {
  return (
    <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {badges.map((b) => (
        <Box as="li" key={b.id} id={`badge-${b.id}`} border rounded padding={1} borderColor="muted" style={{ marginBottom: "1rem" }}>
          <Stack gap={0.5}>
            <H3>{badgeTitle(b.kind, b.level, b.mapped)}</H3>
            <div>
              <CurrencyStatus currency={b.currency} />
            </div>
            <Text as="p">{badgeSentence(b)}</Text>
            <SummaryList>
              {b.currency.expiresOn ? <Row term="Lapses after">{formatDate(b.currency.expiresOn)}</Row> : null}
              {b.scope ? <Row term="Scope">{b.scope}</Row> : null}
              {b.ismRelease ? <Row term="ISM release used">{b.ismRelease}</Row> : null}
              <Row term="Evidence">
                {EVIDENCE_LABELS[b.evidenceLevel as EvidenceLevel] ?? b.evidenceLevel}
                {b.evidenceRef ? ` (${b.evidenceRef})` : ""}
              </Row>
              {b.mapped ? <Row term="Origin">Mapped from non-Australian data, not an Australian assessment</Row> : null}
            </SummaryList>
            {b.kind === "e8" && b.e8Levels ? <E8Breakdown levels={b.e8Levels} /> : null}
          </Stack>
        </Box>
      ))}
    </ul>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <SummaryListItem>
      <SummaryListItemTerm>{term}</SummaryListItemTerm>
      <SummaryListItemDescription>{children}</SummaryListItemDescription>
    </SummaryListItem>
  );
}

function E8Breakdown({ levels }: { levels: Record<string, number> }) {
  return (
    <table style={{ borderCollapse: "collapse", width: "100%" }}>
      <caption style={{ textAlign: "left", fontWeight: 700 }}>Maturity level by strategy</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: "left" }}>
            Strategy
          </th>
          <th scope="col" style={{ textAlign: "left" }}>
            Level
          </th>
        </tr>
      </thead>
      <tbody>
        {E8_STRATEGIES.map((s) => (
          <tr key={s}>
            <th scope="row" style={{ textAlign: "left", fontWeight: 400 }}>
              {E8_STRATEGY_LABELS[s]}
            </th>
            <td>ML{levels[s] ?? "?"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
