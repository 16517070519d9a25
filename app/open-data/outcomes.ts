/**
 * The awarded outcomes' open-data shape, and the CSV and Atom documents made from it (the database
 * side is outcomes.server.ts). The feed has one entry per award, its id the outcomes address plus
 * the approach's number (approach ids are never reused), so a reader sees each award once however
 * often it polls; a decision never changes, so an entry's updated time is its decision's.
 */
import { atomFeed, type AtomEntry } from "~/platform/atom";
import type { CsvValue } from "~/platform/csv";
import { formatDate } from "~/platform/dates";
import { formatAud } from "~/platform/money";
import { OUTCOMES_CSV_COLUMNS } from "./outcomes-dictionary";

export interface OutcomeJson {
  approach: { id: number; title: string };
  agency: { name: string };
  product: { slug: string; name: string; links: { self: string; html: string } };
  provider: { name: string; slug: string };
  contractValueGstInc: number | null;
  decidedOn: string;
  decidedAt: string;
  austenderId: string | null;
  checksum: string;
  sample: boolean;
}

/** The CSV's header: the columns the data dictionary documents, in its order. */
export const OUTCOMES_CSV_HEADER = OUTCOMES_CSV_COLUMNS.map((c) => c.name);

export function outcomesCsvRows(outcomes: readonly OutcomeJson[]): CsvValue[][] {
  return outcomes.map((o) => {
    const row: Record<string, CsvValue> = {
      approach_id: o.approach.id,
      approach_title: o.approach.title,
      agency: o.agency.name,
      product_slug: o.product.slug,
      product_name: o.product.name,
      product_url: o.product.links.html,
      provider_name: o.provider.name,
      provider_slug: o.provider.slug,
      contract_value_gst_inc: o.contractValueGstInc,
      decided_on: o.decidedOn,
      decided_at: o.decidedAt,
      austender_id: o.austenderId,
      checksum: o.checksum,
      sample: o.sample,
    };
    return OUTCOMES_CSV_HEADER.map((name) => row[name]);
  });
}

function entry(o: OutcomeJson, origin: string): AtomEntry {
  const sample = o.sample ? " (sample)" : "";
  const facts = [
    `${o.agency.name} awarded "${o.approach.title}" to ${o.product.name} by ${o.provider.name} on ${formatDate(o.decidedOn)}.`,
    o.contractValueGstInc === null ? null : `Contract value: ${formatAud(o.contractValueGstInc)} (GST inclusive).`,
    o.austenderId ? `AusTender contract notice: ${o.austenderId}.` : null,
    `Decision record SHA-256: ${o.checksum}.`,
    o.sample ? "Sample data: a fictional purchase from the demonstration seed." : null,
  ];
  return {
    id: `${origin}/api/outcomes#approach-${o.approach.id}`,
    title: `${o.agency.name} chose ${o.product.name}: ${o.approach.title}${sample}`,
    updated: o.decidedAt,
    published: o.decidedAt,
    link: o.product.links.html,
    summary: facts.filter((f) => f !== null).join(" "),
    category: { term: "award", label: "Award" },
  };
}

export function outcomesFeed(outcomes: readonly OutcomeJson[], { origin, today }: { origin: string; today: string }): string {
  return atomFeed({
    page: `${origin}/data-dictionary#outcomes`,
    self: `${origin}/api/outcomes.atom`,
    title: "Cloud Exchange: awarded outcomes",
    subtitle: "Approaches to market that ended in an award: the agency, the product chosen, the contract value and the decision date.",
    updated: today,
    entries: outcomes.map((o) => entry(o, origin)),
  });
}
