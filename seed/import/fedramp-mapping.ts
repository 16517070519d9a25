/**
 * Maps the US FedRAMP Marketplace feed (seed/corpora/fedramp-marketplace.json) into the
 * catalogue import format, so that it goes through the same validation and upsert as any file.
 * Pure: no I/O. The data is not Australian: every Australian field made from it is labelled
 * (source 'fedramp', badge `mapped`, product `mappedFields`), as docs/domain.md asks.
 */
import { z } from "zod";
import { formatDate, isIsoDate } from "~/platform/dates";
import { SERVICE_MODELS } from "~/catalogue/vocabulary";
import { type Classification, type IrapLevel } from "~/assurance/vocabulary";
import type { CatalogueInput } from "./format";
import { slugify } from "./slugs";
import { agencyLinks, fedrampCategory, firstSentence, webAddress } from "./fedramp-fields";

const list = z.array(z.string()).default([]);
const productSchema = z.object({
  id: z.string().min(1),
  csp: z.string().trim().min(1),
  cso: z.string().trim().default(""),
  service_offering: z.string().trim().default(""),
  status: z.string().trim(),
  auth_type: z.string().trim().default(""),
  auth_date: z.string().default(""),
  independent_assessor: z.string().trim().default(""),
  service_model: list,
  deployment_model: z.string().trim().default(""),
  impact_level: z.string().trim(),
  leveraged_systems: z.array(z.object({ id: z.string(), cso: z.string().default("") })).default([]),
  agency_authorizations: list,
  agency_reuse: list,
  business_function: list,
  small_business: z.string().default("No"),
  service_desc: z.string().default(""),
  website: z.string().default(""),
});
const assessorSchema = z.object({
  id: z.union([z.number(), z.string()]),
  name: z.string().trim().min(1),
  desc: z.string().default(""),
});
export const fedrampFeedSchema = z.object({
  products: z.array(productSchema),
  assessors: z.array(assessorSchema).default([]),
});
export type FedrampFeed = z.infer<typeof fedrampFeedSchema>;
type FedrampProduct = FedrampFeed["products"][number];

const AUTHORIZED = "FedRAMP Authorized";

/**
 * FedRAMP impact level to the highest Australian classification it stands for. Low and LI-SaaS
 * map to OFFICIAL, which no IRAP assessment covers (IRAP starts at OFFICIAL: Sensitive), so
 * those products carry no IRAP badge.
 */
const IMPACT_LEVELS: Record<string, { classification: Classification; irap?: IrapLevel }> = {
  "LI-SaaS": { classification: "OFFICIAL" },
  Low: { classification: "OFFICIAL" },
  Moderate: { classification: "OFFICIAL: Sensitive", irap: "OFFICIAL: Sensitive" },
  High: { classification: "PROTECTED", irap: "PROTECTED" },
};

const PROVIDER_SUMMARY =
  "Listed on the US FedRAMP Marketplace. Not Australian owned; its Australian details are mapped from FedRAMP data, not supplied or verified.";

function fedrampProviderId(csp: string): string {
  return `fedramp:csp:${slugify(csp)}`;
}

function serviceModel(models: string[]): string {
  const known: readonly string[] = SERVICE_MODELS;
  // An unknown model is passed through for the import's validation to report against its record.
  return models.find((m) => known.includes(m)) ?? models[0] ?? "";
}

interface ProductIndex {
  byId: Map<string, string>;
  /** By lower-cased offering name; a name two offerings share is left out rather than guessed. */
  byName: Map<string, string | null>;
}

function indexProducts(products: FedrampProduct[]): ProductIndex {
  const index: ProductIndex = { byId: new Map(), byName: new Map() };
  for (const p of products) {
    const externalId = `fedramp:${p.id}`;
    const name = (p.cso || p.service_offering).toLowerCase();
    index.byId.set(p.id, externalId);
    index.byName.set(name, index.byName.has(name) ? null : externalId);
  }
  return index;
}

function mapProduct(p: FedrampProduct, index: ProductIndex) {
  const impact = IMPACT_LEVELS[p.impact_level];
  const authorised = p.status === AUTHORIZED;
  const authDate = p.auth_date.slice(0, 10);
  const irapLevel = authorised && isIsoDate(authDate) ? impact?.irap : undefined;
  const name = p.cso || p.service_offering || p.csp;
  const assessor = p.independent_assessor || undefined;
  const agencies = agencyLinks(p.agency_authorizations, p.agency_reuse);
  const functions = p.business_function.map((f) => f.trim()).filter(Boolean);
  const categories = [...new Map(functions.map(fedrampCategory).map((c) => [c.slug, c])).values()];
  const builtOn = [
    ...new Set(
      p.leveraged_systems
        .map((s) => index.byId.get(s.id) ?? index.byName.get(s.cso.trim().toLowerCase()))
        .filter((id): id is string => !!id && id !== `fedramp:${p.id}`),
    ),
  ];

  let note: string;
  if (irapLevel) note = `IRAP level mapped from FedRAMP ${p.impact_level}, authorised ${formatDate(authDate)}.`;
  else if (!impact) note = `FedRAMP impact level "${p.impact_level}" has no Australian mapping.`;
  else if (authorised) note = `Highest classification: ${impact.classification} (mapped from FedRAMP ${p.impact_level}).`;
  else note = `${p.status} (${p.impact_level} impact level): no IRAP level is mapped until it is authorised.`;

  const mappedFields = [
    ...(impact ? [`classification:${impact.classification}`] : []),
    ...(irapLevel ? ["irap.level", "irap.assessedOn", ...(assessor ? ["irap.assessor"] : []), "irap.scope"] : []),
    ...(authorised ? [] : [`fedramp.status:${p.status}`]),
    ...(agencies.length ? ["agencies"] : []),
    ...(categories.length ? ["categories"] : []),
    ...(builtOn.length ? ["builtOn"] : []),
  ];

  return {
    externalId: `fedramp:${p.id}`,
    provider: fedrampProviderId(p.csp),
    name,
    summary: `${firstSentence(p.service_desc)} ${note}`.trim(),
    description: p.service_desc.replace(/\r\n?/g, "\n").trim(),
    serviceModel: serviceModel(p.service_model) as (typeof SERVICE_MODELS)[number],
    deploymentModel: p.deployment_model || null,
    website: webAddress(p.website),
    categories,
    badges: irapLevel
      ? [
          {
            kind: "irap" as const,
            level: irapLevel,
            assessedOn: authDate,
            assessor,
            scope: name,
            // A named 3PAO report backs the authorisation; without a name it is only a document.
            evidenceLevel: assessor ? ("third_party" as const) : ("document" as const),
            evidenceRef: `https://marketplace.fedramp.gov/products/${p.id}`,
            mapped: true,
          },
        ]
      : [],
    agencies,
    builtOn,
    mappedFields,
  };
}

export function mapFedramp(feed: FedrampFeed): CatalogueInput {
  const providers = new Map<string, { name: string; sme: boolean }>();
  for (const p of feed.products) {
    const id = fedrampProviderId(p.csp);
    const provider = providers.get(id) ?? { name: p.csp, sme: false };
    provider.sme ||= p.small_business.trim().toLowerCase() === "yes";
    providers.set(id, provider);
  }
  const index = indexProducts(feed.products);

  return {
    format: "cloud-exchange-catalogue/1",
    assessors: feed.assessors.map((a) => ({
      externalId: `fedramp:assessor:${a.id}`,
      name: a.name,
      kinds: ["irap"],
      description: a.desc.replace(/\r\n?/g, "\n").trim(),
    })),
    providers: [...providers].map(([externalId, p]) => ({
      externalId,
      name: p.name,
      summary: PROVIDER_SUMMARY,
      australianOwned: false,
      dataLocation: "offshore",
      supportStaffLocation: "offshore",
      sme: p.sme,
    })),
    products: feed.products.map((p) => mapProduct(p, index)),
  };
}
