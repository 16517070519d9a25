/**
 * Turns the hand-written product specs into catalogue rows: listing dates relative to today,
 * verification, and a closing sentence or two about hosting and support drawn from the provider's
 * facts, so that the description and the provider facts never disagree.
 */
import { addDays, daysBetween, type IsoDate } from "~/platform/dates";
import { CLEARANCE_LABELS, type ServiceModel } from "~/catalogue/vocabulary";
import { IAAS_PRODUCTS } from "./products-iaas";
import { PAAS_PRODUCTS } from "./products-paas";
import { SAAS_PRODUCTS } from "./products-saas";
import type { ProductSpec } from "./product-spec";
import type { SampleProvider } from "./providers";
import { slugify, type Random } from "./random";

export interface SampleProduct {
  slug: string;
  providerSlug: string;
  name: string;
  summary: string;
  description: string;
  serviceModel: ServiceModel;
  deploymentModel: string;
  website: string;
  verification: "verified" | "supplied";
  verifiedAt: string | null;
  communityRulesRequired: boolean;
  listedOn: IsoDate;
  categorySlugs: string[];
}

const PRODUCT_SPECS: ProductSpec[] = [...IAAS_PRODUCTS, ...PAAS_PRODUCTS, ...SAAS_PRODUCTS];

const AUSTRALIAN_CITIES = new Set(["Canberra", "Sydney", "Melbourne", "Brisbane", "Adelaide", "Perth", "Hobart", "Darwin"]);

export function australianDataCentres(provider: SampleProvider): string[] {
  return provider.dataCentres.filter((c) => AUSTRALIAN_CITIES.has(c));
}

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Sentences end in ". " or at the end of the text; the sample text avoids abbreviations. */
export function sentenceCount(text: string): number {
  return text.split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== "").length;
}

function hostingSentence(provider: SampleProvider, rng: Random): string {
  const onshore = australianDataCentres(provider);
  const overseas = provider.dataCentres.filter((c) => !AUSTRALIAN_CITIES.has(c));
  if (provider.dataLocation === "onshore") {
    return rng.pick([
      `Customer data is held only in Australia, in ${joinList(onshore)} data centres.`,
      `All customer data stays onshore in ${joinList(onshore)}.`,
    ]);
  }
  if (provider.dataLocation === "both") {
    return `Customers can keep data in Australia (${joinList(onshore)}) or use overseas locations in ${joinList(overseas)}.`;
  }
  return `The service is hosted outside Australia, in ${joinList(overseas)}.`;
}

function supportSentence(provider: SampleProvider, rng: Random): string {
  if (provider.securityOperationsCentre && rng.chance(0.4)) {
    return "A 24/7 security operations centre monitors the platform for threats.";
  }
  if (provider.supportStaffLocation === "onshore") {
    return provider.staffClearance === "none"
      ? "Support is provided from Australia during business hours, with an on-call line for priority incidents."
      : `Support staff are based in Australia and hold ${CLEARANCE_LABELS[provider.staffClearance]} clearances.`;
  }
  if (provider.supportStaffLocation === "both") return "Support is delivered by teams in Australia and overseas.";
  return "Support is delivered from overseas, around the clock.";
}

export function buildProducts(today: IsoDate, providers: SampleProvider[], rng: Random): SampleProduct[] {
  const bySlug = new Map(providers.map((p) => [p.slug, p]));
  const seen = new Set<string>();
  return PRODUCT_SPECS.map((spec) => {
    const provider = bySlug.get(spec.provider);
    if (!provider) throw new Error(`Sample product ${spec.name} names unknown provider ${spec.provider}`);
    const slug = slugify(spec.name);
    if (seen.has(slug)) throw new Error(`Duplicate sample product slug ${slug}`);
    seen.add(slug);

    const listedOn = addDays(today, -rng.int(3, 3 * 365));
    const verified = rng.chance(0.4);
    const verifiedOn = verified ? addDays(listedOn, rng.int(0, daysBetween(listedOn, today))) : null;

    const extra = [hostingSentence(provider, rng)];
    if (sentenceCount(spec.description) < 4 && rng.chance(0.6)) extra.push(supportSentence(provider, rng));

    return {
      slug,
      providerSlug: provider.slug,
      name: spec.name,
      summary: spec.summary,
      description: [spec.description, ...extra].join(" "),
      serviceModel: spec.serviceModel,
      deploymentModel: provider.deploymentModel,
      website: `https://${provider.slug}.example.com/products/${slug}`,
      verification: verified ? "verified" : "supplied",
      verifiedAt: verifiedOn ? `${verifiedOn}T03:00:00.000Z` : null,
      communityRulesRequired: provider.communityRules && (spec.serviceModel !== "SaaS" || rng.chance(0.5)),
      listedOn,
      categorySlugs: spec.categories,
    };
  });
}
