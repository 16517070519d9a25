import { H2, H3 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { BADGE_KIND_LABELS, type BadgeKind } from "~/assurance/vocabulary";
import { formatDate } from "~/platform/dates";
import { formatAud } from "~/platform/money";
import type { SnapshotData } from "./evidence-pack";
import { badgeLevelText } from "~/assurance/badge-level";
import { ProviderFacts } from "~/catalogue/provider-facts";
import { ResponsibilityMatrix } from "~/responsibility/responsibility-matrix";
import { RuleResults } from "~/procurement/rule-results";

/** One frozen snapshot, shown only from its own JSON: nothing here reads the live catalogue. */
export function SnapshotView({ snapshot }: { snapshot: { id: number; takenAt: string; data: SnapshotData } }) {
  const { data } = snapshot;
  const p = data.purchase;
  return (
    <section aria-labelledby="snapshot-heading">
      <Stack gap={1.5}>
        <H2 id="snapshot-heading">Snapshot taken {snapshot.takenAt.slice(0, 16).replace("T", " at ")} UTC</H2>
        <Text as="p">
          {p
            ? `Proposed purchase: ${p.classification} data, ${formatAud(p.costGstInc)} GST inclusive, initial term ${p.initialTermMonths} months, signing ${formatDate(p.signingDate)}. Rules judged on ${formatDate(data.takenOn)}.`
            : "No proposed purchase was recorded, so no rules were checked."}
        </Text>
        {data.listings.map((l) => (
          <Stack gap={1} key={l.id}>
            <H3>{l.name}</H3>
            <Text as="p">
              {l.serviceModel} by {l.provider.name}.{" "}
              {l.verification === "verified" ? "Listing verified by Cloud Exchange." : "As supplied by the provider."} Listing last updated{" "}
              {l.updatedAt.slice(0, 10)}.{l.note ? ` Note: ${l.note}` : ""}
            </Text>
            <TableScroll>
              <Table>
                <TableCaption>Badges of {l.name}</TableCaption>
                <TableHead>
                  <TableRow>
                    <TableHeader scope="col">Badge</TableHeader>
                    <TableHeader scope="col">Level</TableHeader>
                    <TableHeader scope="col">Assessed</TableHeader>
                    <TableHeader scope="col">Expires</TableHeader>
                    <TableHeader scope="col">Currency</TableHeader>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {l.badges.map((b) => (
                    <TableRow key={b.id}>
                      <TableCell as="th" scope="row">
                        {BADGE_KIND_LABELS[b.kind as BadgeKind] ?? b.kind}
                      </TableCell>
                      <TableCell>{badgeLevelText(b.kind, b.level)}</TableCell>
                      <TableCell>{(b.assessedOn ?? b.periodEnd) ? formatDate((b.assessedOn ?? b.periodEnd)!) : "Not recorded"}</TableCell>
                      <TableCell>{b.expiresOn ? formatDate(b.expiresOn) : "No expiry"}</TableCell>
                      <TableCell>{b.currency.label}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            <ProviderFacts p={l.provider} />
            {l.results.length > 0 ? <RuleResults results={l.results} caption={`Rule results for ${l.name}`} /> : null}
            {l.responsibility ? (
              <ResponsibilityMatrix
                rows={l.responsibility.areas}
                serviceModel={l.responsibility.serviceModel}
                caption={`Who secures what for ${l.name}, as at the snapshot`}
              />
            ) : null}
          </Stack>
        ))}
      </Stack>
    </section>
  );
}
