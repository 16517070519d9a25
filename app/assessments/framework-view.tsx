/**
 * One version of the framework as people read it: each category's qualities with the minimum for
 * each classification and who set it, and (on opening) the question and what each score means.
 */
import { H2 } from "@ag.ds-next/react/heading";
import { Stack } from "@ag.ds-next/react/stack";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { Text } from "@ag.ds-next/react/text";
import type { Classification } from "~/assurance/vocabulary";
import { TableScroll } from "~/ui/table-scroll";
import { TextLink } from "@ag.ds-next/react/text-link";
import { addDays, formatDate } from "~/platform/dates";
import { byCategory, isMandatory, minimumFor, type FrameworkDocument, type FrameworkQuality, type VersionState } from "./framework";
import { MinimumSourceLegend, MinimumSourceMarker } from "./minimum-source";

/** The classifications the framework's minimums are shown for; higher ones use PROTECTED's. */
export const SHOWN_CLASSIFICATIONS: { classification: Classification; label: string }[] = [
  { classification: "OFFICIAL", label: "OFFICIAL and below" },
  { classification: "OFFICIAL: Sensitive", label: "OFFICIAL: Sensitive" },
  { classification: "PROTECTED", label: "PROTECTED" },
];

const MANDATORY_STYLE = {
  display: "inline-block",
  padding: "0 0.375rem",
  border: "2px solid #B3261E",
  borderRadius: "0.25rem",
  color: "#B3261E",
  fontWeight: 700,
  fontSize: "0.875rem",
} as const;

/** "Mandatory", in words and a red outline, beside a quality that must be met. */
export function MandatoryMarker({ quality }: { quality: Pick<FrameworkQuality, "mandatoryFrom" | "mandatorySource"> }) {
  if (!quality.mandatoryFrom) return null;
  const when = quality.mandatoryFrom === "UNOFFICIAL" ? "for every classification" : `from ${quality.mandatoryFrom} up`;
  return (
    <Text as="p">
      <span style={MANDATORY_STYLE}>Mandatory</span> {when}
      {quality.mandatorySource ? (
        <>
          {" "}
          <MinimumSourceMarker source={quality.mandatorySource} />
        </>
      ) : null}
    </Text>
  );
}

/** "4 DTA", "5 Proposed", and "mandatory" where the quality must be met for that data. */
function MinimumCell({ quality, classification }: { quality: FrameworkQuality; classification: Classification }) {
  const m = minimumFor(quality, classification);
  return (
    <TableCell>
      <span style={{ whiteSpace: "nowrap" }}>
        <strong>{m.minimum}</strong> <MinimumSourceMarker source={m.source} />
      </span>
      {isMandatory(quality, classification) ? (
        <>
          {" "}
          <span style={MANDATORY_STYLE}>Mandatory</span>
        </>
      ) : null}
    </TableCell>
  );
}

/**
 * One category as a table: a row per quality, the minimum for each classification beside it, so a
 * reader sees where the bar rises at a glance. What each score means opens under the quality's name
 * (a native disclosure, so it works without JavaScript).
 */
function CategoryTable({ label, qualities }: { label: string; qualities: FrameworkQuality[] }) {
  return (
    <TableScroll>
      <Table>
        <TableCaption>
          <Text fontSize="sm">{label}: the minimum score for each classification of data</Text>
        </TableCaption>
        <TableHead>
          <TableRow>
            <TableHeader scope="col" width="45%">
              Quality
            </TableHeader>
            {SHOWN_CLASSIFICATIONS.map((c) => (
              <TableHeader key={c.classification} scope="col">
                {c.label}
              </TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {qualities.map((q) => (
            <TableRow key={q.key}>
              <TableCell as="th" scope="row">
                <span id={`quality-${q.key}`}>
                  <strong>{q.label}</strong>
                </span>
                <details style={{ fontWeight: "normal", marginTop: "0.25rem" }}>
                  <summary style={{ cursor: "pointer", minHeight: "24px" }}>What each score means</summary>
                  <Text as="p">{q.question}</Text>
                  <ol style={{ margin: "0.25rem 0 0", paddingLeft: "1.5rem" }}>
                    {q.levels.map((level, i) => (
                      <li key={i}>
                        <Text>{level}</Text>
                      </li>
                    ))}
                  </ol>
                  {q.mandatoryFrom ? <MandatoryMarker quality={q} /> : null}
                </details>
              </TableCell>
              {SHOWN_CLASSIFICATIONS.map((c) => (
                <MinimumCell key={c.classification} quality={q} classification={c.classification} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

export function FrameworkView({ document }: { document: FrameworkDocument }) {
  const mandatory = document.qualities.filter((q) => q.mandatoryFrom).length;
  return (
    <Stack gap={2}>
      <Text as="p">
        {document.qualities.length} qualities in {document.categories.length} categories; {mandatory} mandatory for some or all
        classifications. An assessor scores each from 1 (weakest) to 5 (strongest); open a quality to read what each score means.
      </Text>
      <MinimumSourceLegend />
      {byCategory(document).map(({ category, qualities }) => (
        <Stack as="section" key={category.key} gap={1} aria-labelledby={`category-${category.key}`}>
          <H2 id={`category-${category.key}`}>{category.label}</H2>
          <CategoryTable label={category.label} qualities={qualities} />
        </Stack>
      ))}
    </Stack>
  );
}

export interface VersionFactsProps {
  version: number;
  effectiveFrom: string;
  summary: string;
  sourceTitle: string;
  sourceUrl: string;
}

/** A version's number, dates, summary and source, above its qualities. */
export function VersionFacts({ v, state, until }: { v: VersionFactsProps; state: VersionState; until: string | null }) {
  return (
    <Stack gap={1}>
      <Text as="p" fontWeight="bold">
        Version {v.version}: {describeState(state, v.effectiveFrom, until)}
      </Text>
      <Text as="p">{v.summary}</Text>
      <Text as="p">
        Source:{" "}
        <TextLink href={v.sourceUrl} rel="noopener noreferrer">
          {v.sourceTitle}
        </TextLink>
      </Text>
    </Stack>
  );
}

export function describeState(state: VersionState, effectiveFrom: string, until: string | null): string {
  const from = formatDate(effectiveFrom);
  const to = until ? formatDate(addDays(until, -1)) : null;
  switch (state) {
    case "in_force":
      return `in force since ${from}${to ? `, until ${to}` : ""}`;
    case "upcoming":
      return `comes into force on ${from}${to ? `, until ${to}` : ""}`;
    case "superseded":
      return `was in force from ${from} to ${to}`;
    case "never_in_force":
      return `was to start on ${from} but a later version replaced it first`;
  }
}

const STATE_WORDS: Record<VersionState, string> = {
  in_force: "In force",
  upcoming: "Upcoming",
  superseded: "Superseded",
  never_in_force: "Replaced before it started",
};

/** Every version in order, each dated and linked: the framework's history and what is coming. */
export function FrameworkTimeline({
  versions,
  current,
}: {
  versions: { version: number; effectiveFrom: string; summary: string; state: VersionState; until: string | null }[];
  current?: number;
}) {
  return (
    <ol style={{ listStyle: "none", margin: 0, padding: 0, borderLeft: "4px solid #00558B" }}>
      {versions.map((v) => (
        <li key={v.version} style={{ padding: "0 0 1.5rem 1rem" }}>
          <Stack gap={0.5}>
            <Text as="p" fontWeight="bold">
              <time dateTime={v.effectiveFrom}>{formatDate(v.effectiveFrom)}</time>: {STATE_WORDS[v.state]}
            </Text>
            <Text as="p">
              {v.version === current ? (
                <span aria-current="page">Version {v.version} (this page)</span>
              ) : (
                <TextLink href={`/framework/versions/${v.version}`}>Version {v.version}</TextLink>
              )}
              : {describeState(v.state, v.effectiveFrom, v.until)}
            </Text>
            <Text as="p">{v.summary}</Text>
          </Stack>
        </li>
      ))}
    </ol>
  );
}
