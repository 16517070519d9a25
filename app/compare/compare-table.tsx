import type { ReactNode } from "react";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@ag.ds-next/react/table";
import { TableScroll } from "~/ui/table-scroll";
import { Text } from "@ag.ds-next/react/text";
import { TextLink } from "@ag.ds-next/react/text-link";
import { BADGE_KIND_LABELS, BADGE_KINDS } from "~/assurance/vocabulary";
import { CLEARANCE_LABELS, DATA_LOCATION_LABELS, type Clearance, type DataLocation } from "~/catalogue/vocabulary";
import { formatDate } from "~/platform/dates";
import { OUTCOME_LABELS, type RuleResult } from "~/procurement/results";
import { badgeLevelText } from "~/assurance/badge-level";
import { mappedIrapTitle } from "~/assurance/labels";
import { NOT_STATED, providerFactsStated } from "~/catalogue/provenance";
import { OutcomeBadge } from "~/procurement/rule-results";
import type { CompareAssessments } from "~/assessments/buyer-views";

export interface ComparedProduct {
  slug: string;
  name: string;
  serviceModel: string;
  verification: string;
  source: string;
  provider: {
    name: string;
    slug: string;
    source: string;
    australianOwned: boolean;
    dataLocation: string;
    supportStaffLocation: string;
    staffClearance: string;
    securityOperationsCentre: boolean;
    communityRules: boolean;
    environments: string[];
    sme: boolean;
    indigenousBusiness: boolean;
  };
  badges: {
    kind: string;
    level: string;
    assessedOn: string | null;
    periodEnd: string | null;
    mapped: boolean;
    currency: { state: string; label: string };
  }[];
  rating: { average: number | null; count: number };
  results: RuleResult[] | null;
}

/** A row: each product's cell as text, shown unless `node` is given, and judged for difference on `key` (else the text). */
interface Row {
  label: string;
  cells: { text: string; node?: ReactNode; key?: string }[];
}

const yesNo = (b: boolean) => (b ? "Yes" : "No");

function badgeRows(products: ComparedProduct[]): Row[] {
  return BADGE_KINDS.filter((kind) => products.some((p) => p.badges.some((b) => b.kind === kind))).map((kind) => ({
    label: BADGE_KIND_LABELS[kind],
    cells: products.map((p) => {
      const b = p.badges.find((x) => x.kind === kind);
      if (!b) return { text: "None" };
      const dated = b.assessedOn ?? b.periodEnd;
      const level = b.mapped && kind === "irap" ? `${mappedIrapTitle(b.level)}: not an IRAP assessment` : badgeLevelText(kind, b.level);
      // What a buyer decides on is the level and whether it is current, not the day it was assessed.
      return { text: `${level}${dated ? `, ${formatDate(dated)}` : ""}. ${b.currency.label}`, key: `${level}|${b.currency.state}` };
    }),
  }));
}

function providerRows(products: ComparedProduct[]): Row[] {
  const row = (label: string, f: (p: ComparedProduct["provider"]) => string): Row => ({
    label,
    cells: products.map((p) => ({ text: providerFactsStated(p.provider.source) ? f(p.provider) : NOT_STATED })),
  });
  return [
    row("Australian owned and controlled", (p) => yesNo(p.australianOwned)),
    row("Data held", (p) => DATA_LOCATION_LABELS[p.dataLocation as DataLocation] ?? p.dataLocation),
    row(
      "Support staff",
      (p) =>
        `${p.supportStaffLocation === "onshore" ? "In Australia" : p.supportStaffLocation === "both" ? "In Australia and overseas" : "Overseas"}, ${CLEARANCE_LABELS[p.staffClearance as Clearance] ?? p.staffClearance}`,
    ),
    row("24/7 security operations centre", (p) => yesNo(p.securityOperationsCentre)),
    row("Community rules", (p) => yesNo(p.communityRules)),
    row("Environments per data level", (p) => (p.environments.length ? p.environments.join(", ") : "One shared environment")),
    row("Small or medium enterprise", (p) => yesNo(p.sme)),
    row("Indigenous business", (p) => yesNo(p.indigenousBusiness)),
  ];
}

function ruleRows(products: ComparedProduct[]): Row[] {
  const first = products.find((p) => p.results)?.results ?? [];
  return first.map((rule) => ({
    label: rule.name,
    cells: products.map((p) => {
      const r = p.results?.find((x) => x.key === rule.key);
      if (!r) return { text: "Not checked" };
      return {
        text: `${OUTCOME_LABELS[r.outcome]}: ${r.reason}`,
        // Reasons quote each product's own dates; what differs for a buyer is the outcome.
        key: r.outcome,
        node: (
          <>
            <OutcomeBadge outcome={r.outcome} />
            <Text as="p" fontSize="xs">
              {r.reason}
            </Text>
          </>
        ),
      };
    }),
  }));
}

/**
 * The agencies' assessments against the buyer's minimums: who assessed each product, one row per
 * quality that falls short for at least one product, and the rest summed up with a link to each
 * product's assessments page. Each cell says meets, below or not assessed in words.
 */
function assessmentRows(products: ComparedProduct[], a: CompareAssessments): Row[] {
  return [
    { label: "Assessed by / relied on by", cells: a.reach.map((c) => ({ text: c.text, key: c.state })) },
    ...a.gapRows.map((r) => ({ label: r.label, cells: r.cells.map((c) => ({ text: c.text, key: c.state })) })),
    {
      label: a.gapRows.length ? "Every other quality" : "Every quality",
      cells: a.rest.map((c, i) => ({
        text: c.text,
        key: c.state,
        node: (
          <>
            <Text as="p" fontSize="sm">
              {c.text}
            </Text>
            <Text as="p" fontSize="xs">
              <TextLink href={`/products/${products[i].slug}/assessments`}>All qualities for {products[i].name}</TextLink>
            </Text>
          </>
        ),
      })),
    },
  ];
}

function Section({ title, rows, width }: { title: string; rows: Row[]; width: number }) {
  if (rows.length === 0) return null;
  return (
    <>
      <TableRow>
        <TableCell as="th" scope="rowgroup" colSpan={width} fontWeight="bold">
          {title}
        </TableCell>
      </TableRow>
      {rows.map((row) => {
        const differs = new Set(row.cells.map((c) => c.key ?? c.text)).size > 1;
        return (
          <TableRow key={row.label} background={differs ? "shadeAlt" : undefined}>
            <TableCell as="th" scope="row">
              {row.label}
              {differs ? (
                <Text as="p" fontSize="xs" fontWeight="bold">
                  Differs
                </Text>
              ) : null}
            </TableCell>
            {row.cells.map((c, i) => (
              <TableCell key={i}>{c.node ?? c.text}</TableCell>
            ))}
          </TableRow>
        );
      })}
    </>
  );
}

/**
 * Products side by side; rows where the values a buyer decides on differ (a level, its currency,
 * an outcome, a fact; not an assessment's date) are shaded and say "Differs" in words.
 */
export function CompareTable({
  products,
  removeHref,
  assessments = null,
  prices = [],
}: {
  products: ComparedProduct[];
  removeHref: (slug: string) => string;
  /** Null before the framework is published: the group is left out. */
  assessments?: CompareAssessments | null;
  /** The "Prices" rows, worded on the server (app/pricing/compare-prices.server.ts). */
  prices?: Row[];
}) {
  const width = products.length + 1;
  const listing: Row[] = [
    {
      label: "Provider",
      cells: products.map((p) => ({
        text: p.provider.name,
        node: <TextLink href={`/providers/${p.provider.slug}`}>{p.provider.name}</TextLink>,
      })),
    },
    { label: "Service model", cells: products.map((p) => ({ text: p.serviceModel })) },
    {
      label: "Listing",
      cells: products.map((p) => ({
        text:
          p.source === "fedramp"
            ? "Mapped from the US FedRAMP Marketplace"
            : p.verification === "verified"
              ? "Verified by Cloud Exchange"
              : "As supplied by the provider",
      })),
    },
    {
      label: "Rating",
      cells: products.map((p) => ({
        text: p.rating.average === null ? "No published reviews" : `${p.rating.average.toFixed(1)} of 5 (${p.rating.count} reviews)`,
        // Half a star either way is not a difference a buyer decides on.
        key: p.rating.average === null ? "none" : String(Math.round(p.rating.average)),
      })),
    },
  ];
  return (
    <TableScroll>
      <Table>
        <TableCaption>Comparison of {products.length} products</TableCaption>
        <TableHead>
          <TableRow>
            <TableHeader scope="col">Product</TableHeader>
            {products.map((p) => (
              <TableHeader scope="col" key={p.slug}>
                <TextLink href={`/products/${p.slug}`}>{p.name}</TextLink>
                <Text as="p" fontSize="xs" className="no-print">
                  {/* aria-label, not visually hidden text: an absolutely placed span in a scrolled table widens a phone's page. */}
                  <TextLink href={removeHref(p.slug)} aria-label={`Remove ${p.name} from the comparison`}>
                    Remove
                  </TextLink>
                </Text>
              </TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          <Section title="Listing" rows={listing} width={width} />
          <Section title="Prices (ex GST unless stated)" rows={prices} width={width} />
          <Section title="Badges and their currency" rows={badgeRows(products)} width={width} />
          <Section title="Fit with your proposed purchase" rows={ruleRows(products)} width={width} />
          {assessments ? (
            <Section title="Agency assessments (against your requirements)" rows={assessmentRows(products, assessments)} width={width} />
          ) : null}
          <Section title="Provider facts" rows={providerRows(products)} width={width} />
        </TableBody>
      </Table>
    </TableScroll>
  );
}
