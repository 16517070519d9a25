import { Box } from "@ag.ds-next/react/box";
import { Flex } from "@ag.ds-next/react/flex";
import { H2, H3, H4 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { RuleResults } from "~/procurement/rule-results";
import type { RuleResult } from "~/procurement/results";
import { ResponsibilityMatrix } from "~/responsibility/responsibility-matrix";
import type { ResponsibilitySnapshot } from "~/responsibility/export";
import { ReferenceLink } from "~/ui/reference-link";
import type { PackRow, PackWords } from "./evidence-pack";

/**
 * One frozen snapshot, from its own JSON only (worded by evidence-pack-words.server.ts, as the PDF
 * is): who took it and when, the checksum a copy can be checked against, the purchase, and for
 * each listing its badges with their evidence, provider facts, who secures what and every rule.
 */
export function SnapshotView({
  words,
  checksum,
  responsibility,
  results,
  downloads,
}: {
  words: PackWords;
  checksum: string;
  responsibility: Record<string, ResponsibilitySnapshot | null>;
  /** Each listing's rule results as frozen, shown as every page shows rule results. */
  results: Record<string, RuleResult[]>;
  downloads: { pdf: string; json: string };
}) {
  return (
    <section aria-labelledby="snapshot-heading">
      {/* As HTML: React would escape the child combinator, and the page would not hydrate. */}
      <style dangerouslySetInnerHTML={{ __html: FACTS_CSS }} />
      <Stack gap={1.5}>
        <H2 id="snapshot-heading">Snapshot taken {words.taken}</H2>
        <Text as="p">Taken by {words.takenBy}.</Text>
        <Text as="p">{words.judged}</Text>
        <Box background="shade" padding={1} rounded>
          <Stack gap={0.5}>
            <Text as="p" fontWeight="bold">
              SHA-256 of the canonical content
            </Text>
            <code data-checksum style={{ overflowWrap: "anywhere", fontSize: "0.875rem" }}>
              {checksum}
            </code>
            <Text as="p" fontSize="xs">
              The PDF and the JSON carry this checksum. To check a copy, hash the JSON file&apos;s &quot;content&quot; in its RFC 8785
              canonical form with SHA-256: any change gives a different value.
            </Text>
            <Flex gap={1.5} flexWrap="wrap" className="no-print">
              <TextLink href={downloads.pdf} download>
                Download as PDF
              </TextLink>
              <TextLink href={downloads.json} download>
                Download as JSON
              </TextLink>
            </Flex>
          </Stack>
        </Box>
        <H3>Proposed purchase</H3>
        {words.purchase ? <Rows rows={words.purchase} /> : <Text as="p">No proposed purchase was recorded.</Text>}
        <Text as="p">{words.estimate.summary}</Text>
        {words.estimate.rows.length ? <Rows rows={words.estimate.rows} /> : null}
        {words.estimate.assumptions.length ? (
          <ul>
            {words.estimate.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : null}
        {words.requirements ? <Text as="p">{words.requirements}</Text> : null}
        {words.listings.map((l) => (
          <Stack gap={1} key={l.id}>
            <H3>{l.name}</H3>
            <Text as="p">{l.about}</Text>
            {l.note ? <Text as="p">Buyer&apos;s note: {l.note}</Text> : null}
            <H4>Badges</H4>
            {l.badges.length === 0 ? <Text as="p">No badges.</Text> : null}
            {l.badges.map((b, i) => (
              <Box key={i} border borderColor="muted" padding={1} rounded>
                <Stack gap={0.5}>
                  <Text as="p" fontWeight="bold">
                    {b.title}
                  </Text>
                  <Rows rows={b.rows} />
                </Stack>
              </Box>
            ))}
            <H4>Prices when taken (ex GST)</H4>
            <Rows rows={l.prices} />
            <Text as="p">Estimate for the purchase: {l.estimate}</Text>
            <H4>Service documents when taken</H4>
            <Rows rows={l.documents} />
            <H4>Provider facts</H4>
            <Rows rows={l.provider} />
            {responsibility[l.id] ? (
              <ResponsibilityMatrix
                rows={responsibility[l.id]!.areas}
                serviceModel={responsibility[l.id]!.serviceModel}
                caption={`Who secures what for ${l.name}, as at the snapshot`}
              />
            ) : null}
            <H4>Agency assessments</H4>
            {l.assessments ? (
              <>
                <Text as="p">{l.assessments.summary}</Text>
                {l.assessments.qualities.length ? <Rows rows={l.assessments.qualities} /> : null}
                {l.assessments.published.length ? (
                  <>
                    <Text as="p" fontWeight="bold">
                      The published assessments, as frozen
                    </Text>
                    <Rows rows={l.assessments.published} />
                  </>
                ) : null}
                {l.assessments.publishedNote ? <Text as="p">{l.assessments.publishedNote}</Text> : null}
              </>
            ) : (
              <Text as="p">Not recorded: this snapshot was taken before agencies&apos; assessments were frozen into packs.</Text>
            )}
            {results[l.id]?.length ? (
              <>
                <H4>Rule results</H4>
                <RuleResults results={results[l.id]!} caption={`Rule results for ${l.name}`} />
              </>
            ) : null}
          </Stack>
        ))}
      </Stack>
    </section>
  );
}

/**
 * Term and value pairs, dense enough to print: the term above its value on a phone, beside it from
 * 600 px, two pairs a line from 900 px. A plain description list, so a screen reader announces each term with its value.
 */
const FACTS_CSS = `
.pack-facts { display: grid; grid-template-columns: 1fr; gap: 0 1rem; margin: 0; }
.pack-facts > div { display: contents; }
.pack-facts dt { font-weight: bold; }
.pack-facts dd { margin: 0 0 0.5rem; overflow-wrap: anywhere; }
@media (min-width: 600px) { .pack-facts { grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; } .pack-facts dd { margin: 0; } }
@media (min-width: 900px) { .pack-facts { grid-template-columns: max-content 1fr max-content 1fr; } }
`;

function Rows({ rows }: { rows: PackRow[] }) {
  return (
    <dl className="pack-facts">
      {rows.map((r) => (
        <div key={r.term}>
          <dt>{r.term}</dt>
          <dd>{r.href ? <ReferenceLink value={r.href} /> : r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
