/**
 * The whole sample catalogue as plain data, built without touching the database. Each part draws
 * from its own PRNG stream so that editing one list does not reshuffle the others.
 */
import type { IsoDate } from "~/platform/dates";
import { SAMPLE_AGENCY_NAMES } from "./agencies";
import { SAMPLE_ASSESSORS, type SampleAssessor } from "./assessors";
import { buildBadges, type SampleBadge } from "./badges";
import { SAMPLE_CATEGORIES, type SampleCategory } from "./categories";
import { buildProducts, type SampleProduct } from "./products";
import { SAMPLE_PROVIDERS, type SampleProvider } from "./providers";
import { buildDependencies, buildProductAgencies, type SampleDependency, type SampleProductAgency } from "./relations";
import { createRandom, slugify } from "./random";

export interface SampleCatalogue {
  categories: SampleCategory[];
  providers: SampleProvider[];
  products: SampleProduct[];
  assessors: SampleAssessor[];
  agencies: { slug: string; name: string }[];
  badges: SampleBadge[];
  productAgencies: SampleProductAgency[];
  dependencies: SampleDependency[];
}

const STREAMS = { products: 20260101, badges: 20260202, agencies: 20260303, dependencies: 20260404 };

export function buildSampleCatalogue(today: IsoDate): SampleCatalogue {
  const providers = SAMPLE_PROVIDERS;
  const products = buildProducts(today, providers, createRandom(STREAMS.products));
  const badges = buildBadges({ today, providers, products, rng: createRandom(STREAMS.badges) });
  return {
    categories: SAMPLE_CATEGORIES,
    providers,
    products,
    assessors: SAMPLE_ASSESSORS,
    agencies: SAMPLE_AGENCY_NAMES.map((name) => ({ slug: slugify(name), name })),
    badges,
    productAgencies: buildProductAgencies({
      products,
      providers,
      badges,
      agencyNames: SAMPLE_AGENCY_NAMES,
      rng: createRandom(STREAMS.agencies),
    }),
    dependencies: buildDependencies({ products, providers, rng: createRandom(STREAMS.dependencies) }),
  };
}
