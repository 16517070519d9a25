/**
 * One product as open data: the catalogue's facet row plus the dated assurance that the export
 * and the API report. Pure: app/open-data/open-data.server.ts supplies the badges from the database.
 */
import type { CurrencyState } from "~/assurance/currency";
import type { CatalogueEntry } from "~/catalogue/facets";
import { classificationRank, type Classification } from "~/assurance/vocabulary";

export interface DatedBadge {
  kind: string;
  level: string;
  assessedOn: string | null;
  periodEnd: string | null;
  /** The last day the badge counts, from app/assurance/currency.ts; null where none is set. */
  expiresOn: string | null;
  state: CurrencyState;
  /** Mapped from another jurisdiction's data (a FedRAMP authorisation): never an IRAP assessment. */
  mapped: boolean;
}

export interface ProductAssurance {
  /** null when nobody stated it (a provider mapped from FedRAMP). */
  dataLocation: string | null;
  /** Badges buyers can see (a CAIQ older than 3 years is hidden everywhere, so here too). */
  badges: DatedBadge[];
}

export interface BadgeSummary {
  level: string;
  assessedOn: string | null;
  expiresOn: string | null;
  state: CurrencyState;
}

export interface OpenDataRecord {
  entry: CatalogueEntry;
  dataLocation: string | null;
  /** Australian IRAP assessments only. */
  irap: BadgeSummary | null;
  /** A FedRAMP authorisation, as the Australian level it is shown as. */
  fedramp: BadgeSummary | null;
  hcf: BadgeSummary | null;
  e8: BadgeSummary | null;
  iso27001: BadgeSummary | null;
  soc2: BadgeSummary | null;
  csaStar: BadgeSummary | null;
  pciDss: BadgeSummary | null;
  listingUrl: string;
}

const summary = (b: DatedBadge | undefined): BadgeSummary | null =>
  b ? { level: b.level, assessedOn: b.assessedOn ?? b.periodEnd, expiresOn: b.expiresOn, state: b.state } : null;

const dated = (b: DatedBadge) => b.assessedOn ?? b.periodEnd ?? "";

/** The most recent badge of a kind: an older one has been superseded. */
function latest(badges: DatedBadge[], kind: string): DatedBadge | undefined {
  return badges.filter((b) => b.kind === kind).sort((a, b) => dated(b).localeCompare(dated(a)))[0];
}

/** The strongest IRAP assessment, as the catalogue's IRAP facet reads it; the newest breaks ties. */
function strongestIrap(badges: DatedBadge[]): DatedBadge | undefined {
  const rank = (b: DatedBadge) => classificationRank(b.level as Classification);
  return badges.filter((b) => b.kind === "irap").sort((a, b) => rank(b) - rank(a) || dated(b).localeCompare(dated(a)))[0];
}

export function openDataRecord(entry: CatalogueEntry, assurance: ProductAssurance | undefined, origin: string): OpenDataRecord {
  const badges = assurance?.badges ?? [];
  return {
    entry,
    dataLocation: assurance ? assurance.dataLocation : entry.onshore ? "onshore" : "offshore",
    irap: summary(strongestIrap(badges.filter((b) => !b.mapped))),
    fedramp: summary(strongestIrap(badges.filter((b) => b.mapped))),
    hcf: summary(latest(badges, "hcf")),
    e8: summary(latest(badges, "e8")),
    iso27001: summary(latest(badges, "iso27001")),
    soc2: summary(latest(badges, "soc2")),
    csaStar: summary(latest(badges, "csa_star")),
    pciDss: summary(latest(badges, "pci_dss")),
    listingUrl: `${origin}/products/${entry.slug}`,
  };
}
