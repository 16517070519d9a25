import { StatusBadge } from "@ag.ds-next/react/status-badge";
import { Box } from "@ag.ds-next/react/box";
import { Flex } from "@ag.ds-next/react/flex";
import { Stack } from "@ag.ds-next/react/stack";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { OUTCOME_LABELS, type Outcome, type RuleResult } from "./results";
import { describeWindow } from "./rule-version";

const OUTCOME_TONES = {
  meets: "successMedium",
  does_not_meet: "errorMedium",
  needs_evidence: "warningMedium",
  not_applicable: "unknownLow",
  for_each_product: "infoLow",
} as const satisfies Record<Outcome, string>;

/** The outcome in words as well as colour, so it reads the same in print and to a screen reader. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return <StatusBadge appearance="subtle" tone={OUTCOME_TONES[outcome]} label={OUTCOME_LABELS[outcome]} />;
}

function VersionLine({ version }: { version: RuleResult["version"] }) {
  if (!version) return <>No version in force on the signing date</>;
  return (
    <>
      <TextLink href={version.sourceUrl} rel="noopener noreferrer">
        {version.sourceTitle}
      </TextLink>
      {`: ${version.owner}; version ${version.version}, in force ${describeWindow(version)}`}
    </>
  );
}

/**
 * Every rule's outcome with its one-line reason, source, owner and version dates. A list rather
 * than a table: each rule reads as one block at any width, so a phone shows every column without
 * scrolling sideways.
 */
export function RuleResults({ results, caption }: { results: RuleResult[]; caption: string }) {
  return (
    <ul aria-label={caption} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {results.map((r) => (
        <Box as="li" key={r.key} borderBottom borderColor="muted" paddingY={1}>
          <Stack gap={0.5}>
            <Flex gap={0.75} alignItems="center" flexWrap="wrap">
              <TextLink href={`/rules/${r.key}`}>
                <strong>{r.name}</strong>
              </TextLink>
              <OutcomeBadge outcome={r.outcome} />
            </Flex>
            <Text as="p">
              <span style={{ overflowWrap: "anywhere" }}>{r.reason}</span>
            </Text>
            <Text as="p" fontSize="xs" color="muted">
              <VersionLine version={r.version} />
            </Text>
          </Stack>
        </Box>
      ))}
    </ul>
  );
}
