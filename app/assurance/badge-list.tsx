import { Box } from "@ag.ds-next/react/box";
import { H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { SummaryList, SummaryListItem, SummaryListItemDescription, SummaryListItemTerm } from "@ag.ds-next/react/summary-list";
import { Text } from "@ag.ds-next/react/text";
import type { BadgeWords, ShownBadge } from "./badge-view";
import { formatDate } from "~/platform/dates";
import { ReferenceLink } from "~/ui/reference-link";
import { CurrencyStatus } from "./currency-status";

/** Every badge with its level, dates, assessor, scope, evidence and currency, in words. */
export function BadgeList({ badges }: { badges: ShownBadge[] }) {
  return (
    <>
      {/* A long status ("IRAP reassessment overdue since 3 Feb 2026") wraps instead of widening a phone's page. */}
      <style>{".wrapping-status span { white-space: normal; max-width: 100%; }"}</style>
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {badges.map((b) => (
          <Box as="li" key={b.id} id={`badge-${b.id}`} border rounded padding={1} borderColor="muted" style={{ marginBottom: "1rem" }}>
            <Stack gap={0.5}>
              <H3>{b.words.title}</H3>
              <div className="wrapping-status">
                <CurrencyStatus currency={b.currency} />
              </div>
              <Text as="p">{b.words.sentence}</Text>
              <SummaryList>
                {b.currency.expiresOn ? <Row term="Lapses after">{formatDate(b.currency.expiresOn)}</Row> : null}
                {b.scope ? <Row term="Scope">{b.scope}</Row> : null}
                {b.ismRelease ? <Row term="ISM release used">{b.ismRelease}</Row> : null}
                <Row term="Evidence">
                  {b.words.evidence}
                  {b.evidenceRef ? (
                    <>
                      {": "}
                      <ReferenceLink value={b.evidenceRef} />
                    </>
                  ) : null}
                </Row>
                {b.mapped ? (
                  <Row term="Origin">A US FedRAMP authorisation shown as its Australian equivalent: not an Australian assessment</Row>
                ) : null}
              </SummaryList>
              {b.words.e8Strategies ? <E8Breakdown strategies={b.words.e8Strategies} /> : null}
            </Stack>
          </Box>
        ))}
      </ul>
    </>
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

function E8Breakdown({ strategies }: { strategies: NonNullable<BadgeWords["e8Strategies"]> }) {
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
        {strategies.map(({ strategy, level }) => (
          <tr key={strategy}>
            <th scope="row" style={{ textAlign: "left", fontWeight: 400 }}>
              {strategy}
            </th>
            <td>{level === null ? "Not stated" : `ML${level}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
