/**
 * Fictional but plausible price items for the sample products, in Australian dollars ex GST.
 * Magnitudes follow what Australian cloud price lists charge (cents per vCPU-hour, a few cents per
 * GB-month, tens of dollars per user per month); the names of the lines follow what each kind of
 * product bills by, so compare can set like against like.
 *
 * GST: cloud services supplied to an Australian agency are taxable supplies (A New Tax System
 * (Goods and Services Tax) Act 1999, s 9-5), so every line is "taxable" except a nationally
 * recognised training course, which is GST-free as an education course (s 38-85) when an RTO
 * delivers it: the learning platforms sell one. Nothing else here is GST-free.
 */
import { MICROS_PER_DOLLAR, type PriceItem } from "~/pricing/price-items";
import { between, has, item, nicePrice, type PricedProduct } from "./price-kit";
import { backup, compute, dedicated, desktop, gpu, network, storage } from "./price-templates-iaas";
import { ai, analytics, containers, database, managedService, platform, saas, soc } from "./price-templates-software";
import type { Random } from "./random";

export type { PricedProduct } from "./price-kit";

function baseItems(rng: Random, p: PricedProduct): PriceItem[] {
  if (p.serviceModel === "IaaS") {
    if (has(p, "Dedicated", "Bare Metal", "Private Cloud")) return dedicated(rng, p);
    if (has(p, "GPU")) return gpu(rng);
    if (has(p, "Desktop")) return desktop(rng);
    const first = p.categories[0];
    if (first === "storage") return storage(rng, p);
    if (first === "backup-and-recovery") return backup(rng, p);
    if (first === "networking") return network(rng, p);
    if (has(p, "Backup", "Storage")) return storage(rng, p);
    return compute(rng, p);
  }
  if (p.serviceModel === "PaaS") {
    if (has(p, "Kubernetes", "App Service", "App Platform")) return containers(rng, p);
    if (has(p, "Log")) return analytics(rng, p);
    const first = p.categories[0];
    if (first === "databases") return database(rng, p);
    if (first === "analytics") return analytics(rng, p);
    if (first === "ai-and-machine-learning") return ai(rng, p);
    return platform(rng, p);
  }
  if (has(p, "SIEM", "Security Centre")) return soc(rng);
  return saas(rng, p);
}

/**
 * Big platforms and sovereign services sell to enterprises on terms: a minimum term on the main
 * line and, where it is charged by use, a minimum spend of so much a month over that term. A fixed
 * fee needs no minimum spend: the term already commits the buyer to it.
 */
const FIXED_UNITS = new Set(["fixed_month", "fixed_year", "one_off"]);

function withEnterpriseTerms(rng: Random, items: PriceItem[]): PriceItem[] {
  const term = rng.pick([12, 24, 36]);
  const monthly = rng.pick([2_000, 5_000, 10_000, 20_000]);
  return items.map((it, i) =>
    i === 0 && it.unit !== "one_off"
      ? {
          ...it,
          minimumTermMonths: it.minimumTermMonths ?? term,
          minimumCommitmentMicros:
            it.minimumCommitmentMicros ?? (FIXED_UNITS.has(it.unit) ? null : monthly * (it.minimumTermMonths ?? term) * MICROS_PER_DOLLAR),
          billingPeriod: rng.chance(0.4) && it.billingPeriod === "monthly" ? "quarterly" : it.billingPeriod,
        }
      : it,
  );
}

export function samplePriceItems(rng: Random, p: PricedProduct, enterprise: boolean): PriceItem[] {
  let items = baseItems(rng, p);
  // Services a provider's staff run for the agency, rather than a platform it runs itself.
  const managed = has(p, "Managed Storage", "Managed WAN", "Managed Databases", "Cross Domain", "Private Cloud");
  if (managed && !items.some((i) => i.key === "service-management")) {
    items = [...items, ...managedService(rng)];
  }
  return enterprise ? withEnterpriseTerms(rng, items) : items;
}

/** Lines a later list may add. */
const ADDED_ITEMS: ((rng: Random) => PriceItem)[] = [
  (rng) => item("premium-support", "Premium support (30-minute response)", "fixed_month", [[0, between(rng, 450, 1500)]]),
  (rng) => item("specialist-day", "Specialist engineer (per day)", "day_of_service", [[0, between(rng, 1350, 1950)]]),
  (rng) => item("training-day", "Administrator training (per day)", "day_of_service", [[0, between(rng, 1800, 2600)]]),
];

/**
 * A new list: every recurring price moved the same way (up 3–8%, or down 2–10%), and sometimes a
 * line added. One-off fees stay as they were. Keys stay, so a buyer's quantities carry over.
 */
export function revisedPriceItems(rng: Random, items: PriceItem[]): PriceItem[] {
  const factor = rng.chance(0.6) ? between(rng, 1.03, 1.08) : between(rng, 0.9, 0.98);
  const revised = items.map((it) =>
    it.unit === "one_off"
      ? it
      : {
          ...it,
          tiers: it.tiers.map((t) => ({ ...t, unitPriceMicros: nicePrice((t.unitPriceMicros / MICROS_PER_DOLLAR) * factor) })),
        },
  );
  if (rng.chance(0.35)) {
    const added = rng.pick(ADDED_ITEMS)(rng);
    if (!revised.some((it) => it.key === added.key)) revised.push(added);
  }
  return revised;
}
