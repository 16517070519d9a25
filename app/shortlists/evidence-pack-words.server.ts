/**
 * A snapshot worded for people: the pack page and its PDF both show these rows, so the two always
 * say the same thing, and the page ships sentences rather than the vocabulary behind them. Every
 * value comes from the snapshot's own JSON; nothing here reads the live catalogue.
 */
import { badgeLevelText } from "~/assurance/badge-level";
import { badgeTitle } from "~/assurance/labels";
import {
  BADGE_KIND_LABELS,
  E8_STRATEGIES,
  E8_STRATEGY_LABELS,
  EVIDENCE_LABELS,
  type BadgeKind,
  type EvidenceLevel,
} from "~/assurance/vocabulary";
import { providerFactRows } from "~/catalogue/provider-fact-rows";
import { formatDate, formatDateTime } from "~/platform/dates";
import { formatAud } from "~/platform/money";
import { PANEL_LABELS } from "~/procurement/purchase";
import type { ProposedPurchase } from "~/procurement/purchase";
import { OUTCOME_LABELS } from "~/procurement/results";
import { describeWindow } from "~/procurement/rule-version";
import { PARTY_LABELS } from "~/responsibility/areas";
import { isWebAddress } from "~/ui/reference-link";
import { spreadWords, STATE_WORDS } from "~/assessments/buyer-assessments.server";
import type { GapState } from "~/assessments/aggregate";
import type { FrozenAssessments, FrozenRequirements } from "~/assessments/buyer-views";
import { DOCUMENT_KINDS, DOCUMENT_LABELS } from "~/pricing/documents";
import { itemInWords } from "~/pricing/price-words";
import { PRICE_UNIT_LABELS } from "~/pricing/price-items";
import { termInWords } from "~/pricing/compare-prices";
import type {
  FrozenDocuments,
  FrozenEstimate,
  FrozenPriceList,
  PackAssessments,
  PackBadge,
  PackListing,
  PackRow,
  PackRule,
  PackWords,
  SnapshotBadge,
  SnapshotData,
  SnapshotListing,
  SnapshotResult,
} from "./evidence-pack";

export const NOT_RECORDED = "Not recorded";

export function packWords({ takenAt, data }: { takenAt: string; data: SnapshotData }): PackWords {
  const by = data.takenBy;
  return {
    shortlistName: data.shortlist.name,
    taken: formatDateTime(data.takenAt ?? takenAt),
    takenBy: by ? `${by.name} (${by.email})${by.agency ? `, ${by.agency}` : ""}` : NOT_RECORDED,
    judged: data.purchase
      ? `Rules judged on ${formatDate(data.takenOn)} for the signing date ${formatDate(data.purchase.signingDate)}, with the rule versions in force on that date.`
      : "No proposed purchase was recorded, so no rules were checked.",
    purchase: data.purchase ? purchaseRows(data.purchase) : null,
    requirements: data.requirements ? requirementsWords(data.requirements) : null,
    estimate: estimateWords(data.estimate),
    listings: data.listings.map(listingWords),
  };
}

function listingWords(l: SnapshotListing): PackListing {
  const mappedListing = l.source === "fedramp";
  return {
    id: l.id,
    slug: l.slug,
    name: l.name,
    about: [
      `${l.serviceModel} by ${l.provider.name}.`,
      mappedListing
        ? "Mapped from the US FedRAMP Marketplace: not an Australian assessment."
        : l.verification === "verified"
          ? "Listing verified by Cloud Exchange."
          : "Listing as supplied by the provider.",
      `Listing last updated ${formatDate(l.updatedAt.slice(0, 10))}.`,
    ].join(" "),
    note: l.note,
    provider: providerFactRows(l.provider),
    badges: l.badges.map(badgeWords),
    rules: l.results.map(ruleWords),
    responsibility: l.responsibility
      ? l.responsibility.areas.map((a) => ({
          term: a.label,
          value: `${PARTY_LABELS[a.party]}${a.differsFromDefault ? ` (differs from the ${l.responsibility?.serviceModel} default)` : ""}${a.note ? `: ${a.note}` : ""}`,
        }))
      : null,
    assessments: l.assessments ? assessmentWords(l.assessments) : null,
    prices: priceWords(l.prices),
    documents: documentWords(l.documents),
    estimate: l.estimate === undefined ? NOT_RECORDED : (l.estimate ?? "No cost estimate was recorded for the purchase."),
  };
}

const BEFORE_PRICES = "this snapshot was taken before prices were frozen into packs";

function priceWords(list: FrozenPriceList | null | undefined): PackRow[] {
  if (list === undefined) return [{ term: "Price list", value: `${NOT_RECORDED}: ${BEFORE_PRICES}` }];
  if (list === null) return [{ term: "Price list", value: "Price on request: no approved price list was in force when taken" }];
  const rows: PackRow[] = [
    {
      term: "Price list",
      value: [
        `In force from ${formatDate(list.effectiveFrom)}`,
        list.approvedAt ? `approved ${formatDate(list.approvedAt.slice(0, 10))}` : null,
        list.source === "sample" ? "sample prices, not a real offer" : null,
      ]
        .filter(Boolean)
        .join("; "),
    },
    ...list.items.map((item) => ({ term: item.name, value: itemInWords(item) })),
  ];
  if (list.note) rows.push({ term: "Provider's note", value: list.note });
  return rows;
}

function documentWords(d: FrozenDocuments | null | undefined): PackRow[] {
  if (d === undefined) return [{ term: "Service documents", value: `${NOT_RECORDED}: ${BEFORE_PRICES}` }];
  if (d === null) return [{ term: "Service documents", value: "None published when taken" }];
  const rows: PackRow[] = DOCUMENT_KINDS.map((k) => {
    const url = d[`${k}Url`];
    const date = d[`${k}Date`];
    const dated = date ? ` (dated ${formatDate(date)})` : " (no date given)";
    return url && isWebAddress(url)
      ? { term: DOCUMENT_LABELS[k], value: `${url}${dated}`, href: url }
      : { term: DOCUMENT_LABELS[k], value: "None published" };
  });
  rows.push(
    { term: "SLA availability", value: d.slaAvailability === null ? NOT_RECORDED : `${d.slaAvailability}%` },
    { term: "Support hours", value: d.supportHours ?? NOT_RECORDED },
  );
  if (d.source === "sample") rows.push({ term: "Source", value: "Sample documents, not a real offer" });
  return rows;
}

function estimateWords(e: FrozenEstimate | null | undefined): PackWords["estimate"] {
  if (e === undefined) return { summary: `Cost estimate: ${NOT_RECORDED.toLowerCase()} (${BEFORE_PRICES}).`, rows: [], assumptions: [] };
  if (e === null) return { summary: "The purchase's cost was typed, not built from a product's prices.", rows: [], assumptions: [] };
  return {
    summary: `Built from ${e.productName}'s prices in force from ${formatDate(e.priceListFrom)} (estimate made ${formatDate(e.madeOn)}), over ${termInWords(e.termMonths, e.extensionMonths)}: ${formatAud(e.totalGstInc)} GST inclusive, ${formatAud(e.totalExGst)} excluding GST, GST ${formatAud(e.gst)}.`,
    rows: e.lines.map((l) => ({
      term: l.name,
      value: `${l.quantity.toLocaleString("en-AU")} (${PRICE_UNIT_LABELS[l.unit] ?? l.unit}): ${formatAud(l.totalExGst)} ex GST`,
    })),
    assumptions: e.assumptions,
  };
}

function requirementsWords(r: FrozenRequirements): string {
  return r.saved
    ? `Agencies' assessments judged against the buyer's requirements profile for ${r.classification} data (framework version ${r.frameworkVersion}).`
    : `Agencies' assessments judged against the framework's own minimums for ${r.classification} data (version ${r.frameworkVersion}): the buyer had saved no requirements profile.`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function assessmentWords(a: FrozenAssessments): PackAssessments {
  const summary =
    a.assessedBy === 0
      ? `No agency had assessed this product (framework version ${a.frameworkVersion}).`
      : `Assessed by ${plural(a.assessedBy, "agency", "agencies")}, relied on by ${plural(a.reliedOnBy, "other agency", "other agencies")}; judged by framework version ${a.frameworkVersion}.`;
  const qualities = a.qualities
    .filter((q) => q.minimum !== null)
    .map((q) => ({
      term: `${q.label}${q.mandatory ? " (mandatory)" : ""}`,
      value: [
        STATE_WORDS[q.state as GapState] ?? q.state,
        `minimum ${q.minimum}`,
        q.latest === null
          ? "no agency scored it"
          : `latest ${q.latest} of 5${q.latestOn ? `, assessed ${formatDate(q.latestOn)}` : ""}${q.stale ? " (dated: over 24 months old)" : ""}`,
        spreadWords(q),
      ].join("; "),
    }));
  const published = a.published.map((p) => ({
    term: `${p.agency}, ${p.assessedOn ? formatDate(p.assessedOn) : NOT_RECORDED}`,
    value: [
      `Framework version ${p.frameworkVersion}`,
      `for ${p.dataClassification} data, ${p.deploymentSize}`,
      `relied on by ${plural(p.reliedOnBy, "agency", "agencies")}`,
      p.byYourAgency ? "written by your agency" : p.reliedOnByYourAgency ? "your agency relies on it" : "your agency does not rely on it",
    ].join("; "),
  }));
  return {
    summary,
    qualities,
    published,
    publishedNote: a.shownInFull ? null : "Only government users see which agencies assessed the product; the pack holds the aggregates.",
  };
}

function badgeWords(b: SnapshotBadge): PackBadge {
  const rows: PackRow[] = [
    { term: "Kind", value: BADGE_KIND_LABELS[b.kind as BadgeKind] ?? b.kind },
    {
      term: "Level",
      value: b.mapped ? `${badgeLevelText(b.kind, b.level)}-equivalent, mapped from FedRAMP` : badgeLevelText(b.kind, b.level),
    },
  ];
  if (b.kind === "soc2") rows.push({ term: "Period ended", value: b.periodEnd ? formatDate(b.periodEnd) : NOT_RECORDED });
  else rows.push({ term: b.mapped ? "Authorised" : "Assessed", value: b.assessedOn ? formatDate(b.assessedOn) : NOT_RECORDED });
  rows.push({ term: "Expires", value: b.expiresOn ? formatDate(b.expiresOn) : "No expiry" });
  rows.push({ term: "Currency when taken", value: b.currency.label });
  rows.push({
    term: "Assessor",
    value: b.assessorName ? `${b.assessorName}${b.mapped ? " (a FedRAMP assessor, not an IRAP assessor)" : ""}` : NOT_RECORDED,
  });
  rows.push({ term: "Scope", value: b.scope || NOT_RECORDED });
  if (b.kind === "irap") rows.push({ term: "ISM release", value: b.ismRelease ?? NOT_RECORDED });
  if (b.kind === "e8" && b.e8Levels) {
    rows.push({
      term: "Strategies",
      value: E8_STRATEGIES.map((s) => `${E8_STRATEGY_LABELS[s]}: ${b.e8Levels?.[s] ? `ML${b.e8Levels[s]}` : NOT_RECORDED}`).join("; "),
    });
  }
  rows.push({ term: "Evidence level", value: b.evidenceLabel ?? EVIDENCE_LABELS[b.evidenceLevel as EvidenceLevel] ?? b.evidenceLevel });
  const ref = b.evidenceRef ?? null;
  rows.push(
    ref ? { term: "Evidence", value: ref, ...(isWebAddress(ref) ? { href: ref } : {}) } : { term: "Evidence", value: "None supplied" },
  );
  return { title: b.title ?? badgeTitle(b.kind, b.level, b.mapped), rows };
}

function ruleWords(r: SnapshotResult): PackRule {
  const v = r.version;
  return {
    key: r.key,
    name: r.name,
    outcome: r.outcome,
    outcomeLabel: OUTCOME_LABELS[r.outcome],
    reason: r.reason,
    source: v
      ? `${v.sourceTitle}: ${v.owner}; version ${v.version}, in force ${describeWindow(v)}`
      : "No version in force on the signing date",
    sourceUrl: v && isWebAddress(v.sourceUrl) ? v.sourceUrl : null,
  };
}

const yesNo = (value: boolean) => (value ? "Yes" : "No");

function purchaseRows(p: ProposedPurchase): PackRow[] {
  const rows: PackRow[] = [
    { term: "Data classification", value: `${p.classification}${p.sensitive ? ", with sensitive or personal information" : ""}` },
    { term: "Whole-of-life cost", value: `${formatAud(p.costGstInc)} GST inclusive (${formatAud(p.costExGst)} excluding GST)` },
    { term: "Initial term", value: `${p.initialTermMonths} months` },
    {
      term: "Extension options",
      value: p.extensionMonths.length ? p.extensionMonths.map((m) => `${m} months`).join(", ") : "None",
    },
    { term: "Signing date", value: formatDate(p.signingDate) },
    {
      term: "Hosting contract",
      value: p.hostingContract
        ? p.hostingContractKind === "extension"
          ? "Yes, extending an existing contract"
          : "Yes, a new contract"
        : "No",
    },
    { term: "Panel", value: PANEL_LABELS[p.panel] },
    { term: "Supplier's liability", value: p.liability === "unlimited" ? "Unlimited" : "Capped" },
  ];
  if (p.liability === "unlimited" && p.liabilityJustification) rows.push({ term: "Why unlimited", value: p.liabilityJustification });
  rows.push(
    { term: "Essential Eight target", value: p.targetE8 === "none" ? "No target" : `Maturity Level ${p.targetE8.slice(2)}` },
    { term: "Whole-of-government arrangement", value: yesNo(p.wholeOfGovernment) },
    { term: "Consider First done", value: yesNo(p.considerFirstDone) },
    { term: "Fair Criteria checklist done", value: yesNo(p.fairCriteriaDone) },
    { term: "Reuse considered", value: yesNo(p.reuseConsidered) },
  );
  return rows;
}
